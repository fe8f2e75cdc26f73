// How a quick transaction ends, EMV Contactless Book C-3 §5.6-5.7 (Book C-7 alike), from the
// cryptogram the card chose in its GPO answer and what the reader found:
//   AAC   declined.
//   ARQC  online request, unless the reader is offline-only (declined) or no CVM is possible.
//         fDDA for online (TTQ byte 1 b1) only marks the TVR when it fails: the issuer decides.
//   TC    approved when fDDA succeeded, the application has not expired and the CVM can be
//         done. fDDA failed: online when the CTQ says "go online if ODA fails" and the reader
//         can go online; the contact interface when it says "switch interface if ODA fails"
//         and the reader has one; else declined. Expired: online when the CTQ says "go online
//         if application expired" and the reader can; else declined.
import type { CryptogramKind } from '../../contact/outcome.js';
import type { QuickCvm } from './cvm.js';
import type { FddaResult } from './fdda.js';
import type { Ctq, Ttq } from './session.js';

export type QuickDecision =
  | { readonly kind: 'approved'; readonly cvm: Exclude<QuickCvm, 'not-possible'> }
  | { readonly kind: 'online-request'; readonly cvm: Exclude<QuickCvm, 'not-possible'> }
  | { readonly kind: 'declined' }
  | { readonly kind: 'try-another-interface' };

export interface DecisionInput {
  readonly cryptogram: CryptogramKind;
  readonly fdda: FddaResult | 'not-performed';
  readonly expired: boolean;
  readonly cvm: QuickCvm;
  readonly ttq: Ttq;
  readonly ctq: Ctq | undefined;
}

export function decideQuick(input: DecisionInput): QuickDecision {
  const { cryptogram, ttq, ctq, cvm } = input;
  const canGoOnline = !ttq.has('offlineOnlyReader');
  if (cryptogram === 'AAC' || cvm === 'not-possible') return { kind: 'declined' };
  if (cryptogram === 'ARQC') return canGoOnline ? { kind: 'online-request', cvm } : { kind: 'declined' };
  if (input.fdda === 'not-performed' || input.fdda.result === 'failed') {
    if (ctq?.has('goOnlineIfOdaFails') && canGoOnline) return { kind: 'online-request', cvm };
    if (ctq?.has('switchInterfaceIfOdaFails') && ttq.has('emvContactChipSupported')) return { kind: 'try-another-interface' };
    return { kind: 'declined' };
  }
  if (input.expired) return ctq?.has('goOnlineIfApplicationExpired') && canGoOnline ? { kind: 'online-request', cvm } : { kind: 'declined' };
  return { kind: 'approved', cvm };
}
