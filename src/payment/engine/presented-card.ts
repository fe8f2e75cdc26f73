// A contactless card leaves the field and comes back: after "Try Again" (EMV Contactless Book
// B §3.5.1.3) Entry Point starts over at protocol activation and the cardholder taps again. Over
// PC/SC a card that left ended its session, so the next APDU after a loss waits for the card to
// be presented again and opens a new session; a card that does not come back within the bound
// ends with the loss's own error.
import type { CardTransport } from '../../emv/apdu/index.js';
import { isPosError, PosError } from '../../errors/index.js';
import type { CardReader, CardSession } from '../../kernel/index.js';

export interface PresentedCard extends CardTransport {
  close(): Promise<void>;
}

const POLL_MS = 100;

export function presentedCard(reader: CardReader, first: CardSession, waitMs: number): PresentedCard {
  let session = first;
  let lost: PosError | undefined;
  const watch = (s: CardSession): void =>
    void s.ended.then((end) => {
      if (s === session && end.kind === 'lost') lost = end.error;
    });
  watch(first);
  return {
    async transmit(capdu) {
      if (lost !== undefined) {
        const why = lost;
        await session.close();
        session = await presentAgain(reader, waitMs, why);
        lost = undefined;
        watch(session);
      }
      return session.transmit(capdu);
    },
    close: () => session.close(),
  };
}

async function presentAgain(reader: CardReader, waitMs: number, why: PosError): Promise<CardSession> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (reader.presence().kind === 'present') {
      try {
        return await reader.connect();
      } catch (e) {
        // The reader may still show the card that left until its next presence poll.
        if (!isPosError(e)) throw e;
      }
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new PosError(why.code, { ...why.context, waitedMs: waitMs });
}
