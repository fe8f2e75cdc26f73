// The recommended minimum set of data elements for Application Cryptogram generation, EMV Book 2
// §8.1.1, in the order the table lists them. Cryptogram versions append their own card data.
import { concatBytes } from '../bytes/hex.js';
import { requireLength } from './input-checks.js';

/** Each field is the raw value of its tag, at the length the EMV data dictionary fixes. */
export interface CryptogramTransactionData {
  readonly amountAuthorised: Uint8Array; // 9F02, n12
  readonly amountOther: Uint8Array; // 9F03, n12
  readonly terminalCountryCode: Uint8Array; // 9F1A, n3
  readonly terminalVerificationResults: Uint8Array; // 95
  readonly transactionCurrencyCode: Uint8Array; // 5F2A, n3
  readonly transactionDate: Uint8Array; // 9A, YYMMDD
  readonly transactionType: Uint8Array; // 9C
  readonly unpredictableNumber: Uint8Array; // 9F37
  readonly applicationInterchangeProfile: Uint8Array; // 82
  readonly applicationTransactionCounter: Uint8Array; // 9F36
}

const LENGTHS: Readonly<Record<keyof CryptogramTransactionData, number>> = {
  amountAuthorised: 6,
  amountOther: 6,
  terminalCountryCode: 2,
  terminalVerificationResults: 5,
  transactionCurrencyCode: 2,
  transactionDate: 3,
  transactionType: 1,
  unpredictableNumber: 4,
  applicationInterchangeProfile: 2,
  applicationTransactionCounter: 2,
};

/** Concatenates the set in the order of Book 2 §8.1.1 (29 bytes). */
export function recommendedCryptogramData(t: CryptogramTransactionData): Uint8Array {
  const fields = Object.keys(LENGTHS) as (keyof CryptogramTransactionData)[];
  for (const field of fields) requireLength(field, t[field], LENGTHS[field]);
  return concatBytes(...fields.map((field) => t[field]));
}
