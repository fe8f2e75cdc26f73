// Waits for the cardholder to insert or tap (EMV Book 4 §11.2 "Present card" / "Insert, swipe or
// try another card"): the first reader that sees a card wins. Readers report presence by
// polling (pcscd's status change), so this polls their last report rather than the card.
import { PosError } from '../../errors/index.js';
import type { CardReader } from '../../kernel/index.js';

export type PresentedOn = { readonly kind: 'contact'; readonly reader: CardReader } | { readonly kind: 'contactless'; readonly reader: CardReader };

const POLL_MS = 20;

export async function waitForCard(readers: { readonly contact?: CardReader | undefined; readonly contactless?: CardReader | undefined }, timeoutMs: number, signal?: AbortSignal): Promise<PresentedOn> {
  const started = Date.now();
  for (;;) {
    // Contact first: a card in the slot is the cardholder's choice over one near the antenna.
    if (readers.contact?.presence().kind === 'present') return { kind: 'contact', reader: readers.contact };
    if (readers.contactless?.presence().kind === 'present') return { kind: 'contactless', reader: readers.contactless };
    if (signal?.aborted === true || Date.now() - started >= timeoutMs) throw new PosError('E-TXN-0003', { waitedMs: Date.now() - started });
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
