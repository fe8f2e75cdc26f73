// The terminal data an inspection answers a PDOL with (EMV Book 3 §10.1, Book 4 Annex A).
// Inspection is not a payment: the amount is zero and the transaction type is a balance
// inquiry (9C = 30), so a card that would charge or count a sale has nothing to act on.
import { lookupTag } from '../dictionary/index.js';
import type { DolSource, DolValue } from '../dol/index.js';
import { fromHex } from '../../bytes/hex.js';

export interface InspectionEnvironment {
  /** Injected so a session replays exactly in tests. */
  readonly now: () => Date;
  readonly random: (length: number) => Uint8Array;
  /** ISO 3166 / ISO 4217 numeric, as 3 digits; China by default. */
  readonly countryCode?: string;
  readonly currencyCode?: string;
}

const bcd = (digits: string): Uint8Array => fromHex(digits.length % 2 === 0 ? digits : `0${digits}`);

export function inspectionTerminalData(env: InspectionEnvironment): DolSource {
  const now = env.now();
  const yymmdd = [now.getUTCFullYear() % 100, now.getUTCMonth() + 1, now.getUTCDate()].map((n) => String(n).padStart(2, '0')).join('');
  const hhmmss = [now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join('');
  const values = new Map<number, Uint8Array>([
    [0x9f02, bcd('000000000000')],
    [0x9f03, bcd('000000000000')],
    [0x9f1a, bcd(env.countryCode ?? '156')],
    [0x5f2a, bcd(env.currencyCode ?? '156')],
    [0x9a, bcd(yymmdd)],
    [0x9f21, bcd(hhmmss)],
    [0x9c, bcd('30')],
    [0x9f37, env.random(4)],
    [0x95, new Uint8Array(5)],
    // Attended online-capable merchant terminal (Book 4 Annex A1: 22).
    [0x9f35, bcd('22')],
    // Terminal capabilities: IC, magstripe, manual; plaintext + enciphered PIN, signature, no CVM;
    // SDA, DDA, CDA (Book 4 Annex A2).
    [0x9f33, fromHex('E0F8C8')],
    // TTQ: contactless EMV mode, online capable, online PIN, signature, CDCVM (Book C-3 Table 4-5).
    [0x9f66, fromHex('36004000')],
  ]);
  return {
    get(tag: number): DolValue | undefined {
      const value = values.get(tag);
      const format = lookupTag(tag)?.format;
      return { ...(value ? { value } : {}), ...(format ? { format } : {}) };
    },
  };
}
