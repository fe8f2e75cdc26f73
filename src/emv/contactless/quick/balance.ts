// Book C-7 (UnionPay QuickPass qPBOC, after JR/T 0025.12) electronic cash balance: a card that
// did not report its balance (9F79, or Visa-style 9F5D) in the GPO answer or its records is
// asked with GET DATA 9F79 (Book 3 §6.5.7) before it leaves the field, so the cardholder sees
// it. A card without electronic cash answers 6A88 and nothing is shown.
import { decodeResponseTlv, exchange, getDataCommand, SW } from '../../apdu/index.js';
import { reportedBalance } from './outcome.js';
import type { QuickSession } from './session.js';

const EC_BALANCE = 0x9f79;

export async function readElectronicCashBalance(s: QuickSession): Promise<void> {
  if (reportedBalance(s) !== undefined) return;
  const { data, sw } = await exchange(s.activation.transport, getDataCommand(EC_BALANCE));
  if (sw !== SW.ok) return;
  const answer = decodeResponseTlv(data, s.flavour.errors.badObject, { step: 'read-balance', tag: '9F79' });
  s.data.setCard(answer.filter((node) => node.tag === EC_BALANCE));
}
