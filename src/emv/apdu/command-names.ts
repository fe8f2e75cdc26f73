// The names of the commands a payment terminal sends (EMV Book 1 §11, Book 3 §6.5, issuer
// script commands of Book 3 §6.5 / Book 2 §9, Book C-2 §5.2-5.3), by INS, for traces and benchmark reports.
const NAMES: ReadonlyMap<number, string> = new Map([
  [0x1e, 'APPLICATION BLOCK'],
  [0x18, 'APPLICATION UNBLOCK'],
  [0x16, 'CARD BLOCK'],
  [0x24, 'PIN CHANGE/UNBLOCK'],
  [0xda, 'PUT DATA'],
  [0x20, 'VERIFY'],
  [0x2a, 'COMPUTE CRYPTOGRAPHIC CHECKSUM'],
  [0xea, 'EXCHANGE RELAY RESISTANCE DATA'],
  [0x82, 'EXTERNAL AUTHENTICATE'],
  [0x84, 'GET CHALLENGE'],
  [0x88, 'INTERNAL AUTHENTICATE'],
  [0xa4, 'SELECT'],
  [0xa8, 'GET PROCESSING OPTIONS'],
  [0xae, 'GENERATE AC'],
  [0xb2, 'READ RECORD'],
  [0xc0, 'GET RESPONSE'],
  [0xca, 'GET DATA'],
]);

export function commandName(ins: number): string {
  return NAMES.get(ins) ?? `INS ${ins.toString(16).toUpperCase().padStart(2, '0')}`;
}
