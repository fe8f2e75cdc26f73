// What a receipt prints, as the payment layer hands it over: the completed transaction (the
// journal's record maps into it, from-journal.ts), the merchant's configuration, and which copy
// in which language. Only what a slip shows is here; a card number arrives masked or not at all.
// Transaction types and entry modes are the journal's own words.
import { decodeCvRule } from '../../emv/cvm/index.js';
import { CVM_NOT_PERFORMED } from '../../emv/dictionary/index.js';
import type { EntryMode, TransactionType } from '../journal/index.js';

export type TransactionKind = TransactionType;

/** The card networks and QR wallets totals are kept per, in the order reports list them. */
export const SCHEMES = ['unionpay', 'visa', 'mastercard', 'jcb', 'amex', 'discover', 'alipay', 'wechat'] as const;
export type Scheme = (typeof SCHEMES)[number];

export type CardEntryMode = Exclude<EntryMode, 'qr'>;

/** How the cardholder was verified, as the slip states it. */
export type ReceiptCvm = 'online-pin' | 'offline-pin' | 'offline-pin-and-signature' | 'signature' | 'cdcvm' | 'no-cvm';

export type CryptogramType = 'TC' | 'ARQC' | 'AAC';

/** What the chip said, printed in the slip's EMV block. Values are upper-case hex. */
export interface EmvReceiptData {
  readonly applicationLabel: string | undefined;
  readonly aid: string;
  /** None for a void, completion or cancel: the card presented names the original and is not
   *  asked for a cryptogram. */
  readonly cryptogram: { readonly type: CryptogramType; readonly value: string } | undefined;
}

export type ReceiptInstrument =
  | {
      readonly kind: 'card';
      readonly scheme: Scheme;
      /** First 6 and last 4 digits at most, the rest '*': the layout refuses anything else. */
      readonly maskedPan: string;
      readonly cvm: ReceiptCvm;
      readonly entry:
        | { readonly mode: 'contact' | 'contactless'; readonly emv: EmvReceiptData }
        | { readonly mode: 'contactless-mag-stripe' | 'mag-stripe' | 'fallback' | 'manual' };
    }
  | {
      readonly kind: 'qr';
      readonly scheme: Scheme;
      /** Who showed the code: the customer's phone to the scanner, or the terminal's to the phone. */
      readonly presentedBy: 'consumer' | 'merchant';
    };

/** The transaction a void, refund, completion or cancel refers to. */
export interface OriginalTransaction {
  readonly reference: string | undefined;
  readonly trace: string;
  readonly authCode: string | undefined;
}

export type ReceiptAmount =
  | { readonly kind: 'sale' | 'pre-auth' | 'qr-sale'; readonly amount: bigint }
  /** A refund may stand alone (no original found by card); the others always refer to one. */
  | { readonly kind: 'refund' | 'void' | 'pre-auth-completion' | 'pre-auth-cancel'; readonly amount: bigint; readonly original: OriginalTransaction | undefined }
  | { readonly kind: 'balance'; readonly balance: bigint };

export interface ReceiptTransaction {
  /** The terminal's own id of the transaction (the journal's UUID): the e-receipt's key, known
   *  to the backend from the upload, and there even when the host gave no reference. */
  readonly id: string;
  readonly amount: ReceiptAmount;
  /** ISO 4217 numeric, e.g. 156. Amounts are minor units of it. */
  readonly currency: number;
  readonly instrument: ReceiptInstrument;
  /** The host's retrieval reference number (参考号), or the wallet's order number for a QR
   *  payment; none for an offline approval. */
  readonly reference: string | undefined;
  /** Voucher / system trace number (凭证号). */
  readonly trace: string;
  readonly batch: string;
  readonly authCode: string | undefined;
  readonly operator: string;
  readonly at: Date;
}

export interface ReceiptMerchant {
  readonly nameZh: string;
  readonly nameEn: string;
  readonly merchantId: string;
  readonly terminalId: string;
}

export interface ReceiptSettings {
  readonly merchant: ReceiptMerchant;
  /** The e-receipt address: must hold "{id}" (the transaction's UUID as base64url of its 16
   *  bytes), may hold "{terminal}"; e.g. "https://r.example.cn/e/{terminal}/{id}". */
  readonly eReceiptUrl: string;
  /** IANA zone the slip's date and time are printed in, e.g. "Asia/Shanghai". */
  readonly timeZone: string;
}

export type ReceiptLanguage = 'zh-CN' | 'en';

export interface ReceiptCopy {
  readonly copy: 'merchant' | 'customer';
  /** The primary language; every label carries the other as its second line of sense. */
  readonly language: ReceiptLanguage;
  readonly reprint: boolean;
}

/** A contact or contactless record's CVM Results (9F34, EMV Book 4 Annex A4 Table 33) as the
 *  slip states it: the method of the rule performed when it did not fail, else no CVM. */
export function receiptCvm(cvmResults: Uint8Array): ReceiptCvm {
  const [method = CVM_NOT_PERFORMED, condition = 0, result = 0] = cvmResults;
  if (method === CVM_NOT_PERFORMED || result === 0x01) return 'no-cvm';
  switch (decodeCvRule(method, condition).method) {
    case 'enciphered-pin-online':
      return 'online-pin';
    case 'plaintext-pin-icc':
    case 'enciphered-pin-icc':
      return 'offline-pin';
    case 'plaintext-pin-icc-and-signature':
    case 'enciphered-pin-icc-and-signature':
      return 'offline-pin-and-signature';
    case 'signature':
      return 'signature';
    default:
      return 'no-cvm';
  }
}
