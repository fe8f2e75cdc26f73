// EMV Book 2 §11.2.2 Table 23: the Certification Authority public keys a terminal holds, one
// per RID and index, each with its expiry date and check sum (SHA-1 over RID || index ||
// modulus || exponent). A key whose check sum fails is refused when loaded; a key past its
// expiry date is, for offline data authentication, a key the terminal does not have (Book 2
// §11.2.2: expired keys are withdrawn).
//
// Key file (JSON), e.g. /etc/posrt/ca-keys.json; the composition root reads it (src/cli/
// config-files.ts readCaKeyFile) and hands the parsed value to parseCaKeyFile:
//   { "keys": [ { "rid": "A000000003", "index": "94", "modulus": "<hex>", "exponent": "03",
//                 "expiry": "301231" | "2030-12-31", "checksum": "<40 hex, optional>" } ] }
import { createHash } from 'node:crypto';
import { bytesEqual, concatBytes, fromHex, toHex } from '../../bytes/hex.js';
import { PosError } from '../../errors/index.js';
import { yymmddKey, type DateKey } from './dates.js';
import type { RsaPublicKey } from './rsa-recover.js';

export interface CaKeyEntry {
  /** 5 bytes. */
  readonly rid: Uint8Array;
  /** The CA Public Key Index (8F), one byte. */
  readonly index: number;
  readonly modulus: Uint8Array;
  readonly exponent: Uint8Array;
  /** YYMMDD, YYYY-MM-DD, or a Date (its UTC day). */
  readonly expiry: string | Date;
  /** SHA-1 check sum; when present it must match. */
  readonly checksum?: Uint8Array;
}

export interface CaKey extends RsaPublicKey {
  readonly rid: Uint8Array;
  readonly index: number;
  readonly expiry: DateKey;
}

export interface CaKeyStore {
  /** Every key held, expired ones too, in the file's order: what the backend distributes. */
  readonly keys: readonly CaKey[];
  /** The key for RID and index, or undefined when absent or expired on `date`. */
  find(rid: Uint8Array, index: number, date: DateKey): CaKey | undefined;
}

export function createCaKeyStore(entries: readonly CaKeyEntry[]): CaKeyStore {
  const keys = new Map<string, CaKey>();
  entries.forEach((entry, position) => {
    const key = checkEntry(entry, position);
    const id = keyId(key.rid, key.index);
    if (keys.has(id)) throw new PosError('E-ODA-0004', { entry: position, rid: toHex(key.rid), index: hexByte(key.index) });
    keys.set(id, key);
  });
  return {
    keys: [...keys.values()],
    find(rid, index, date) {
      const key = keys.get(keyId(rid, index));
      return key !== undefined && key.expiry >= date ? key : undefined;
    },
  };
}

export function caKeyChecksum(rid: Uint8Array, index: number, modulus: Uint8Array, exponent: Uint8Array): Uint8Array {
  return Uint8Array.from(createHash('sha1').update(concatBytes(rid, Uint8Array.of(index), modulus, exponent)).digest());
}

/** Checks the parsed JSON key file described above and builds the store from it. */
export function parseCaKeyFile(json: unknown): CaKeyStore {
  const list = typeof json === 'object' && json !== null ? (json as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(list)) throw new PosError('E-ODA-0002', { field: 'keys' });
  return createCaKeyStore(list.map((item: unknown, position) => entryFromJson(item, position)));
}

function entryFromJson(item: unknown, position: number): CaKeyEntry {
  const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const hex = (field: string, required: boolean): Uint8Array | undefined => {
    const value = record[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || !/^([0-9a-fA-F]{2})+$/.test(value)) throw new PosError('E-ODA-0002', { entry: position, field });
    return fromHex(value);
  };
  const index = hex('index', true)!;
  const expiry = record.expiry;
  if (typeof expiry !== 'string') throw new PosError('E-ODA-0002', { entry: position, field: 'expiry' });
  if (index.length !== 1) throw new PosError('E-ODA-0002', { entry: position, field: 'index' });
  const checksum = hex('checksum', false);
  return {
    rid: hex('rid', true)!,
    index: index[0]!,
    modulus: hex('modulus', true)!,
    exponent: hex('exponent', true)!,
    expiry,
    ...(checksum === undefined ? {} : { checksum }),
  };
}

function checkEntry(entry: CaKeyEntry, position: number): CaKey {
  if (entry.rid.length !== 5) throw new PosError('E-ODA-0002', { entry: position, field: 'rid' });
  if (!Number.isInteger(entry.index) || entry.index < 0 || entry.index > 0xff) throw new PosError('E-ODA-0002', { entry: position, field: 'index' });
  // Book 2 §11.2.1: moduli up to 248 bytes; exponents 3 or 2^16 + 1.
  if (entry.modulus.length === 0 || entry.modulus.length > 248) throw new PosError('E-ODA-0002', { entry: position, field: 'modulus' });
  if (entry.exponent.length === 0 || entry.exponent.length > 3) throw new PosError('E-ODA-0002', { entry: position, field: 'exponent' });
  const expiry = entry.expiry instanceof Date ? dateKey(entry.expiry) : textDateKey(entry.expiry);
  if (expiry === undefined) throw new PosError('E-ODA-0002', { entry: position, field: 'expiry' });
  if (entry.checksum !== undefined && !bytesEqual(entry.checksum, caKeyChecksum(entry.rid, entry.index, entry.modulus, entry.exponent))) {
    throw new PosError('E-ODA-0003', { entry: position, rid: toHex(entry.rid), index: hexByte(entry.index) });
  }
  return { rid: entry.rid, index: entry.index, modulus: entry.modulus, exponent: entry.exponent, expiry };
}

/** YYMMDD (Book 2 §11.2.2) or YYYY-MM-DD, which keeps its century. */
function textDateKey(text: string): DateKey | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? dateKey(new Date(`${text}T00:00:00Z`)) : yymmddKey(text);
}

function dateKey(date: Date): DateKey | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.getUTCFullYear() * 10000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

function keyId(rid: Uint8Array, index: number): string {
  return `${toHex(rid)}:${hexByte(index)}`;
}

function hexByte(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}
