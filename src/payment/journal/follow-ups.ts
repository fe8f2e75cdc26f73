// What a transaction must be to begin: amounts a message can carry, a currency, an operator, and
// for a follow-up (void, refund, pre-authorisation completion or cancel) an original it may refer
// to — the rules an acquirer holds a terminal to, each refusal naming the rule (E-JOURNAL-0011).
import { PosError } from '../../errors/index.js';
import type { Row } from './journal-rows.js';
import { STANDING, type BeginInput, type TransactionType } from './transaction.js';

/** Twelve digits: the largest amount an ISO 8583 amount field (and 9F02) carries. */
const MAX_AMOUNT = 999_999_999_999n;
/** An operator id: printable ASCII, as the outbox's ids. */
export const PRINTABLE_ID = /^[\x21-\x7e]{1,64}$/;

/** The types of original each follow-up may refer to. */
const ORIGINAL_TYPES: Partial<Record<TransactionType, readonly TransactionType[]>> = {
  void: ['sale', 'qr-sale', 'pre-auth-completion'],
  refund: ['sale', 'qr-sale', 'pre-auth-completion'],
  'pre-auth-completion': ['pre-auth'],
  'pre-auth-cancel': ['pre-auth'],
};

/** The input alone: E-JOURNAL-0009 naming the field. */
export function checkBegin(input: BeginInput): void {
  const bad = (field: string) => new PosError('E-JOURNAL-0009', { field });
  const amountOk = (a: bigint) => a >= 0n && a <= MAX_AMOUNT;
  if (!amountOk(input.amount) || (input.type === 'balance') !== (input.amount === 0n)) throw bad('amount');
  if (input.otherAmount !== undefined && !amountOk(input.otherAmount)) throw bad('otherAmount');
  if (!/^\d{3}$/.test(input.currency)) throw bad('currency');
  if (!PRINTABLE_ID.test(input.operatorId)) throw bad('operatorId');
  if (input.approverId !== undefined && !PRINTABLE_ID.test(input.approverId)) throw bad('approverId');
  const needsOriginal = input.type === 'void' || input.type === 'pre-auth-completion' || input.type === 'pre-auth-cancel';
  const mayHaveOriginal = needsOriginal || input.type === 'refund';
  if (input.originalId === undefined ? needsOriginal : !mayHaveOriginal) throw bad('originalId');
}

/** The original against the follow-up, given what refunds may still take of it (Journal.refundable). */
export function checkOriginal(input: BeginInput, original: Row, openBatch: number, refundable: bigint): void {
  const allowed = ORIGINAL_TYPES[input.type];
  const refuse = (rule: string) => new PosError('E-JOURNAL-0011', { transaction: original.id, type: input.type, rule });
  if (allowed === undefined || !allowed.includes(original.type)) throw refuse('original type');
  if (!STANDING.includes(original.phase)) throw refuse(`original is ${original.phase}`);
  if (original.currency !== input.currency) throw refuse('currency');
  if (input.type === 'void' && Number(original.batch) !== openBatch) throw refuse('void within the open batch only');
  if ((input.type === 'void' || input.type === 'pre-auth-cancel') && input.amount !== original.amount) throw refuse('amount is the original amount');
  if (input.type === 'refund' && input.amount > refundable) throw refuse('refund exceeds what is left');
}
