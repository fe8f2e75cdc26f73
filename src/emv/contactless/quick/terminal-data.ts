// EMV Contactless Book C-3 §5.2 / Book C-7: the terminal data the PDOL may ask for — Entry
// Point's terminal data (Book B §3.4.1, with the pre-processed TTQ 9F66), the transaction's
// amounts, currency, type, date and time, a fresh Unpredictable Number, and an empty TVR.
import { fromHex } from '../../../bytes/hex.js';
import { TRANSACTION_TYPE_CODE } from '../../contact/terminal-data.js';
import { decodeTlv } from '../../tlv/index.js';
import type { QuickSession } from './session.js';

const UNPREDICTABLE_NUMBER_LENGTH = 4;

export function putQuickTerminalData(s: QuickSession): void {
  const { activation: a, data } = s;
  const two = (v: number): string => String(v).padStart(2, '0');
  const n6 = (amount: bigint): Uint8Array => fromHex(amount.toString().padStart(12, '0'));
  for (const [tag, value] of a.terminalData) data.setTerminal(tag, value);
  data.setTerminal(0x9f66, s.ttq.value());
  data.setTerminal(0x9f02, n6(a.transaction.amount));
  data.setTerminal(0x9f03, n6(a.transaction.amountOther));
  data.setTerminal(0x5f2a, fromHex(a.transaction.currencyCode.padStart(4, '0')));
  data.setTerminal(0x5f36, Uint8Array.of(a.transaction.currencyExponent));
  data.setTerminal(0x9c, Uint8Array.of(TRANSACTION_TYPE_CODE[a.transaction.type]));
  const now = a.now();
  data.setTerminal(0x9a, fromHex(`${two(now.getUTCFullYear() % 100)}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`));
  data.setTerminal(0x9f21, fromHex(`${two(now.getUTCHours())}${two(now.getUTCMinutes())}${two(now.getUTCSeconds())}`));
  data.setTerminal(0x9f37, a.random(UNPREDICTABLE_NUMBER_LENGTH));
  data.setTerminal(0x95, s.tvr.value());
  data.setTerminal(0x84, a.aid);
  // The FCI's own objects (PDOL 9F38, language preference 5F2D ...) as the card gave them.
  data.setCard(decodeTlv(a.fci));
}
