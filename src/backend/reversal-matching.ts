// Reversals matched against the authorisations the backend answered (authorisation.proto). The
// session keeps each answer (masked PAN only) around the issuer simulator's call; a
// ReversalRequest then finds its original by transaction id on the same terminal:
//   - delivered again (same reversal_id): the match kept the first time, REVERSED reported as
//     ALREADY_REVERSED;
//   - original unknown: ORIGINAL_NOT_FOUND, E-BACKEND-0201 (nothing to undo, final);
//   - original reversed by another reversal: ALREADY_REVERSED, E-BACKEND-0202;
//   - amount above the original's, or in another currency: AMOUNT_MISMATCH, E-BACKEND-0203,
//     nothing reversed;
//   - otherwise REVERSED, once (an amount below the original's is a partial reversal).
// A declined or unanswered original is reversed all the same: the terminal cannot know the
// host's answer when it reverses after a timeout, and undoing nothing is harmless.
// The other order: a request reaching the backend after its own reversal (in flight when the
// link dropped, sent again later) found that reversal ORIGINAL_NOT_FOUND, kept; it is declined
// REVERSED_FIRST and never decided, or the terminal — which recorded it reversed — and the
// backend would disagree on money moved (a QR refund paid twice).
import type { ErrorCode } from '../errors/index.js';
import { maskPan } from '../redaction/card-data.js';
import { posrt } from '../protos/index.js';
import type { AnsweredOutcome, AuthorisationStore, ReversalMatch, StoredReversal } from './authorisation-store.js';

const v1 = posrt.channel.v1;
const S = v1.ReversalStatus;

/** ISO 8583 17, "customer cancellation": the terminal cancelled it first, as a QR order reversed
 *  before its wallet paid it (E-BACKEND-0306). */
export const REVERSED_FIRST = { arc: '17', code: 'E-BACKEND-0204' } as const satisfies { arc: string; code: ErrorCode };

const OUTCOMES: Readonly<Record<number, AnsweredOutcome>> = {
  [v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_APPROVED]: 'approved',
  [v1.AuthorisationOutcome.AUTHORISATION_OUTCOME_DECLINED]: 'declined',
};

/** Keeps what the terminal was answered: amounts, the outcome and the masked PAN, never the
 *  clear PAN or tracks the request carried. */
export async function keepAuthorisation(store: AuthorisationStore, serial: string, request: posrt.channel.v1.AuthorisationRequest, response: posrt.channel.v1.AuthorisationResponse.$Properties, now: number): Promise<void> {
  // Without a usable id no reversal can name it: answered all the same, kept nowhere.
  if (!/^[\x21-\x7e]{1,128}$/.test(request.transactionId)) return;
  await store.storeAuthorisation({
    transactionId: request.transactionId,
    serial,
    stan: request.stan,
    amountMinor: BigInt(String(request.amount?.minorUnits ?? 0)),
    currency: request.amount?.currency ?? '',
    maskedPan: maskPan(request.pan),
    outcome: OUTCOMES[response.outcome ?? 0] ?? 'unavailable',
    arc: Buffer.from(response.arc ?? new Uint8Array(0)).toString('latin1'),
    answeredAt: now,
  });
}

const STATUS_OF: Readonly<Record<ReversalMatch, posrt.channel.v1.ReversalStatus>> = {
  reversed: S.REVERSAL_STATUS_REVERSED,
  'already-reversed': S.REVERSAL_STATUS_ALREADY_REVERSED,
  'original-not-found': S.REVERSAL_STATUS_ORIGINAL_NOT_FOUND,
  'amount-mismatch': S.REVERSAL_STATUS_AMOUNT_MISMATCH,
};

async function decide(store: AuthorisationStore, serial: string, r: posrt.channel.v1.ReversalRequest): Promise<{ match: ReversalMatch; code: ErrorCode | '' }> {
  const original = await store.authorisation(serial, r.originalTransactionId);
  if (original === undefined) return { match: 'original-not-found', code: 'E-BACKEND-0201' };
  if (original.reversedBy !== null) return { match: 'already-reversed', code: 'E-BACKEND-0202' };
  const amount = BigInt(String(r.amount?.minorUnits ?? 0));
  if ((r.amount?.currency ?? '') !== original.currency || amount > original.amountMinor || amount < 0n) return { match: 'amount-mismatch', code: 'E-BACKEND-0203' };
  return { match: 'reversed', code: '' };
}

/** The answer to a reversal, its match kept once by reversal id. The id was checked by the
 *  session. */
export async function matchReversal(store: AuthorisationStore, serial: string, r: posrt.channel.v1.ReversalRequest, now: number): Promise<posrt.channel.v1.ReversalResponse.$Properties> {
  const answer = (kept: Pick<StoredReversal, 'match' | 'code'>, again: boolean): posrt.channel.v1.ReversalResponse.$Properties => ({
    reversalId: r.reversalId,
    originalTransactionId: r.originalTransactionId,
    status: again && kept.match === 'reversed' ? S.REVERSAL_STATUS_ALREADY_REVERSED : STATUS_OF[kept.match],
    errorCode: kept.code,
  });
  const earlier = await store.reversal(serial, r.reversalId);
  if (earlier !== undefined) return answer(earlier, true);
  const { match, code } = await decide(store, serial, r);
  const reversal: StoredReversal = {
    reversalId: r.reversalId,
    serial,
    originalTransactionId: r.originalTransactionId,
    reason: v1.ReversalReason[r.reason] ?? 'REVERSAL_REASON_UNSPECIFIED',
    amountMinor: BigInt(String(r.amount?.minorUnits ?? 0)),
    currency: r.amount?.currency ?? '',
    match,
    code,
    receivedAt: now,
  };
  if ((await store.storeReversal(reversal)) === 'duplicate') return answer((await store.reversal(serial, r.reversalId))!, true);
  return answer(reversal, false);
}
