// EMV Book 3 §10.5 (CVM processing, Figure 8), §10.5.1-10.5.3 and Book 4 §6.3.4: performing
// the method of one CV Rule whose condition is satisfied.
import type { CardTransport } from '../apdu/index.js';
import type { TerminalCapabilities, Tvr } from '../dictionary/index.js';
import type { CvRule } from './cv-rule.js';
import type { CvmResultCode } from './cvm-results.js';
import { performOfflinePin, type OfflinePinMode } from './offline-pin.js';
import type { PinPadPort, RsaPublicKey } from './pin-pad-port.js';
import { pinCapability, terminalSupports } from './terminal-support.js';

/** What the terminal must still do after a CVM it could not finish on its own. */
export type CvmFollowUp =
  | { readonly kind: 'none' }
  | { readonly kind: 'signature' }
  | { readonly kind: 'online-pin'; readonly pinBlock: Uint8Array; readonly ksn: Uint8Array };

/** 'failed' with `attempted` false is a rule the terminal never tried (unrecognised or
 *  unsupported method): the CVM Results keep naming the last rule that was tried. */
export type RuleOutcome =
  | { readonly kind: 'performed'; readonly result: Exclude<CvmResultCode, 'failed'>; readonly followUp: CvmFollowUp }
  | { readonly kind: 'failed'; readonly attempted: boolean }
  | { readonly kind: 'stopped' };

export interface RuleContext {
  readonly card: CardTransport;
  readonly pinPad: PinPadPort;
  readonly tvr: Tvr;
  readonly terminalCapabilities: TerminalCapabilities;
  readonly pan: string;
  readonly iccPinKey: () => RsaPublicKey | undefined;
}

const NONE: CvmFollowUp = { kind: 'none' };
const SIGNATURE: CvmFollowUp = { kind: 'signature' };

export async function performRule(rule: CvRule, ctx: RuleContext): Promise<RuleOutcome> {
  const method = rule.method;
  if (typeof method !== 'string') {
    if (method.kind === 'unrecognised') ctx.tvr.set('unrecognisedCvm');
    return { kind: 'failed', attempted: false };
  }
  if (!terminalSupports(method, ctx.terminalCapabilities)) {
    // Book 3 §10.5.1-10.5.2: a PIN CVM on a terminal that cannot take that PIN is the
    // "PIN pad not present or not working" case.
    const pin = pinCapability(method);
    if (pin !== undefined && !ctx.terminalCapabilities.has(pin)) ctx.tvr.set('pinPadNotPresentOrNotWorking');
    return { kind: 'failed', attempted: false };
  }
  switch (method) {
    case 'fail':
      return { kind: 'failed', attempted: true };
    case 'no-cvm':
      return { kind: 'performed', result: 'successful', followUp: NONE };
    case 'signature':
      // Book 4 §6.3.4.3: the signature is checked by the attendant after the receipt prints.
      return { kind: 'performed', result: 'unknown', followUp: SIGNATURE };
    case 'enciphered-pin-online':
      return onlinePin(ctx);
    case 'plaintext-pin-icc':
      return offlinePin({ mode: 'plaintext' }, NONE, ctx);
    case 'plaintext-pin-icc-and-signature':
      return offlinePin({ mode: 'plaintext' }, SIGNATURE, ctx);
    case 'enciphered-pin-icc':
      return offlinePin({ mode: 'enciphered', key: ctx.iccPinKey() }, NONE, ctx);
    case 'enciphered-pin-icc-and-signature':
      return offlinePin({ mode: 'enciphered', key: ctx.iccPinKey() }, SIGNATURE, ctx);
  }
}

async function offlinePin(mode: OfflinePinMode, then: CvmFollowUp, ctx: RuleContext): Promise<RuleOutcome> {
  const outcome = await performOfflinePin(mode, ctx.card, ctx.pinPad, ctx.tvr);
  switch (outcome) {
    case 'verified':
      // With a signature still to come the CVM as a whole is not yet known to have succeeded.
      return { kind: 'performed', result: then.kind === 'signature' ? 'unknown' : 'successful', followUp: then };
    case 'failed':
      return { kind: 'failed', attempted: true };
    case 'stopped':
      return { kind: 'stopped' };
  }
}

/** Book 3 §10.5.2: the issuer checks an online PIN, so the CVM result stays unknown. */
async function onlinePin(ctx: RuleContext): Promise<RuleOutcome> {
  const result = await ctx.pinPad.getOnlinePin({ pan: ctx.pan });
  switch (result.kind) {
    case 'entered':
      ctx.tvr.set('onlineCvmCaptured');
      return { kind: 'performed', result: 'unknown', followUp: { kind: 'online-pin', pinBlock: result.pinBlock, ksn: result.ksn } };
    case 'bypassed':
      ctx.tvr.set('pinNotEntered');
      return { kind: 'failed', attempted: true };
    case 'pad-unavailable':
      ctx.tvr.set('pinPadNotPresentOrNotWorking');
      return { kind: 'failed', attempted: true };
    case 'cancelled':
    case 'timeout':
      return { kind: 'stopped' };
  }
}
