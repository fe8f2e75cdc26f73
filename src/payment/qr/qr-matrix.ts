// A payment code as QR modules for a screen to draw (ISO/IEC 18004 via qrcode-generator):
// byte mode over the UTF-8 of the text, so a Chinese merchant name in the language template
// arrives as the wallet reads it; error correction level M, as the printer prints it
// (src/devices/printer GS ( k fn 69). The quiet zone (4 modules) is the drawer's to leave.
import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side (21 for version 1, +4 per version). */
  readonly size: number;
  /** Row by row, true where the module is dark. */
  readonly modules: readonly (readonly boolean[])[];
}

export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  // qrcode-generator's byte mode keeps the low byte of each char: give it one char per UTF-8 byte.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return { size, modules: Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => qr.isDark(r, c))) };
}
