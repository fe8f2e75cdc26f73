// EMV Book 1 §12.3.2 Using the Payment System Directory: SELECT '1PAY.SYS.DDF01', take the
// directory's SFI from the FCI (88), then READ RECORD 1, 2, ... until the card answers 6A83;
// each record is a 70 template of directory entries (61).
// Outcomes of the SELECT, as §12.3.2 sorts them:
//   9000 with an FCI: read the directory;
//   6A81 (card blocked or SELECT not supported): the card session ends;
//   6A82 (no PSE), 6283 (PSE blocked) or any other status: build the candidates from the
//   terminal's list of AIDs instead.
// DDF entries (9D) are returned as they are; following them is the contact kernel's choice.
import { PosError } from '../../errors/index.js';
import { decodeResponseTlv, exchange, readRecordCommand, selectCommand, SW, swHex, type CardTransport } from '../apdu/index.js';
import { parseDdfFci, type DdfFci } from './fci.js';
import { parsePseEntry, type PseEntry } from './directory.js';

/** '1PAY.SYS.DDF01' in ASCII. */
export const PSE_NAME: Uint8Array = Uint8Array.from(Buffer.from('1PAY.SYS.DDF01', 'ascii'));

export type PseSelection =
  | { readonly kind: 'selected'; readonly fci: DdfFci }
  | { readonly kind: 'card-blocked'; readonly sw: number }
  | { readonly kind: 'use-list-of-aids'; readonly sw: number };

export async function selectPse(transport: CardTransport): Promise<PseSelection> {
  const { data, sw } = await exchange(transport, selectCommand(PSE_NAME));
  if (sw === SW.ok) return { kind: 'selected', fci: parseDdfFci(data, 'select-pse') };
  if (sw === SW.functionNotSupported) return { kind: 'card-blocked', sw };
  return { kind: 'use-list-of-aids', sw };
}

/** READ RECORD takes a one-byte record number, so a card cannot make this loop longer. */
const LAST_RECORD = 254;

/** Reads the directory at the SFI until 6A83; another status is E-CARD-0010, a record that is
 *  not a 70 template E-CARD-0007. Entries come back in the card's order. */
export async function readPseDirectory(transport: CardTransport, sfi: number): Promise<PseEntry[]> {
  const entries: PseEntry[] = [];
  for (let record = 1; record <= LAST_RECORD; record++) {
    const { data, sw } = await exchange(transport, readRecordCommand(sfi, record));
    if (sw === SW.recordNotFound) break;
    if (sw !== SW.ok) throw new PosError('E-CARD-0010', { step: 'pse-directory', sfi, record, sw: swHex(sw) });
    for (const entry of parsePseRecord(data, sfi, record)) entries.push(entry);
  }
  return entries;
}

/** One directory record: a 70 template of 61 entries. */
export function parsePseRecord(data: Uint8Array, sfi: number, record: number): PseEntry[] {
  const context = { step: 'pse-directory', sfi, record };
  const tlv = decodeResponseTlv(data, 'E-CARD-0007', context);
  const template = tlv[0];
  if (tlv.length !== 1 || template?.tag !== 0x70 || template.kind !== 'constructed') throw new PosError('E-CARD-0007', { ...context, reason: 'not a 70 template' });
  const out: PseEntry[] = [];
  for (const node of template.children) {
    if (node.tag !== 0x61) continue;
    const entry = parsePseEntry(node);
    if (entry !== undefined) out.push(entry);
  }
  return out;
}
