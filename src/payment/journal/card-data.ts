// What of the card the journal may keep (PCI DSS req. 3.2: no track data, CVV or PIN block after
// authorisation; req. 3.4: the PAN unreadable where stored): the PAN's first six and last four
// digits, its last four alone for the operator's search, and no ICC data object that carries
// the PAN, a track, the cardholder's name or the expiry, whatever the caller hands over.
import { maskPan } from '../../emv/dictionary/index.js';
import { PosError } from '../../errors/index.js';

/** 5A PAN, 57 Track 2 Equivalent, 56 Track 1 Data, 99 transaction PIN data, 5F20 and 9F0B the
 *  cardholder's name, 5F24/5F25 expiry and effective dates, 9F1F/9F20 track discretionary data
 *  (CVV, PVV), 9F6B Track 2 Data (contactless). */
export const CARD_DATA_TAGS: ReadonlySet<number> = new Set([0x5a, 0x57, 0x56, 0x99, 0x5f20, 0x9f0b, 0x5f24, 0x5f25, 0x9f1f, 0x9f20, 0x9f6b]);

const PAN = /^\d{12,19}$/;

export interface StoredPan {
  readonly masked: string;
  readonly lastFour: string;
}

/** The forms of a PAN the journal stores. Refuses what is not a PAN (E-JOURNAL-0009, no digits
 *  in the error), so a track or a name passed by mistake is not masked into the file. */
export function storedPan(pan: string): StoredPan {
  if (!PAN.test(pan)) throw new PosError('E-JOURNAL-0009', { field: 'pan', length: pan.length });
  return { masked: maskPan(pan), lastFour: pan.slice(-4) };
}

/** The ICC data without the card data tags. */
export function withoutCardData(icc: ReadonlyMap<number, Uint8Array>): Map<number, Uint8Array> {
  const kept = new Map<number, Uint8Array>();
  for (const [tag, value] of icc) if (!CARD_DATA_TAGS.has(tag)) kept.set(tag, value);
  return kept;
}
