// What a profile adds to answer GET PROCESSING OPTIONS the quick way on the contactless
// interface: Visa qVSDC (EMV Contactless Book C-3, Visa Contactless Payment Specification) or
// UnionPay qPBOC (Book C-7, JR/T 0025.12). Personalisation data only; quick-gpo.ts acts on it.
import type { Hex } from './profile.js';

export interface QuickProfile {
  readonly mode: 'qvsdc' | 'qpboc';
  /** 9F6C Card Transaction Qualifiers as personalised (CVM and fallback wishes); the card adds
   *  "consumer device CVM performed" itself. */
  readonly ctq: Hex;
  /** A phone wallet: the cardholder verified on the device before the tap (CDCVM). */
  readonly consumerDeviceCvm?: boolean;
  /** A phone that wants the cardholder to verify on it first: GPO answers 6986 ("see phone").
   *  'first-tap': the cardholder unlocks it and the next tap goes through (Book C-3's see-phone
   *  flow); 'every-tap': it never is. */
  readonly seePhone?: 'first-tap' | 'every-tap';
  /** What the card may still spend offline, minor units: Visa's Available Offline Spending
   *  Amount (9F5D) or the UnionPay electronic cash balance (9F79). A TC must fit in it, and it
   *  is returned in the GPO answer, less the amount when the card approves offline. */
  readonly offlineBalance?: bigint;
  /** Fault: the Signed Dynamic Application Data is damaged after signing (fDDA fails). */
  readonly corruptSdad?: boolean;
}
