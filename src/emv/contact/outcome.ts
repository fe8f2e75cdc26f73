// What a contact transaction ends with (EMV Book 4 §6.3.8 and Book A outcomes): one variant
// per way it can end, each carrying what the journal, the receipt and the acquirer need.
import type { PosError } from '../../errors/index.js';
import type { IssuerReferences } from './authorisation.js';

export type CryptogramKind = 'TC' | 'ARQC' | 'AAC';

export interface Cryptogram {
  readonly type: CryptogramKind;
  readonly value: Uint8Array;
}

/** The data every completed transaction hands on; values are raw bytes, masked at printing. */
export interface TransactionRecord {
  readonly aid: Uint8Array;
  readonly label: string | undefined;
  /** Language Preference (5F2D), most preferred first, e.g. ['zh', 'en']: the cardholder's screens and receipt. */
  readonly languages: readonly string[];
  /** First six and last four digits, the rest starred: the only PAN that leaves the kernel. */
  readonly maskedPan: string;
  readonly panSequenceNumber: Uint8Array | undefined;
  readonly tvr: Uint8Array;
  readonly tsi: Uint8Array;
  readonly cvmResults: Uint8Array;
  readonly atc: Uint8Array | undefined;
  readonly cryptogram: Cryptogram | undefined;
  readonly authorisationResponseCode: Uint8Array | undefined;
  /** The issuer's authorisation code and reference when the transaction went online and was
   *  answered; undefined for a decision the card made offline or an issuer that did not answer. */
  readonly issuer: IssuerReferences | undefined;
  readonly issuerScriptResults: Uint8Array | undefined;
  /** The signature line is printed when the CVM performed asks for it. */
  readonly signatureRequired: boolean;
  /** The ICC data an acquirer message carries (ISO 8583 field 55 objects), tag → value. */
  readonly iccData: ReadonlyMap<number, Uint8Array>;
}

export type Outcome =
  | { readonly kind: 'approved'; readonly record: TransactionRecord }
  /** Declined by the card offline (AAC on the first GENERATE AC, or default action offline). */
  | { readonly kind: 'declined'; readonly record: TransactionRecord }
  /** Went online and came back declined (by the issuer, or by the card at the second GENERATE AC). */
  | { readonly kind: 'online-declined'; readonly record: TransactionRecord }
  | { readonly kind: 'aborted'; readonly error: PosError; readonly record: TransactionRecord | undefined }
  /** The chip could not be read (technical fallback): `error` says what the card sent wrong. */
  | { readonly kind: 'try-another-interface'; readonly reason: string; readonly error?: PosError }
  | { readonly kind: 'end-application'; readonly reason: string };
