// The states of one Kernel 2 transaction (EMV Contactless Book C-2 §6), one discriminated
// union: each names the Book C-2 state or procedure it runs, and each step returns the next.
//
//   initiate ──► relay-resistance ─► read ─► check ─► restrict ─► select-cvm ─► manage-risk
//      │  (S1, S3: GPO)   (S3.60, R1)  (S4)   (S456)   (§7.7)      (§7.5)         (S456.37)
//      │                                                              ─► analyse ─► generate-ac ─► authenticate ─► done
//      │                                                                 (§7.8)     (§7.6, S9)     (S910)
//      └──► ms-read ─► ms-check ─► ms-checksum ─► ms-complete ─► done      (mag-stripe mode)
//           (S3.70, S7) (S7.20-24) (S78, CCC)     (S13 / S14)
import type { GenerateAcResponse } from '../../contact/generate-ac.js';
import type { CryptogramRequest } from '../../apdu/index.js';
import type { AflEntry } from '../../records/index.js';
import type { KernelOutcome } from '../kernel-contract.js';
import type { Track, TrackBitmaps } from './track-data.js';

export type State = { readonly step: 'initiate' } | RelayResistanceState | EmvModeState | MagStripeState | Done;

export interface Done {
  readonly step: 'done';
  readonly outcome: KernelOutcome;
}

/** S3.60-65 and state R1 (Book C-2 §5.3, §6.x): EXCHANGE RELAY RESISTANCE DATA, timed, sent
 *  again (at most twice more) when the answer came too late, then on to the EMV mode records. */
export interface RelayResistanceState {
  readonly step: 'relay-resistance';
  readonly afl: readonly AflEntry[];
  /** RRP Counter: exchanges already made. */
  readonly counter: number;
}

export type EmvModeState =
  | { readonly step: 'read'; readonly afl: readonly AflEntry[] }
  | { readonly step: 'check' }
  | { readonly step: 'restrict' }
  | { readonly step: 'select-cvm' }
  | { readonly step: 'manage-risk' }
  | { readonly step: 'analyse' }
  | { readonly step: 'generate-ac'; readonly request: CryptogramRequest; readonly withCda: boolean }
  | { readonly step: 'authenticate'; readonly ac: IssuedAc };

export interface IssuedAc {
  readonly response: GenerateAcResponse;
  readonly raw: Uint8Array;
  readonly cdolData: Uint8Array;
  readonly cdaRequested: boolean;
}

export type MagStripeState =
  /** S3.70-81, S7.9-19: READ RECORD of the mag-stripe data the Active AFL names. */
  | { readonly step: 'ms-read'; readonly afl: readonly AflEntry[] }
  /** S7.20-24: the tracks and their bitmaps are there and agree on nUN. */
  | { readonly step: 'ms-check' }
  /** S78: the transaction limit, the Unpredictable Number (Numeric), COMPUTE CRYPTOGRAPHIC
   *  CHECKSUM with the UDOL data; on to S13 (no on-device CVM) or S14 (on-device CVM). */
  | { readonly step: 'ms-checksum'; readonly layout: MagStripeLayout }
  /** S13.9-26 / S14: the checksum answer becomes the tracks of the Data Record and the Outcome. */
  | { readonly step: 'ms-complete'; readonly layout: MagStripeLayout; readonly answer: ChecksumAnswer };

/** What S7.20-24 found in the records: the tracks as personalised, their bitmaps, nUN. */
export interface MagStripeLayout {
  readonly track2: { readonly track: Track; readonly bitmaps: TrackBitmaps };
  readonly track1: { readonly track: Track; readonly bitmaps: TrackBitmaps } | undefined;
  readonly nUN: number;
  /** S78.18: the S14 path (the device may verify the cardholder itself). */
  readonly onDeviceCvm: boolean;
}

/** S13.11-14 / S14: the COMPUTE CRYPTOGRAPHIC CHECKSUM answer as the card gave it. */
export interface ChecksumAnswer {
  readonly atc: Uint8Array | undefined;
  readonly cvc3Track2: Uint8Array | undefined;
  readonly cvc3Track1: Uint8Array | undefined;
  /** DF4B POS Cardholder Interaction Information (phones). */
  readonly cardholderInteraction: Uint8Array | undefined;
}
