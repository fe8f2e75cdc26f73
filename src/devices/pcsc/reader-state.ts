// Card presence from SCardGetStatusChange's dwEventState (PC/SC Part 5 §3.1.13, pcsc-lite
// winscard_clnt.c). The binding repeats states, so events come from comparing old and new.
// pcsc-lite puts a card event counter in the upper 16 bits: a counter that moved while the
// reader still shows a card means it was pulled and another one inserted between two polls.
import type { CardPresence } from '../../kernel/index.js';
import { SCARD } from './binding.js';

export interface ReaderState {
  readonly presence: CardPresence;
  readonly cardEvents: number;
}

export type PresenceEvent = { readonly kind: 'removed' } | { readonly kind: 'inserted'; readonly atr: Uint8Array };

export function decodeState(state: number, atr: Uint8Array | undefined): ReaderState {
  const cardEvents = state >>> 16;
  if (state & SCARD.STATE_PRESENT) {
    if (state & SCARD.STATE_MUTE || !atr || atr.length === 0) return { presence: { kind: 'mute' }, cardEvents };
    return { presence: { kind: 'present', atr: Uint8Array.from(atr) }, cardEvents };
  }
  return { presence: { kind: 'empty' }, cardEvents };
}

/** What happened between two states, in order; `before` is null for the first report. */
export function presenceEvents(before: ReaderState | null, after: ReaderState): PresenceEvent[] {
  const wasPresent = before?.presence.kind === 'present';
  const isPresent = after.presence.kind === 'present';
  const swapped = before !== null && before.cardEvents !== after.cardEvents;
  const out: PresenceEvent[] = [];
  if (wasPresent && (!isPresent || swapped)) out.push({ kind: 'removed' });
  if (after.presence.kind === 'present' && (!wasPresent || swapped)) out.push({ kind: 'inserted', atr: after.presence.atr });
  return out;
}
