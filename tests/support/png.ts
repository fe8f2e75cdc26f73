// Looking at a rendered PNG the way a person would: decode it, read its QR codes back with a
// QR decoder, and find the rows that carry ink.
import jsQRModule, { type QRCode } from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a default export: under Node's ESM loader the function is `.default`,
// under a bundler's interop it is the module itself.
type Decode = (data: Uint8ClampedArray, width: number, height: number) => QRCode | null;
const loaded = jsQRModule as unknown as Decode | { default: Decode };
const jsQR: Decode = typeof loaded === 'function' ? loaded : loaded.default;

export interface Picture {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

export function decodePng(png: Uint8Array): Picture {
  const image = PNG.sync.read(Buffer.from(png));
  return { width: image.width, height: image.height, rgba: new Uint8Array(image.data) };
}

export const isInk = (p: Picture, x: number, y: number): boolean => p.rgba[(y * p.width + x) * 4]! < 128;

/** Dark pixels in the band of rows [top, top + height). */
export function inkIn(p: Picture, top: number, height: number, left = 0, width = p.width): number {
  let n = 0;
  for (let y = top; y < top + height; y++) for (let x = left; x < left + width; x++) if (isInk(p, x, y)) n++;
  return n;
}

/** The text of the QR code in the picture, or null. */
export function readQr(p: Picture): string | null {
  return jsQR(new Uint8ClampedArray(p.rgba.buffer, p.rgba.byteOffset, p.rgba.byteLength), p.width, p.height)?.data ?? null;
}
