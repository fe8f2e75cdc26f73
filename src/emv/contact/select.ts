// EMV Book 1 §12.3-12.4 for a payment: candidates from the PSE directory when the card has
// one (ADF entries the terminal supports, exactly or by partial name per the AID's ASI), else
// from the terminal's list of AIDs; ordered by priority; final selection tries each in turn
// and drops one that fails. Applications excluded after GPO 6985 are left out.
// Nested DDFs (9D) and cardholder confirmation are not followed yet (see the issue notes).
import { bytesEqual, toHex } from '../../bytes/hex.js';
import { orderByPriority, readPseDirectory, selectApplication, selectPse, type AdfFci, type ApplicationPriority } from '../selection/index.js';
import type { AidConfig } from './config.js';
import type { Outcome } from './outcome.js';
import { putApplicationParameters } from './terminal-data.js';
import type { Session } from './session.js';

interface Candidate {
  readonly dfName: Uint8Array;
  readonly priority: ApplicationPriority | undefined;
  readonly config: AidConfig;
}

export type SelectionResult = { readonly kind: 'selected'; readonly fci: AdfFci } | { readonly kind: 'none'; readonly outcome: Outcome };

/** Book 1 §12.3.1: an exact match, or with partial selection allowed, the terminal AID as prefix. */
function supportedBy(aids: readonly AidConfig[], dfName: Uint8Array): AidConfig | undefined {
  return aids.find((a) => bytesEqual(a.aid, dfName) || (a.partialSelection && dfName.length > a.aid.length && bytesEqual(a.aid, dfName.subarray(0, a.aid.length))));
}

async function candidatesFromPse(s: Session): Promise<Candidate[] | undefined> {
  const pse = await selectPse(s.card);
  if (pse.kind !== 'selected') return undefined;
  const entries = await readPseDirectory(s.card, pse.fci.sfi);
  const out: Candidate[] = [];
  for (const e of entries) {
    if (e.kind !== 'adf') continue;
    const config = supportedBy(s.env.aids, e.aid);
    if (config) out.push({ dfName: e.aid, priority: e.priority, config });
  }
  return out;
}

async function candidatesFromAidList(s: Session): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const config of s.env.aids) {
    let answer = await selectApplication(s.card, config.aid, 'first');
    // A partial name can match several ADFs: SELECT next occurrence until the card has no more.
    for (let occurrence = 0; occurrence < 16; occurrence++) {
      if (answer.kind === 'refused') break;
      if (answer.kind === 'selected' && supportedBy([config], answer.fci.dfName)) {
        out.push({ dfName: answer.fci.dfName, priority: answer.fci.priority, config });
      }
      if (!config.partialSelection) break;
      answer = await selectApplication(s.card, config.aid, 'next');
    }
  }
  return out;
}

export async function selectForPayment(s: Session, excluded: readonly Uint8Array[]): Promise<SelectionResult> {
  const found = (await candidatesFromPse(s)) ?? (await candidatesFromAidList(s));
  const candidates = orderByPriority(found).filter((c) => !excluded.some((x) => bytesEqual(x, c.dfName)));
  for (const candidate of candidates) {
    const answer = await selectApplication(s.card, candidate.dfName, 'first');
    if (answer.kind !== 'selected') continue;
    s.aid = candidate.config;
    s.label = answer.fci.label;
    putApplicationParameters(s.data, candidate.config);
    return { kind: 'selected', fci: answer.fci };
  }
  const reason = found.length === 0 ? 'no application on the card is supported by this terminal' : `no candidate could be selected (${found.map((c) => toHex(c.dfName)).join(', ')})`;
  return { kind: 'none', outcome: { kind: 'end-application', reason } };
}
