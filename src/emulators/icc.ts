// The contract between a virtual card and the link that carries it (vsmartcard's vpcd
// protocol over TCP, or in-process). The link owns framing and sockets; the card owns only
// what an ICC does: answer to reset and answer C-APDUs.

/** What a card does with one C-APDU: answer it, or leave the field (a torn transaction). */
export type IccReply =
  | { readonly kind: 'response'; readonly rapdu: Uint8Array }
  | { readonly kind: 'removed' };

export interface VirtualIcc {
  /** Answer to reset; asked after power-on or reset. */
  atr(): Uint8Array;
  /** Power on or warm reset: the card's volatile state (selected application, session) clears. */
  reset(): void;
  /** Power off: same volatile clear as reset; persistent state (ATC, PIN try counter) stays. */
  powerOff(): void;
  /** One command. May be slow on purpose (latency faults), hence the promise. */
  transmit(capdu: Uint8Array): Promise<IccReply>;
}
