// ISO/IEC 7816-4 §5.1.3 (EMV Book 3 §6.3.5): an R-APDU is the data then SW1 SW2. The status
// words the virtual card uses, named after their ISO/IEC 7816-4 §5.6 meanings.
export const SW = {
  ok: 0x9000,
  /** 6300: authentication failed (EXTERNAL AUTHENTICATE, Book 3 §6.5.4.4). */
  authenticationFailed: 0x6300,
  wrongLength: 0x6700,
  pinBlocked: 0x6983,
  /** 6988: secure messaging data objects incorrect (a script MAC that does not verify). */
  secureMessagingIncorrect: 0x6988,
  /** 6A81: function not supported (a blocked card, Book 3 §6.5.3). */
  functionNotSupported: 0x6a81,
  conditionsNotSatisfied: 0x6985,
  wrongData: 0x6a80,
  fileNotFound: 0x6a82,
  recordNotFound: 0x6a83,
  wrongParameters: 0x6a86,
  dataNotFound: 0x6a88,
  insNotSupported: 0x6d00,
  claNotSupported: 0x6e00,
} as const;

/** 63Cx: the PIN was wrong, x tries remain (Book 3 §6.5.12.4). */
export function pinTriesRemaining(tries: number): number {
  return 0x63c0 | Math.min(tries, 15);
}

export interface CardResponse {
  readonly data: Uint8Array;
  readonly sw: number;
}

export function respond(data: Uint8Array, sw: number = SW.ok): CardResponse {
  return { data, sw };
}

export function status(sw: number): CardResponse {
  return { data: new Uint8Array(0), sw };
}

export function toRapdu(response: CardResponse): Uint8Array {
  const out = new Uint8Array(response.data.length + 2);
  out.set(response.data, 0);
  out[response.data.length] = response.sw >> 8;
  out[response.data.length + 1] = response.sw & 0xff;
  return out;
}
