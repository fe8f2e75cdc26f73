// EMV Book 3 Annex A (tag 9C): the first two digits of the ISO 8583:1987 Processing Code.

const types: ReadonlyMap<number, string> = new Map([
  [0x00, 'Goods and services'],
  [0x01, 'Cash'],
  [0x02, 'Debit adjustment'],
  [0x03, 'Cheque guarantee'],
  [0x09, 'Purchase with cashback'],
  [0x11, 'Quasi-cash'],
  [0x20, 'Refund'],
  [0x21, 'Deposit'],
  [0x22, 'Credit adjustment'],
  [0x30, 'Balance inquiry (available funds)'],
  [0x31, 'Balance inquiry'],
  [0x40, 'Cardholder accounts transfer'],
  [0x50, 'Payment'],
]);

/** The name of a Transaction Type byte (BCD), undefined when not listed. */
export function transactionTypeName(value: number): string | undefined {
  return types.get(value);
}
