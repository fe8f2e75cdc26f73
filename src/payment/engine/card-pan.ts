// The journal keys a card by its PAN (its keyed hash finds the original of a refund, its mask goes
// on the slip), but the contact kernel hands out the masked PAN only, and a transaction the card
// approves offline sends no authorisation that would carry it. So the engine listens to the
// card's READ RECORD answers (EMV Book 3 §10.2) for the PAN (5A), else the track 2 equivalent
// data (57), as the kernel reads them. The digits stay in this object, in memory, for the one
// transaction; nothing here logs or stores them.
import { toHex } from '../../bytes/hex.js';
import type { CardTransport } from '../../emv/apdu/index.js';
import { panDigits } from '../../emv/contact/completion.js';
import { decodeTlvLenient, findValue } from '../../emv/tlv/index.js';

const READ_RECORD = 0xb2;

export interface PanListener extends CardTransport {
  /** The PAN's digits once a record carried it. */
  pan(): string | undefined;
}

export function listenForPan(card: CardTransport): PanListener {
  let pan: string | undefined;
  return {
    async transmit(capdu) {
      const rapdu = await card.transmit(capdu);
      if (pan === undefined && capdu[1] === READ_RECORD && rapdu.length > 2 && rapdu[rapdu.length - 2] === 0x90) pan = panOf(rapdu.subarray(0, -2));
      return rapdu;
    },
    pan: () => pan,
  };
}

/** 5A, else the PAN field of a track 2 (57, 9F6B): its digits up to the 'D' separator. */
export function panOf(data: Uint8Array | ReadonlyMap<number, Uint8Array>): string | undefined {
  const get = (tag: number): Uint8Array | undefined => (data instanceof Uint8Array ? findValue(decodeTlvLenient(data).nodes, tag) : data.get(tag));
  const pan = get(0x5a);
  if (pan !== undefined) return panDigits(pan);
  const track2 = get(0x57) ?? get(0x9f6b);
  return track2 === undefined ? undefined : toHex(track2).split('D')[0];
}
