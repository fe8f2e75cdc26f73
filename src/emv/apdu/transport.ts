// The one seam between the EMV library and a card: the PC/SC session and the in-process
// virtual card both satisfy it. EMV Book 1 §9 puts T=0 procedure handling in the terminal
// transport layer; here it lives in exchange.ts, so a transport only moves bytes.

export interface CardTransport {
  /** Sends one C-APDU and resolves with the R-APDU exactly as the card sent it (data, SW1, SW2). */
  transmit(capdu: Uint8Array): Promise<Uint8Array>;
}
