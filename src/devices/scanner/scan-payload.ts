// One scanned message → what the Scanner capability reports. A scanner in its factory setting
// sends the code's text and a terminator; one set to send AIM symbology identifiers (ISO/IEC
// 15424: "]" + code character + modifier, e.g. "]Q1" QR, "]C0" Code 128, "]E0" EAN-13) puts
// three more characters first, which name the symbology. Which the scanner does is
// configuration, not guessed from the data: a code may itself begin with "]".
//
// Garbage is refused with E-SCAN-0003: control characters other than GS (0x1D, the FNC1
// separator GS1 codes carry, ISO/IEC 15417 §5.3 / GS1 General Specifications §7.8.5), or bytes
// that are not UTF-8 — what line noise or a wrong baud rate produces. Payment codes (Alipay and
// WeChat Pay consumer codes: 18 digits; EMV QRCPS consumer-presented mode: base64 of its TLV)
// are printable ASCII, and a QR code's text may be UTF-8.
import { PosError } from '../../errors/index.js';
import type { Symbology } from '../../kernel/index.js';

export type SymbologyIds = 'none' | 'aim';

export interface ScannedCode {
  readonly symbology: Symbology;
  readonly data: Uint8Array;
}

const GS = 0x1d;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** AIM code characters (ISO/IEC 15424 Table 1) → the kernel's names. */
const AIM: Readonly<Record<string, Symbology>> = {
  Q: 'qr',
  C: 'code128',
  L: 'pdf417',
  d: 'datamatrix',
};

export function scannedCode(message: Uint8Array, ids: SymbologyIds): ScannedCode {
  const bad = message.findIndex((b) => (b < 0x20 && b !== GS) || b === 0x7f);
  if (bad >= 0) throw new PosError('E-SCAN-0003', { length: message.length, offset: bad });
  try {
    utf8.decode(message);
  } catch {
    throw new PosError('E-SCAN-0003', { length: message.length, reason: 'not UTF-8' });
  }
  if (ids === 'none') return { symbology: 'unknown', data: message };
  if (message.length < 4 || message[0] !== 0x5d) throw new PosError('E-SCAN-0003', { length: message.length, reason: 'no AIM identifier' });
  return { symbology: aimSymbology(String.fromCharCode(message[1]!), String.fromCharCode(message[2]!)), data: message.slice(3) };
}

function aimSymbology(code: string, modifier: string): Symbology {
  // EAN/UPC share "E": modifier 0 is EAN-13 (and UPC-A), 4 is EAN-8.
  if (code === 'E') return modifier === '4' ? 'ean8' : modifier === '0' ? 'ean13' : 'unknown';
  return AIM[code] ?? 'unknown';
}
