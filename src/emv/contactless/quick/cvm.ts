// Cardholder verification of the quick kernels, EMV Contactless Book C-3 §5.5 (Book C-7
// alike): the card says in its CTQ (9F6C) what it wants, the reader in its TTQ (9F66) what it
// can do. With a CTQ:
//   "consumer device CVM performed"  the phone verified its user: Confirmation Code Verified,
//                                    provided the CTQ the card signed in 9F69 says the same;
//   "online PIN required"            online PIN, if the reader supports it and goes online;
//   "signature required"             signature, if the reader supports it;
//   a CVM asked for (by the card, or by the reader's "CVM required") that the reader cannot
//   do leaves no CVM possible, and the transaction is declined.
// Without a CTQ, a reader that requires a CVM takes signature, else online PIN for an ARQC.
import { bytesEqual } from '../../../bytes/hex.js';
import type { CryptogramKind } from '../../contact/outcome.js';
import type { OutcomeParameterSet } from '../kernel-contract.js';
import type { Ctq, Ttq } from './session.js';

export type QuickCvm = Exclude<OutcomeParameterSet['cvm'], 'n/a'> | 'not-possible';

export interface CvmInput {
  readonly ttq: Ttq;
  readonly ctq: Ctq | undefined;
  readonly cryptogram: CryptogramKind;
  /** 9F69, when the card sent one: bytes 6-7 repeat the CTQ under the fDDA signature. */
  readonly cardAuthenticationData: Uint8Array | undefined;
}

const SIGNED_CTQ = [5, 7] as const;

export function chooseQuickCvm({ ttq, ctq, cryptogram, cardAuthenticationData }: CvmInput): QuickCvm {
  const online = cryptogram === 'ARQC';
  if (ctq === undefined) {
    if (!ttq.has('cvmRequired')) return 'no-cvm';
    if (ttq.has('signatureSupported')) return 'signature';
    return online && ttq.has('onlinePinSupported') ? 'online-pin' : 'not-possible';
  }
  if (ctq.has('consumerDeviceCvmPerformed')) {
    const signed = cardAuthenticationData?.subarray(...SIGNED_CTQ);
    return signed === undefined || signed.length < 2 || bytesEqual(signed, ctq.value()) ? 'confirmation-code-verified' : 'not-possible';
  }
  if (ctq.has('onlinePinRequired') && online && ttq.has('onlinePinSupported')) return 'online-pin';
  if (ctq.has('signatureRequired') && ttq.has('signatureSupported')) return 'signature';
  const asked = ctq.has('onlinePinRequired') || ctq.has('signatureRequired') || ttq.has('cvmRequired');
  return asked ? 'not-possible' : 'no-cvm';
}
