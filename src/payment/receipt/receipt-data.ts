// What a receipt prints, as the payment layer hands it over: the completed transaction (the
// journal maps its record into this), the merchant's configuration, and which copy in which
// language. Only what a slip shows is here; a card number arrives masked or not at all.
import { decodeCvRule } from '../../emv/cvm/index.js';
import { CVM_NOT_PERFORMED } from '../../emv/dictionary/index.js';

export type TransactionKind = 'sale' | 'refund' | 'void' | 'pre-auth' | 'completion' | 'balance' | 'qr';

/** The card networks and QR wallets totals are kept per. */
export type Scheme = 'unionpay' | 'visa' | 'mastercard' | 'jcb' | 'amex' | 'discover' | 'alipay' | 'wechat';

export type CardEntryMode = 'chip' | 'contactless' | 'swipe' | 'fallback-swipe' | 'manual';

/** How the cardholder was verified, as the slip states it. */
export type ReceiptCvm = 'online-pin' | 'offline-pin' | 'offline-pin-and-signature' | 'signature' | 'cdcvm' | 'no-cvm';

export type CryptogramType = 'TC' | 'ARQC' | 'AAC';

/** What the chip said, printed in the slip's EMV block. Values are upper-case hex. */
export interface EmvReceiptData {
  readonly applicationLabel: string | undefined;
  readonly aid: string;
  readonly cryptogram: { readonly type: CryptogramType; readonly value: string };
}

export type ReceiptInstrument =
  | {
      readonly kind: 'card';
      readonly scheme: Scheme;
      /** First 6 and last 4 digits at most, the rest '*': the layout refuses anything else. */
      readonly maskedPan: string;
      readonly cvm: ReceiptCvm;
      readonly entry:
        | { readonly mode: 'chip' | 'contactless'; readonly emv: EmvReceiptData }
        | { readonly mode: 'swipe' | 'fallback-swipe' | 'manual' };
    }
  | {
      readonly kind: 'qr';
      readonly scheme: Scheme;
      /** Who showed the code: the customer's phone to the scanner, or the terminal's to the phone. */
      readonly presentedBy: 'consumer' | 'merchant';
      /** The wallet's or acquirer's order number for the payment. */
      readonly orderNumber: string;
    };

/** The transaction a void, refund or completion refers to. */
export interface OriginalTransaction {
  readonly reference: string;
  readonly trace: string;
  readonly authCode: string | undefined;
}

export type ReceiptAmount =
  | { readonly kind: 'sale' | 'pre-auth' | 'qr'; readonly amount: bigint }
  | { readonly kind: 'refund' | 'void' | 'completion'; readonly amount: bigint; readonly original: OriginalTransaction }
  | { readonly kind: 'balance'; readonly balance: bigint };

export interface ReceiptTransaction {
  readonly amount: ReceiptAmount;
  /** ISO 4217 numeric, e.g. 156. Amounts are minor units of it. */
  readonly currency: number;
  readonly instrument: ReceiptInstrument;
  /** Retrieval reference number (参考号), the key of the e-receipt. */
  readonly reference: string;
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
  /** The e-receipt address: must hold "{reference}", may hold "{terminal}"; e.g.
   *  "https://r.example.cn/e/{terminal}/{reference}". */
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
