// EMV Book B §3.3.2 (Entry Point, Protocol Activation and Combination Selection): SELECT
// '2PAY.SYS.DDF01'; the FCI's A5 holds BF0C, whose 61 entries each name an application
// (4F) with its label (50), priority (87), Kernel Identifier (9F2A) and Extended Selection
// (9F29). Book B treats a PPSE without BF0C, or without entries, as offering no candidates.
import { exchange, selectCommand, SW, type CardTransport } from '../apdu/index.js';
import { parseFciTemplate } from './fci.js';
import { child, childrenOf } from './fields.js';
import { parsePpseEntry, type PpseEntry } from './directory.js';

/** '2PAY.SYS.DDF01' in ASCII. */
export const PPSE_NAME: Uint8Array = Uint8Array.from(Buffer.from('2PAY.SYS.DDF01', 'ascii'));

export type PpseSelection =
  | { readonly kind: 'selected'; readonly entries: readonly PpseEntry[] }
  | { readonly kind: 'refused'; readonly sw: number };

export async function selectPpse(transport: CardTransport): Promise<PpseSelection> {
  const { data, sw } = await exchange(transport, selectCommand(PPSE_NAME));
  if (sw !== SW.ok) return { kind: 'refused', sw };
  return { kind: 'selected', entries: parsePpseFci(data) };
}

/** The PPSE's directory entries in the card's order; a malformed FCI is E-CARD-0006. */
export function parsePpseFci(data: Uint8Array): PpseEntry[] {
  const { proprietary } = parseFciTemplate(data, 'select-ppse');
  const out: PpseEntry[] = [];
  for (const node of childrenOf(child(proprietary, 0xbf0c))) {
    if (node.tag !== 0x61) continue;
    const entry = parsePpseEntry(node);
    if (entry !== undefined) out.push(entry);
  }
  return out;
}
