// EMV Book 3 §10.5.1 Offline PIN Processing, Book 2 §7.1 (enciphered PIN) and Book 4
// §6.3.4.1: read the PIN Try Counter, fetch a challenge for an enciphered PIN, let the PIN pad
// verify the PIN against the card, and record in the TVR why a PIN was not verified.
import { PosError } from '../../errors/index.js';
import { exchange, getChallengeCommand, type CardTransport } from '../apdu/index.js';
import type { Tvr } from '../dictionary/index.js';
import type { OfflinePinRequest, PinPadPort, RsaPublicKey } from './pin-pad-port.js';
import { readPinTryCounter } from './pin-try-counter.js';

export type OfflinePinMode = { readonly mode: 'plaintext' } | { readonly mode: 'enciphered'; readonly key: RsaPublicKey | undefined };

type PinForm = { readonly mode: 'plaintext' } | { readonly mode: 'enciphered'; readonly key: RsaPublicKey };

/** How one offline PIN CVM ended: 'stopped' is the cardholder cancelling (or timing out),
 *  which ends the transaction rather than moving to the next CV Rule. */
export type OfflinePinOutcome = 'verified' | 'failed' | 'stopped';

/** SW 63Cx counts at most 15 tries left: more wrong answers than that is a broken pad or card. */
const MAX_ATTEMPTS = 16;
const CHALLENGE_LENGTH = 8;

export async function performOfflinePin(mode: OfflinePinMode, card: CardTransport, pad: PinPadPort, tvr: Tvr): Promise<OfflinePinOutcome> {
  // Without the key ODA recovers the PIN cannot be enciphered: the CVM fails (Book 2 §7.1).
  let form: PinForm;
  if (mode.mode === 'plaintext') form = mode;
  else if (mode.key !== undefined) form = { mode: 'enciphered', key: mode.key };
  else return 'failed';
  let triesLeft = await readPinTryCounter(card);
  if (triesLeft === 0) {
    tvr.set('pinTryLimitExceeded');
    return 'failed';
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const request = await buildRequest(form, triesLeft, card);
    if (request === null) return 'failed';
    const result = await pad.verifyOfflinePin(request, card);
    switch (result.kind) {
      case 'verified':
        return 'verified';
      case 'wrong':
        if (result.triesLeft === 0) {
          tvr.set('pinTryLimitExceeded');
          return 'failed';
        }
        // Book 3 §10.5.1: while tries remain the cardholder may enter the PIN again.
        triesLeft = result.triesLeft;
        break;
      case 'blocked':
        tvr.set('pinTryLimitExceeded');
        return 'failed';
      case 'rejected':
        return 'failed';
      case 'bypassed':
        tvr.set('pinNotEntered');
        return 'failed';
      case 'pad-unavailable':
        tvr.set('pinPadNotPresentOrNotWorking');
        return 'failed';
      case 'cancelled':
      case 'timeout':
        return 'stopped';
    }
  }
  throw new PosError('E-CVM-0002', { attempts: MAX_ATTEMPTS, step: 'offline-pin' });
}

/** For an enciphered PIN each VERIFY needs its own challenge (Book 3 §6.5.6); a card that
 *  gives none cannot take an enciphered PIN, and the CVM fails. */
async function buildRequest(form: PinForm, triesLeft: number | undefined, card: CardTransport): Promise<OfflinePinRequest | null> {
  if (form.mode === 'plaintext') return { mode: 'plaintext', triesLeft };
  const challenge = await exchange(card, getChallengeCommand());
  if (challenge.sw !== 0x9000 || challenge.data.length !== CHALLENGE_LENGTH) return null;
  return { mode: 'enciphered', triesLeft, key: form.key, challenge: challenge.data };
}
