// EMV Book 1 §12.3-12.4 for a payment: candidates from the PSE directory when the card has
// one (ADF entries the terminal supports, exactly or by partial name per the AID's ASI; DDF
// entries followed into their own directories, §12.3.2), else from the terminal's list of AIDs;
// ordered by priority. With a cardholder port the cardholder chooses among several candidates
// and confirms one whose priority indicator asks for it; without one, those are left out.
// Final selection tries each in turn and drops one that fails or answers 6283 (blocked).
// Applications excluded after GPO 6985 are left out.
import { bytesEqual, toHex } from '../../bytes/hex.js';
import { exchange, selectCommand, SW } from '../apdu/index.js';
import { orderByPriority, parseDdfFci, readPseDirectory, selectApplication, selectPse, type AdfFci, type ApplicationPriority, type CandidateView } from '../selection/index.js';
import type { AidConfig } from './config.js';
import type { Outcome } from './outcome.js';
import { putApplicationParameters } from './terminal-data.js';
import type { Session } from './session.js';

interface Candidate {
  readonly dfName: Uint8Array;
  readonly label: string | undefined;
  readonly preferredName: Uint8Array | undefined;
  readonly priority: ApplicationPriority | undefined;
  readonly config: AidConfig;
}

export type SelectionResult =
  | { readonly kind: 'selected'; readonly fci: AdfFci; /** 5F2D of the selected application, else of the PSE; empty when neither gives one. */ readonly languages: readonly string[] }
  | { readonly kind: 'none'; readonly outcome: Outcome };

/** How many directories below the PSE are followed. Book 1 §12.3.2 sets no bound; a card
 *  cannot be allowed to make the walk endless, and no scheme nests deeper than one level. */
export const MAX_DDF_DEPTH = 3;

/** Book 1 §12.3.1: an exact match, or with partial selection allowed, the terminal AID as prefix. */
function supportedBy(aids: readonly AidConfig[], dfName: Uint8Array): AidConfig | undefined {
  return aids.find((a) => bytesEqual(a.aid, dfName) || (a.partialSelection && dfName.length > a.aid.length && bytesEqual(a.aid, dfName.subarray(0, a.aid.length))));
}

type PseCandidates = { readonly kind: 'found'; readonly candidates: Candidate[]; readonly languages: readonly string[] } | { readonly kind: 'no-pse' } | { readonly kind: 'terminate'; readonly sw: number };

async function candidatesFromPse(s: Session): Promise<PseCandidates> {
  const pse = await selectPse(s.card);
  if (pse.kind === 'card-blocked') return { kind: 'terminate', sw: pse.sw };
  if (pse.kind !== 'selected') return { kind: 'no-pse' };
  const out: Candidate[] = [];
  await walkDirectory(s, pse.fci.sfi, 0, [pse.fci.dfName], out);
  return { kind: 'found', candidates: out, languages: pse.fci.languages ?? [] };
}

/** Book 1 §12.3.2: entries in the directory's order, a DDF's applications in the DDF entry's
 *  place. The whole directory is read before any DDF is SELECTed: READ RECORD by SFI refers to
 *  the current DF, so reading on after a SELECT would need the parent selected again. A DDF the
 *  card refuses to select is passed over. */
async function walkDirectory(s: Session, sfi: number, depth: number, visited: Uint8Array[], out: Candidate[]): Promise<void> {
  for (const e of await readPseDirectory(s.card, sfi)) {
    if (e.kind === 'adf') {
      const config = supportedBy(s.env.aids, e.aid);
      if (config) out.push({ dfName: e.aid, label: e.label, preferredName: e.preferredName, priority: e.priority, config });
      continue;
    }
    if (depth >= MAX_DDF_DEPTH || visited.some((v) => bytesEqual(v, e.ddfName))) continue;
    const { data, sw } = await exchange(s.card, selectCommand(e.ddfName));
    if (sw !== SW.ok) continue;
    const ddf = parseDdfFci(data);
    visited.push(e.ddfName);
    await walkDirectory(s, ddf.sfi, depth + 1, visited, out);
  }
}

/** undefined: the card answered 6A81 to a SELECT, and §12.3.3 ends the card session. */
async function candidatesFromAidList(s: Session): Promise<Candidate[] | undefined> {
  const out: Candidate[] = [];
  for (const config of s.env.aids) {
    let answer = await selectApplication(s.card, config.aid, 'first');
    if (answer.kind === 'refused' && answer.sw === SW.functionNotSupported) return undefined;
    // A partial name can match several ADFs: SELECT next occurrence until the card has no more.
    // A blocked ADF (6283) is not a candidate but the walk goes on past it (§12.3.3 step 4).
    for (let occurrence = 0; occurrence < 16; occurrence++) {
      if (answer.kind === 'refused') break;
      if (answer.kind === 'selected' && supportedBy([config], answer.fci.dfName)) {
        const f = answer.fci;
        out.push({ dfName: f.dfName, label: f.label, preferredName: f.preferredName, priority: f.priority, config });
      }
      if (!config.partialSelection) break;
      answer = await selectApplication(s.card, config.aid, 'next');
    }
  }
  return out;
}

const viewOf = (c: Candidate): CandidateView => ({
  label: c.label ?? toHex(c.dfName),
  preferredName: c.preferredName,
  aidHex: toHex(c.dfName),
  confirmationRequired: c.priority?.confirmationRequired === true,
});

const end = (reason: string): SelectionResult => ({ kind: 'none', outcome: { kind: 'end-application', reason } });

export async function selectForPayment(s: Session, excluded: readonly Uint8Array[]): Promise<SelectionResult> {
  const pse = await candidatesFromPse(s);
  // Book 1 §12.3.2/§12.3.3: 6A81 to SELECT PSE, or to the first SELECT of an AID from the list,
  // means the card is blocked or does not support SELECT: the card session is terminated.
  const found = pse.kind === 'found' ? pse.candidates : pse.kind === 'no-pse' ? await candidatesFromAidList(s) : undefined;
  if (found === undefined) return end('card blocked or SELECT not supported (6A81): card session terminated');
  const pseLanguages = pse.kind === 'found' ? pse.languages : [];
  const port = s.env.cardholder;
  // Book 1 §12.4: without a way to confirm, an application that requires confirmation is not offered.
  let remaining = orderByPriority(found).filter((c) => !excluded.some((x) => bytesEqual(x, c.dfName)) && (port !== undefined || c.priority?.confirmationRequired !== true));
  while (remaining.length > 0) {
    let candidate = remaining[0]!;
    if (port && remaining.length > 1) {
      const pick = await port.chooseApplication(remaining.map(viewOf), pseLanguages);
      if (pick === 'cancel') return end('cardholder cancelled application selection');
      const chosen = remaining[pick];
      if (chosen === undefined) return end('cardholder selection out of range');
      candidate = chosen;
    } else if (port && candidate.priority?.confirmationRequired === true) {
      if (!(await port.confirmApplication(viewOf(candidate), pseLanguages))) return end('cardholder did not confirm the application');
    }
    const answer = await selectApplication(s.card, candidate.dfName, 'first');
    if (answer.kind === 'selected') {
      s.aid = candidate.config;
      s.label = answer.fci.label;
      putApplicationParameters(s.data, candidate.config);
      return { kind: 'selected', fci: answer.fci, languages: answer.fci.languages ?? pseLanguages };
    }
    // §12.4: a candidate that cannot be selected leaves the list and the choice is made again.
    remaining = remaining.filter((c) => c !== candidate);
  }
  if (found.length === 0) return end('no application on the card is supported by this terminal');
  return end(`no candidate could be selected (${found.map((c) => toHex(c.dfName)).join(', ')})`);
}
