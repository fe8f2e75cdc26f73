// src/emv/cvm entry point: EMV Book 3 §10.5 cardholder verification.
export { performCardholderVerification, signatureRequired, type CardholderVerificationInput, type CardholderVerificationOutcome } from './cardholder-verification.js';
export { parseCvmList, type CvmList, type CvmListReading } from './cvm-list.js';
export { decodeCvRule, type CvRule, type CvmMethod, type CvmCondition } from './cv-rule.js';
export { conditionSatisfied } from './condition.js';
export { terminalSupports } from './terminal-support.js';
export { cvmResults, noCvmPerformed, noCvmPerformedFailed, type CvmResultCode } from './cvm-results.js';
export type { CvmFollowUp } from './perform-rule.js';
export { offlinePinResultFromSw } from './verify-status.js';
export { readPinTryCounter } from './pin-try-counter.js';
export type { CvmTransaction, CvmTransactionType } from './transaction.js';
export type {
  PinPadPort,
  OfflinePinRequest,
  OfflinePinResult,
  OnlinePinRequest,
  OnlinePinResult,
  PinEntryStopped,
  RsaPublicKey,
} from './pin-pad-port.js';
