// A logo PNG as an ESC/POS raster bit image (GS v 0): one bit per dot, dark where the
// pixel's luminance over white is under half. Decoded once per PNG buffer, since a
// terminal prints the same logo on every receipt.
import { PNG } from 'pngjs';
import { PosError } from '../../errors/index.js';

export interface Raster {
  readonly widthBytes: number;
  readonly height: number;
  readonly bits: Uint8Array;
}

const decoded = new WeakMap<Uint8Array, Raster>();

export function rasterOf(png: Uint8Array, maxDots: number, line: number): Raster {
  const known = decoded.get(png);
  if (known && known.widthBytes * 8 <= maxDots) return known;
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  } catch (cause) {
    throw new PosError('E-PRINTER-0010', { line, reason: 'logo is not a readable PNG' }, { cause });
  }
  if (image.width > maxDots || image.height > 0xffff) throw new PosError('E-PRINTER-0010', { line, reason: 'logo larger than the paper', width: image.width });
  const widthBytes = Math.ceil(image.width / 8);
  const bits = new Uint8Array(widthBytes * image.height);
  const { data, width } = image;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const lum = (data[i]! * 299 + data[i + 1]! * 587 + data[i + 2]! * 114) / 1000;
      const overWhite = 255 - ((255 - lum) * data[i + 3]!) / 255;
      if (overWhite < 128) bits[y * widthBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  const raster = { widthBytes, height: image.height, bits };
  decoded.set(png, raster);
  return raster;
}
