// The terminal's data objects for one Kernel 2 transaction (EMV Contactless Book C-2 Annex A,
// §6.1 Kernel started): what Entry Point configured for this AID × kernel, then the
// transaction's own amounts, type, date, time and Unpredictable Number (from the injected
// clock and randomness), so PDOL and CDOL1 can name them.
import { fromHex } from '../../../bytes/hex.js';
import { TRANSACTION_TYPE_CODE } from '../../contact/terminal-data.js';
import type { TransactionData } from '../../contact/transaction-data.js';
import type { KernelActivation } from '../kernel-contract.js';

const bcd = (digits: string, bytes: number): Uint8Array => fromHex(digits.padStart(bytes * 2, '0'));

/** Book C-2 Annex A defaults the configuration may override: Mag-stripe Application Version
 *  Number (Reader) '0001', and the Mobile Support Indicator '01' (the reader supports mobile
 *  devices; S78.20 adds 'OD-CVM required' in mag-stripe mode). */
const DEFAULTS: ReadonlyMap<number, Uint8Array> = new Map([
  [0x9f6d, Uint8Array.of(0x00, 0x01)],
  [0x9f7e, Uint8Array.of(0x01)],
]);

export function putTransactionData(data: TransactionData, activation: KernelActivation): void {
  for (const [tag, value] of DEFAULTS) data.setTerminal(tag, value);
  for (const [tag, value] of activation.terminalData) data.setTerminal(tag, value);
  const { transaction } = activation;
  const now = activation.now();
  const two = (v: number): string => String(v).padStart(2, '0');
  data.setTerminal(0x9f02, bcd(transaction.amount.toString(), 6));
  data.setTerminal(0x9f03, bcd(transaction.amountOther.toString(), 6));
  data.setTerminal(0x9c, Uint8Array.of(TRANSACTION_TYPE_CODE[transaction.type]));
  data.setTerminal(0x5f2a, bcd(transaction.currencyCode, 2));
  data.setTerminal(0x5f36, Uint8Array.of(transaction.currencyExponent));
  data.setTerminal(0x9a, fromHex(`${two(now.getUTCFullYear() % 100)}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`));
  data.setTerminal(0x9f21, fromHex(`${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`));
  data.setTerminal(0x9f37, activation.random(4));
}
