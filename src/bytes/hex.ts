// Hex is how payment people read and type bytes: uppercase out, any case and spacing in.
import { PosError } from '../errors/index.js';

const HEX_OUT: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX_OUT[bytes[i]!];
  return s;
}

/** Parses hex, ignoring whitespace; odd length or a non-hex character is E-CORE-0002 with its position. */
export function fromHex(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0) throw new PosError('E-CORE-0002', { reason: 'odd length', length: clean.length });
  const bad = clean.search(/[^0-9a-fA-F]/);
  if (bad >= 0) throw new PosError('E-CORE-0002', { reason: 'not a hex digit', position: bad });
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
