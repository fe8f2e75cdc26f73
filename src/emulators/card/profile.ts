// The shape of a virtual card profile: personalisation data, not behaviour. Values are hex as
// a personalisation file would hold them; tags are hex strings in TLV order. The card derives
// everything else (AFL, certificates, SDA/DDA data) from this, so a profile cannot contradict
// itself about what its records hold.
import type { GenericCvn } from '../../security/index.js';
import type { QuickProfile } from './quick-profile.js';

export type Hex = string;
export type CardInterface = 'contact' | 'contactless';

/** One data object of a record: [tag, value], both hex. */
export type DataObject = readonly [tag: Hex, value: Hex];

export interface CardProfile {
  readonly name: string;
  readonly description: string;
  /** Answer to reset per interface (contactless: the ATR a PC/SC reader builds, PC/SC part 3). */
  readonly atr: Readonly<Record<CardInterface, Hex>>;
  /** 5F2D and 9F11 of the PSE FCI. */
  readonly directory: { readonly languagePreference: string; readonly issuerCodeTableIndex: number };
  /** No PSE: SELECT '1PAY.SYS.DDF01' answers 6A82 and the terminal uses its list of AIDs (Book 1 §12.3.3). */
  readonly noPse?: boolean;
  /** A second directory below the PSE (Book 1 §12.2.3: a DDF entry, 9D, in a PSE record): the
   *  last `applications` applications are listed in the DDF's directory, not the PSE's. */
  readonly ddf?: { readonly name: Hex; readonly applications: number };
  /** Offline PIN, card-wide: the plaintext PIN VERIFY checks and its try limit (9F17 starts there). */
  readonly pin: { readonly digits: string; readonly tryLimit: number; /** PIN Try Counter when the card is made; tryLimit when absent. */ readonly initialTries?: number };
  readonly applications: readonly ApplicationProfile[];
}

export interface ApplicationProfile {
  readonly aid: Hex;
  /** 50, ans: also the label in PSE and PPSE entries. */
  readonly label: string;
  /** 9F12, in the code table 9F11 names. */
  readonly preferredName: string;
  /** 87; b8 set: the cardholder must confirm the application (Book 1 §12.2.3). */
  readonly priority: number;
  /** Blocked: SELECT answers 6283 (selected file invalidated) with its FCI (Book 1 §12.3.3). */
  readonly blocked?: boolean;
  /** 5F2D, e.g. 'en' or 'zhen'. */
  readonly languagePreference: string;
  /** 9F11. */
  readonly issuerCodeTableIndex: number;
  /** The BF0C FCI Issuer Discretionary Data objects (e.g. 9F4D log entry). */
  readonly issuerDiscretionary: readonly DataObject[];
  /** 9F4F Log Format; GET DATA 9F4F answers 6A88 without it. */
  readonly logFormat?: Hex;
  /** Interfaces the application is offered on; contactless adds a PPSE entry. */
  readonly contact?: { readonly pdol: Hex };
  readonly contactless?: { readonly pdol: Hex; /** 9F2A in the PPSE entry. */ readonly kernelId: Hex; /** GPO answers the qVSDC/qPBOC way. */ readonly quick?: QuickProfile };
  readonly processingOptions: ProcessingOptions;
  /** GET PROCESSING OPTIONS, INTERNAL AUTHENTICATE and GENERATE AC answer in this format
   *  (Book 3 §6.5: 80 primitive or 77 constructed); a CDA answer is always format 2. */
  readonly responseFormat: 'format1' | 'format2';
  readonly records: readonly RecordProfile[];
  readonly authentication: OfflineAuthentication;
  /** An ICC PIN Encipherment key pair of its own (Book 2 §7.1: 9F2D/9F2E/9F2F, in record 3 of the
   *  certificates' SFI), certified by the issuer key; without it enciphered PIN uses the ICC key. */
  readonly pinEncipherment?: { readonly key: string; readonly certificate: CertificateData };
  readonly cryptogram: CryptogramProfile;
  /** ATC (9F36) and Last Online ATC Register (9F13) when the card is made. */
  readonly counters: { readonly atc: number; readonly lastOnlineAtc: number };
  /** Mag-stripe mode (EMV Contactless Book C-2, PayPass Mag Stripe): the card answers COMPUTE
   *  CRYPTOGRAPHIC CHECKSUM. The tracks (9F6B, 56) and their bitmaps (9F62-9F67), and the UDOL
   *  (9F69) when not the default, are record data like any other. */
  readonly magStripe?: MagStripeProfile;
  /** The relay resistance protocol (Book C-2 §5.3, AIP byte 2 b1): the card answers EXCHANGE
   *  RELAY RESISTANCE DATA with these times, in units of 100 µs. */
  readonly relayResistance?: RelayResistanceProfile;
}

export interface MagStripeProfile {
  /** Issuer master key for CVC3 (TEST key, 16 bytes); cvc3.ts documents the derivation. */
  readonly imkCvc3: Hex;
  /** A phone wallet (AIP byte 1 b2): 'verified' when the cardholder verified on the device
   *  before the tap, 'not-verified' when the phone still wants it (asked for it through the
   *  Mobile Support Indicator, it answers without a CVC3: see phone). */
  readonly onDeviceCvm?: 'verified' | 'not-verified';
}

export interface RelayResistanceProfile {
  /** Min Time For Processing Relay Resistance APDU (DF8303). */
  readonly minTime: number;
  /** Max Time For Processing Relay Resistance APDU (DF8304). */
  readonly maxTime: number;
  /** Device Estimated Transmission Time For Relay Resistance R-APDU (DF8305). */
  readonly estimatedTransmissionTime: number;
  /** Fault: the CDA signature leaves the exchanged data out (Book C-2 S910.4 fails it). */
  readonly unsigned?: boolean;
}

export type ProcessingOptions =
  | { readonly kind: 'answer'; /** 82. */ readonly aip: Hex }
  /** Every GPO is refused with 6985, so the terminal drops the application. */
  | { readonly kind: 'conditions-not-satisfied'; readonly aip: Hex };

export interface RecordProfile {
  /** 1-30; SFI 1-10 records enter the static data without their 70 tag and length, 11-30 whole. */
  readonly sfi: number;
  readonly number: number;
  /** Whether the AFL marks the record for offline data authentication. */
  readonly signed: boolean;
  readonly data: readonly DataObject[];
}

/** The certificates are put in records 1 and 2 of `sfi` (not signed: they sign the rest). */
export type OfflineAuthentication =
  | { readonly kind: 'none' }
  | ({ readonly kind: 'sda'; readonly sfi: number; readonly issuerKey: string; readonly issuerCertificate: CertificateData; /** 9F45. */ readonly dataAuthenticationCode: Hex } & WrongSigner)
  | ({ readonly kind: 'dda' | 'cda'; readonly sfi: number; readonly issuerKey: string; readonly issuerCertificate: CertificateData; readonly iccKey: string; readonly iccCertificate: CertificateData } & WrongSigner);

/** A faulty personalisation: another issuer key signs the Signed Static Application Data (SDA)
 *  or the ICC Public Key Certificate (DDA/CDA), so the signature does not verify under the key
 *  the issuer certificate certifies (Book 2 §5.4 SDA, §6.4 ICC key recovery). */
interface WrongSigner {
  readonly wrongSigner?: string;
}

export interface CertificateData {
  /** MMYY. */
  readonly expiry: Hex;
  readonly serialNumber: Hex;
}

export interface CryptogramProfile {
  /** Issuer Master Key for Application Cryptograms (TEST key, 16 bytes). */
  readonly imk: Hex;
  /** Issuer Master Key for secure-messaging integrity (TEST key, 16 bytes): the script MACs. */
  readonly imkSmi: Hex;
  /** Issuer Master Key for secure-messaging confidentiality (TEST key, 16 bytes): a new PIN. */
  readonly imkSmc: Hex;
  /** posrt's generic cryptogram version (src/security/generic-cvn.ts): 01 checks an ARPC by
   *  method 1, 02 by method 2. */
  readonly cvn: GenericCvn;
  /** Derivation Key Index, IAD byte 2. */
  readonly derivationKeyIndex: number;
  readonly decision: CryptogramDecision;
  /** The card answers AAC to a second GENERATE AC asking for TC unless issuer authentication
   *  succeeded (an issuer's "issuer authentication required" option). */
  readonly arpcRequired?: boolean;
}

/** What the card answers to a first GENERATE AC that asks for TC (or ARQC). */
export type CryptogramDecision =
  | { readonly kind: 'always-online' }
  /** TC up to and including the limit (9F02, minor units), ARQC above it. */
  | { readonly kind: 'offline-up-to'; readonly limit: bigint }
  | { readonly kind: 'always-decline' };
