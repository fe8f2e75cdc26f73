// The terminal's data objects for one transaction (EMV Book 3 Annex A, Book 4 Annex A): what
// PDOL, CDOL1/2, DDOL and TDOL may name, put in the session's data store before the card
// asks. TVR, TSI and CVM Results are refreshed from their bit sets before each DOL is built.
import { fromHex } from '../../bytes/hex.js';
import type { AidConfig, TerminalConfig } from './config.js';
import type { TransactionData } from './transaction-data.js';

/** 'balance': a balance inquiry (amount zero, always online; the issuer answers the balance). */
export type TransactionType = 'purchase' | 'cash' | 'cashback' | 'refund' | 'balance';

/** Book 4 Annex A / ISO 8583 processing code first two digits (9C). */
export const TRANSACTION_TYPE_CODE: Readonly<Record<TransactionType, number>> = { purchase: 0x00, cash: 0x01, cashback: 0x09, refund: 0x20, balance: 0x31 };

export interface TransactionRequest {
  readonly type: TransactionType;
  /** Minor units. */
  readonly amount: bigint;
  readonly amountOther: bigint;
}

const n = (digits: string, bytes: number): Uint8Array => fromHex(digits.padStart(bytes * 2, '0'));
const ascii = (text: string, bytes: number): Uint8Array => Uint8Array.from(Buffer.from(text.padEnd(bytes).slice(0, bytes), 'ascii'));

function binary(value: bigint, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let v = value;
  for (let i = bytes - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

export function putTerminalData(
  data: TransactionData,
  terminal: TerminalConfig,
  request: TransactionRequest,
  now: Date,
  unpredictableNumber: Uint8Array,
): void {
  const two = (v: number): string => String(v).padStart(2, '0');
  data.setTerminal(0x9f02, n(request.amount.toString(), 6));
  data.setTerminal(0x9f03, n(request.amountOther.toString(), 6));
  data.setTerminal(0x81, binary(request.amount, 4));
  data.setTerminal(0x9f04, binary(request.amountOther, 4));
  data.setTerminal(0x9c, Uint8Array.of(TRANSACTION_TYPE_CODE[request.type]));
  data.setTerminal(0x9f1a, n(terminal.countryCode, 2));
  data.setTerminal(0x5f2a, n(terminal.currencyCode, 2));
  data.setTerminal(0x5f36, Uint8Array.of(terminal.currencyExponent));
  data.setTerminal(0x9a, fromHex(`${two(now.getUTCFullYear() % 100)}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`));
  data.setTerminal(0x9f21, fromHex(`${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`));
  data.setTerminal(0x9f37, unpredictableNumber);
  data.setTerminal(0x9f35, fromHex(terminal.terminalType));
  data.setTerminal(0x9f33, terminal.capabilities);
  data.setTerminal(0x9f40, terminal.additionalCapabilities);
  data.setTerminal(0x9f1c, ascii(terminal.terminalId, 8));
  data.setTerminal(0x9f16, ascii(terminal.merchantId, 15));
  data.setTerminal(0x9f15, n(terminal.merchantCategoryCode, 2));
  data.setTerminal(0x9f4e, Uint8Array.from(Buffer.from(terminal.merchantName, 'utf8')));
}

/** Per-AID values once the application is chosen (9F09, 9F1B). */
export function putApplicationParameters(data: TransactionData, aid: AidConfig): void {
  data.setTerminal(0x9f09, aid.applicationVersion);
  data.setTerminal(0x9f1b, binary(aid.floorLimit, 4));
}
