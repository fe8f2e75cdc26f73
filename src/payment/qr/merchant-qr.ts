// The content of an EMV merchant-presented QR code (EMV QRCPS-MPM v1.1, its data object tables) as
// values: what the terminal builds for a dynamic code and what the parser reads back.

export interface SubObject {
  /** Two digits, "00"-"99". */
  readonly id: string;
  readonly value: string;
}

/** Merchant Account Information: IDs "02"-"25" are the networks' own primitive objects
 *  (Visa 02-03, Mastercard 04-05, EMVCo 06-08, Discover 09-10, Amex 11-12, JCB 13-14, UnionPay
 *  15-16, EMVCo 17-25); "26"-"51" are templates that open with a Globally Unique Identifier. */
export type MerchantAccount =
  | { readonly kind: 'primitive'; readonly id: string; readonly value: string }
  | { readonly kind: 'template'; readonly id: string; readonly guid: string; readonly data: readonly SubObject[] };

/** Additional Data Field Template (ID "62"): each at most 25 characters; "***" in a
 *  field asks the consumer's app to prompt for it. */
export interface AdditionalData {
  readonly billNumber?: string;
  readonly mobileNumber?: string;
  readonly storeLabel?: string;
  readonly loyaltyNumber?: string;
  readonly referenceLabel?: string;
  readonly customerLabel?: string;
  readonly terminalLabel?: string;
  readonly purpose?: string;
  /** Up to three of "A" (address), "M" (mobile), "E" (email) the consumer is asked for. */
  readonly consumerDataRequest?: string;
}

/** Merchant Information — Language Template (ID "64"): name and city in another
 *  language and script, e.g. { language: 'ZH', name: '鲜果便利店', city: '上海' }. */
export interface AlternateLanguage {
  /** ISO 639-1, two letters. */
  readonly language: string;
  readonly name: string;
  readonly city?: string;
}

interface MerchantQrCommon {
  readonly initiation: 'static' | 'dynamic';
  readonly accounts: readonly MerchantAccount[];
  /** ISO 18245, four digits. */
  readonly mcc: string;
  /** ISO 4217 numeric, e.g. 156. */
  readonly currency: number;
  /** ISO 3166-1 alpha-2, e.g. "CN". */
  readonly country: string;
  readonly merchantName: string;
  readonly city: string;
  readonly postalCode?: string;
  readonly additional?: AdditionalData;
  readonly alternateLanguage?: AlternateLanguage;
}

/** What the terminal builds: the amount in minor units of the currency. */
export interface MerchantQrInput extends MerchantQrCommon {
  readonly amount?: bigint;
}

export type TipIndicator =
  | { readonly kind: 'prompt' }
  | { readonly kind: 'fixed'; readonly fee: string }
  | { readonly kind: 'percentage'; readonly percent: string };

/** What a payload says, read back. */
export interface MerchantQr extends MerchantQrCommon {
  /** As written, e.g. "23.72": decimals follow the currency, which the code may not name. */
  readonly amount?: string;
  readonly tip?: TipIndicator;
  /** Templates "80"-"99", each opening with its Globally Unique Identifier. */
  readonly unreserved: readonly { readonly id: string; readonly guid: string; readonly data: readonly SubObject[] }[];
}
