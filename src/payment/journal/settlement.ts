// Batch totals and reconciliation, in the payment layer's words (the contract's SchemeTotal,
// ReconciliationResult and Mismatch, mapped by the composition root). A total counts the
// transactions that move money and still stand: sales, refunds, pre-authorisation completions
// and QR sales that are approved (online or offline) and neither voided nor reversed. A
// pre-authorisation only holds funds, a balance inquiry moves none, and a void or cancel takes
// its original out of the totals rather than being counted beside it.
import type { JournalTransaction, TransactionType } from './transaction.js';

export const SETTLED_TYPES: readonly TransactionType[] = ['sale', 'refund', 'pre-auth-completion', 'qr-sale'];

export interface SchemeTotal {
  readonly scheme: string;
  readonly type: TransactionType;
  readonly currency: string;
  readonly count: number;
  /** Sum of the amounts, minor units, never negative (refunds are their own type). */
  readonly amount: bigint;
}

/** Running totals of the open batch; nothing changes by taking one. */
export interface XReport {
  readonly batch: number;
  readonly openedAt: number;
  readonly takenAt: number;
  readonly totals: readonly SchemeTotal[];
}

/** A closed batch: its totals frozen and the settlement sent for it. */
export interface ZReport {
  readonly batch: number;
  readonly openedAt: number;
  readonly closedAt: number;
  readonly closedBy: string;
  readonly settlementId: string;
  readonly totals: readonly SchemeTotal[];
  readonly transactionIds: readonly string[];
  /** The batch opened in the same write. */
  readonly nextBatch: number;
}

export type MismatchKind = 'missing-at-backend' | 'missing-at-terminal' | 'amount-differs' | 'total-differs';

export type Mismatch =
  | { readonly kind: 'missing-at-backend' | 'missing-at-terminal' | 'amount-differs'; readonly transactionId: string; readonly terminalAmount?: bigint; readonly backendAmount?: bigint; readonly currency?: string }
  | { readonly kind: 'total-differs'; readonly scheme: string; readonly type: TransactionType; readonly currency: string; readonly terminalAmount: bigint; readonly backendAmount: bigint };

export interface ReconciliationResult {
  readonly settlementId: string;
  readonly batch: number;
  readonly status: 'balanced' | 'out-of-balance';
  readonly backendTotals: readonly SchemeTotal[];
  readonly mismatches: readonly Mismatch[];
  readonly reconciledAt: number;
}

/** Count and sum per scheme, type and currency, in that order. */
export function totalsOf(counted: readonly JournalTransaction[]): SchemeTotal[] {
  const by = new Map<string, SchemeTotal>();
  for (const t of counted) {
    const key = JSON.stringify([t.scheme, t.type, t.currency]);
    const total = by.get(key) ?? { scheme: t.scheme ?? '', type: t.type, currency: t.currency, count: 0, amount: 0n };
    by.set(key, { ...total, count: total.count + 1, amount: total.amount + t.amount });
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, total]) => total);
}
