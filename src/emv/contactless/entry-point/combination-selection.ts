// EMV Contactless Book B §3.3 Combination Selection: SELECT PPSE (step 1), the Candidate List
// from its directory entries and the allowed combinations (step 2, §3.3.2.5 A-E with the
// Requested Kernel ID of Table 3-6), and the Final Combination Selection (§3.3.3): highest
// priority first, PPSE order among equals, SELECT of the ADF name with Extended Selection when
// the combination supports it. Book B has no list-of-AIDs fallback on contactless: a card
// without a PPSE offers no candidates.
import { bytesEqual, concatBytes, fromHex } from '../../../bytes/hex.js';
import { exchange, selectCommand, SW, type CardTransport } from '../../apdu/index.js';
import { parseDol } from '../../dol/index.js';
import { parseAdfFci, parsePpseFci, PPSE_NAME, type ApplicationPriority, type PpseEntry } from '../../selection/index.js';
import type { KernelId } from '../kernel-contract.js';
import type { PreProcessed } from './pre-processing.js';

export interface Candidate extends PreProcessed {
  /** The card's ADF name (4F of the entry), which a partial match may extend the AID by. */
  readonly adfName: Uint8Array;
  readonly label: string | undefined;
  readonly priority: ApplicationPriority | undefined;
  readonly extendedSelection: Uint8Array | undefined;
  /** Position of the entry in the PPSE, for ties in priority (§3.3.3.2). */
  readonly order: number;
}

/** Table 3-6: the kernel a card means when its entry names none, by the AID's RID. */
const DEFAULT_KERNEL_BY_RID: readonly (readonly [rid: Uint8Array, kernel: number])[] = [
  [fromHex('A000000004'), 2],
  [fromHex('A000000003'), 3],
  [fromHex('A000000025'), 4],
  [fromHex('A000000065'), 5],
  [fromHex('A000000152'), 6],
  [fromHex('A000000333'), 7],
];

/** §3.3.2.5 C: the Requested Kernel ID of an entry, or undefined when the entry is skipped. */
export function requestedKernelId(kernelIdentifier: Uint8Array | undefined, matchingAid: Uint8Array): Uint8Array | undefined {
  if (kernelIdentifier === undefined || kernelIdentifier.length === 0) {
    const rid = matchingAid.subarray(0, 5);
    const known = DEFAULT_KERNEL_BY_RID.find(([r]) => bytesEqual(r, rid));
    return known === undefined ? undefined : Uint8Array.of(known[1]);
  }
  const first = kernelIdentifier[0]!;
  // b8-b7 00 (EMVCo kernel) or 01 (domestic, EMVCo format): byte 1 is the whole ID.
  if ((first & 0xc0) === 0x00 || (first & 0xc0) === 0x40) return kernelIdentifier.subarray(0, 1);
  // 10 or 11: a domestic kernel of three bytes at least.
  if (kernelIdentifier.length < 3) return undefined;
  return (first & 0x3f) !== 0 ? kernelIdentifier.subarray(0, 3) : kernelIdentifier;
}

/** §3.3.2.5 B: same AID, or (partial selection) an ADF name that begins with it. */
function matches(adfName: Uint8Array, c: PreProcessed['combination']): boolean {
  if (adfName.length < c.aid.length || !bytesEqual(adfName.subarray(0, c.aid.length), c.aid)) return false;
  return adfName.length === c.aid.length || c.partialSelection;
}

/** §3.3.2.5 D: a Requested Kernel ID of zero means any kernel; otherwise it must be ours. */
function kernelMatches(requested: Uint8Array, kernel: KernelId): boolean {
  if (requested.every((b) => b === 0)) return true;
  return requested.length === 1 && requested[0] === kernel;
}

/** Step 2: for each allowed combination whose kernel this terminal has, each matching entry. */
export function buildCandidates(entries: readonly PpseEntry[], combinations: readonly PreProcessed[], hasKernel: (id: KernelId) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const p of combinations) {
    if (p.indicators.contactlessApplicationNotAllowed || !hasKernel(p.combination.kernel)) continue;
    entries.forEach((e, order) => {
      if (!matches(e.aid, p.combination)) return;
      const requested = requestedKernelId(e.kernelIdentifier, p.combination.aid);
      if (requested === undefined || !kernelMatches(requested, p.combination.kernel)) return;
      out.push({ ...p, adfName: e.aid, label: e.label, priority: e.priority, extendedSelection: e.extendedSelection, order });
    });
  }
  return out;
}

/** §3.3.3.1-2: rank 1 first; no priority or 0 counts as the lowest; then PPSE order. */
export function chooseCandidate(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  const rank = (c: Candidate): number => c.priority?.rank ?? 16;
  for (const c of candidates) if (best === undefined || rank(c) < rank(best) || (rank(c) === rank(best) && c.order < best.order)) best = c;
  return best;
}

export type PpseResult = { readonly kind: 'entries'; readonly entries: readonly PpseEntry[] } | { readonly kind: 'none'; readonly reason: string };

/** Steps 1-2 (§3.3.2.2-4): anything but 9000, or an FCI without entries, offers nothing. A
 *  transport failure is left to throw: the caller returns to Start B (§3.3.3.7). */
export async function selectPpseEntries(transport: CardTransport): Promise<PpseResult> {
  const { data, sw } = await exchange(transport, selectCommand(PPSE_NAME));
  if (sw !== SW.ok) return { kind: 'none', reason: `SELECT PPSE answered ${sw.toString(16).toUpperCase()}` };
  try {
    const entries = parsePpseFci(data);
    return entries.length === 0 ? { kind: 'none', reason: 'PPSE without directory entries' } : { kind: 'entries', entries };
  } catch {
    return { kind: 'none', reason: 'PPSE FCI malformed' };
  }
}

export type FinalSelection = { readonly kind: 'selected'; readonly fci: Uint8Array } | { readonly kind: 'refused'; readonly reason: string };

const VISA_RID = fromHex('A000000003');
const TTQ_TAG = 0x9f66;

/** §3.3.3.3-6: SELECT the candidate; a refusal drops it. §3.3.3.6 would hand a Visa
 *  application whose PDOL lacks 9F66 to kernel 1, which this terminal does not have, so such a
 *  candidate is dropped too. */
export async function selectCandidate(transport: CardTransport, c: Candidate): Promise<FinalSelection> {
  const name = c.extendedSelection !== undefined && c.combination.extendedSelectionSupported ? concatBytes(c.adfName, c.extendedSelection) : c.adfName;
  const { data, sw } = await exchange(transport, selectCommand(name));
  if (sw !== SW.ok) return { kind: 'refused', reason: `SELECT answered ${sw.toString(16).toUpperCase()}` };
  if (c.combination.kernel === 3 && bytesEqual(c.adfName.subarray(0, 5), VISA_RID) && !pdolAsksTtq(data)) return { kind: 'refused', reason: 'Visa PDOL without 9F66 needs kernel 1' };
  return { kind: 'selected', fci: data };
}

function pdolAsksTtq(fci: Uint8Array): boolean {
  try {
    const pdol = parseAdfFci(fci, 'select-combination').pdol;
    return pdol !== undefined && parseDol(pdol).some((e) => e.tag === TTQ_TAG);
  } catch {
    return false;
  }
}
