// JSON that keeps the journal's bigint amounts, byte values and tag maps as they were: the
// plaintext of a sealed blob and the frozen totals of a closed batch. A message rebuilt from the
// file after a crash is then the message built before it (the outbox refuses other bytes under
// the same id).
import { fromHex, toHex } from '../../bytes/hex.js';

type Tagged = { $big: string } | { $hex: string } | { $map: [unknown, unknown][] };

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (typeof raw === 'bigint') return { $big: raw.toString() } satisfies Tagged;
  if (raw instanceof Uint8Array) return { $hex: toHex(raw) } satisfies Tagged;
  if (raw instanceof Map) return { $map: [...raw.entries()] } satisfies Tagged;
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Partial<Record<'$big' | '$hex' | '$map', unknown>>;
  if (typeof v.$big === 'string') return BigInt(v.$big);
  if (typeof v.$hex === 'string') return fromHex(v.$hex);
  if (Array.isArray(v.$map)) return new Map(v.$map as [unknown, unknown][]);
  return value;
}

export const encodeTaggedJson = (value: unknown): Buffer => Buffer.from(JSON.stringify(value, replacer), 'utf8');

export const decodeTaggedJson = <T>(bytes: Uint8Array): T => JSON.parse(Buffer.from(bytes).toString('utf8'), reviver) as T;
