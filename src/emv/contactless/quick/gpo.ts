// EMV Contactless Book C-3 §5.2 (Book C-7 alike) Initiate Application Processing: GET
// PROCESSING OPTIONS with the PDOL data, and what the status word means for the outcome:
//   9000  the card answered in format 2 with AIP, AFL (optional), 9F26, 9F27, 9F36, 9F10 and
//         whatever else it chose (9F6C CTQ, 9F4B/9F69 for fDDA, 57, 9F5D ...);
//   6984  the card will not do this contactless: Try Another Interface;
//   6985  the application cannot be used: Select Next (Entry Point drops the combination);
//   6986  a phone that wants its user to look at it first: Try Again, "see phone".
// Anything else ends the application with a coded error.
import { PosError } from '../../../errors/index.js';
import { exchange, getProcessingOptionsCommand, swHex } from '../../apdu/index.js';
import { BitSet, ctqBits } from '../../dictionary/index.js';
import { buildDolData, parseDol } from '../../dol/index.js';
import { parseGpoResponse, type AflEntry } from '../../records/index.js';
import type { CryptogramKind } from '../../contact/outcome.js';
import type { QuickSession } from './session.js';

export type GpoResult =
  | { readonly kind: 'answered'; readonly afl: readonly AflEntry[] }
  | { readonly kind: 'try-another-interface' }
  | { readonly kind: 'select-next' }
  | { readonly kind: 'see-phone' };

const CID_TYPE: Readonly<Record<number, CryptogramKind>> = { 0x00: 'AAC', 0x40: 'TC', 0x80: 'ARQC' };
const CID_TYPE_MASK = 0xc0;
/** Tag → allowed lengths (Book C-3 Annex A). */
const QUICK_OBJECTS: ReadonlyMap<number, readonly [min: number, max: number]> = new Map([
  [0x9f26, [8, 8]],
  [0x9f27, [1, 1]],
  [0x9f36, [2, 2]],
  [0x9f10, [1, 32]],
]);

export async function initiateQuick(s: QuickSession, card: QuickSession['activation']['transport']): Promise<GpoResult> {
  const pdol = s.data.value(0x9f38);
  const pdolData = buildDolData(pdol ? parseDol(pdol) : [], s.data);
  const { data, sw } = await exchange(card, getProcessingOptionsCommand(pdolData));
  if (sw === 0x6984) return { kind: 'try-another-interface' };
  if (sw === 0x6985) return { kind: 'select-next' };
  if (sw === 0x6986) return { kind: 'see-phone' };
  if (sw !== 0x9000) throw new PosError(s.flavour.errors.refused, { step: 'gpo', sw: swHex(sw) });
  const gpo = parseGpoResponse(data);
  if (gpo.format !== 2) throw new PosError(s.flavour.errors.missingData, { step: 'gpo', reason: 'format 1 carries no cryptogram' });
  s.data.addRecordObjects(gpo.data, 'gpo');
  for (const [tag, [min, max]] of QUICK_OBJECTS) {
    const value = s.data.value(tag);
    if (value === undefined) throw new PosError(s.flavour.errors.missingData, { step: 'gpo', tag: tag.toString(16).toUpperCase() });
    if (value.length < min || value.length > max) throw new PosError(s.flavour.errors.badObject, { step: 'gpo', tag: tag.toString(16).toUpperCase(), length: value.length });
  }
  const type = CID_TYPE[s.data.value(0x9f27)![0]! & CID_TYPE_MASK];
  if (type === undefined) throw new PosError(s.flavour.errors.badObject, { step: 'gpo', tag: '9F27', reason: 'cryptogram type' });
  s.cryptogram = type;
  const ctq = s.data.value(0x9f6c);
  if (ctq !== undefined && ctq.length !== 2) throw new PosError(s.flavour.errors.badObject, { step: 'gpo', tag: '9F6C', length: ctq.length });
  s.ctq = ctq === undefined ? undefined : new BitSet(ctqBits, 2, ctq);
  return { kind: 'answered', afl: gpo.afl ?? [] };
}
