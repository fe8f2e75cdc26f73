// What a swipe means for the sale. The card's fields come from track 2 when it reads (the track
// an authorisation carries), else from track 1; the name only ever from track 1. A chip card
// (service code 2xx or 6xx) must be inserted: its swipe is 'insert-card' (E-MSR-0007) unless
// the policy allows fallback, which the payment layer sets only after this sale's chip read
// failed — then the swipe is taken once as 'fallback' (POS entry mode 80), per the card
// schemes' technical fallback rules, and the policy returns to refusing.
import { PosError, isPosError } from '../../errors/index.js';
import type { SwipeEvent, SwipePolicy, SwipedCard, TrackRead } from '../../kernel/index.js';
import { cardFromTrack1, cardFromTrack2 } from './iso7813.js';
import type { SwipeTracks } from './track-message.js';

export function swipeOutcome(tracks: SwipeTracks, policy: SwipePolicy): SwipeEvent {
  const { track1, track2 } = tracks;
  const from2 = parsed(track2, 2, cardFromTrack2);
  const from1 = parsed(track1, 1, cardFromTrack1);
  const found = from2.kind === 'card' ? from2.card : from1.kind === 'card' ? from1.card : null;
  if (!found) {
    const error = from2.kind === 'failed' ? from2.error : from1.kind === 'failed' ? from1.error : new PosError('E-MSR-0003', { reason: 'no track' });
    return { kind: 'unreadable', error, track1, track2 };
  }
  const card: SwipedCard = from1.kind === 'card' && found !== from1.card ? { ...found, name: from1.card.name } : found;
  if (!card.chip) return { kind: 'read', entry: 'magstripe', card, track1, track2 };
  if (!policy.fallbackAllowed) return { kind: 'insert-card', error: new PosError('E-MSR-0007', { serviceCode: card.serviceCode }) };
  return { kind: 'read', entry: 'fallback', card, track1, track2 };
}

type Parsed = { readonly kind: 'card'; readonly card: SwipedCard } | { readonly kind: 'failed'; readonly error: PosError } | { readonly kind: 'none' };

function parsed(read: TrackRead, track: 1 | 2, parse: (content: string) => SwipedCard): Parsed {
  switch (read.kind) {
    case 'blank':
      return { kind: 'none' };
    case 'error':
      return { kind: 'failed', error: new PosError(read.code, { track }) };
    case 'read':
      try {
        return { kind: 'card', card: parse(read.data.reveal()) };
      } catch (error) {
        if (isPosError(error)) return { kind: 'failed', error };
        throw error;
      }
  }
}
