// EMV Contactless Book C-2 §4.3 (Data Record, EMV mode), §4.4 (Discretionary Data, EMV mode),
// §4.5 (Data Record, mag-stripe mode) and §4.6 (Discretionary Data, mag-stripe mode): the
// objects the authorisation or clearing message carries, and what the kernel hands the
// terminal's application besides. Only objects present in the transaction are included.
import type { TransactionData } from '../../contact/transaction-data.js';

/** Book C-2 Table 4-7 (Data Record, EMV mode). */
export const DATA_RECORD_TAGS: readonly number[] = [
  0x9f02, // Amount, Authorised
  0x9f03, // Amount, Other
  0x9f26, // Application Cryptogram
  0x5f24, // Application Expiration Date
  0x82, // Application Interchange Profile
  0x50, // Application Label
  0x5a, // Application PAN
  0x5f34, // Application PAN Sequence Number
  0x9f12, // Application Preferred Name
  0x9f36, // Application Transaction Counter
  0x9f07, // Application Usage Control
  0x9f09, // Application Version Number (Reader)
  0x9f27, // Cryptogram Information Data
  0x9f34, // CVM Results
  0x84, // DF Name
  0x9f1e, // Interface Device Serial Number
  0x9f10, // Issuer Application Data
  0x9f11, // Issuer Code Table Index
  0x9f24, // Payment Account Reference
  0x9f33, // Terminal Capabilities
  0x9f1a, // Terminal Country Code
  0x9f35, // Terminal Type
  0x95, // Terminal Verification Results
  0x9f6e, // Third Party Data
  0x57, // Track 2 Equivalent Data
  0x9f53, // Transaction Category Code
  0x5f2a, // Transaction Currency Code
  0x9a, // Transaction Date
  0x9c, // Transaction Type
  0x9f37, // Unpredictable Number
];

/** Book C-2 Table 4-8 (Discretionary Data, EMV mode) less the data storage, balance and torn
 *  transaction objects this kernel does not keep; DF8115 Error Indication is always there. */
const DISCRETIONARY_TAGS: readonly number[] = [
  0x9f5d, // Application Capabilities Information
  0x9f42, // Application Currency Code
  0x9f6e, // Third Party Data
];

/** Book C-2 Table 4-9 (Data Record, mag-stripe mode): the tracks carry the CVC3, the
 *  Unpredictable Number (Numeric) digits, the ATC digits and nUN'. */
export const MAG_STRIPE_DATA_RECORD_TAGS: readonly number[] = [
  0x50, // Application Label
  0x9f12, // Application Preferred Name
  0x84, // DF Name
  0x9f11, // Issuer Code Table Index
  0x9f6d, // Mag-stripe Application Version Number (Reader)
  0x9f24, // Payment Account Reference
  0x56, // Track 1 Data
  0x9f6b, // Track 2 Data
];

/** Book C-2 Table 4-10 (Discretionary Data, mag-stripe mode): the discretionary data the card
 *  personalised (before the kernel wrote the dynamic digits into it). */
const MAG_STRIPE_DISCRETIONARY_TAGS: readonly number[] = [
  0x9f5d, // Application Capabilities Information
  0xdf812a, // DD Card (Track1)
  0xdf812b, // DD Card (Track2)
  0x9f6e, // Third Party Data
];

export const ERROR_INDICATION = 0xdf8115;

export function dataRecord(data: TransactionData): Map<number, Uint8Array> {
  return pick(data, DATA_RECORD_TAGS);
}

export function discretionaryData(data: TransactionData, errorIndication: Uint8Array): Map<number, Uint8Array> {
  const out = pick(data, DISCRETIONARY_TAGS);
  out.set(ERROR_INDICATION, errorIndication);
  return out;
}

export function magStripeDataRecord(data: TransactionData): Map<number, Uint8Array> {
  return pick(data, MAG_STRIPE_DATA_RECORD_TAGS);
}

export function magStripeDiscretionaryData(data: TransactionData, errorIndication: Uint8Array): Map<number, Uint8Array> {
  const out = pick(data, MAG_STRIPE_DISCRETIONARY_TAGS);
  out.set(ERROR_INDICATION, errorIndication);
  return out;
}

function pick(data: TransactionData, tags: readonly number[]): Map<number, Uint8Array> {
  const out = new Map<number, Uint8Array>();
  for (const tag of tags) {
    const value = data.value(tag);
    if (value !== undefined) out.set(tag, value);
  }
  return out;
}
