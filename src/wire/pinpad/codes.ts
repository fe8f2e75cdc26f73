// docs/protocols/pinpad.md §Commands: the numbers both ends of the PIN pad line agree on —
// command codes, status bytes, and the codes inside payloads. The terminal's driver and the
// pad emulator each encode their own side from these.

export const CMD = {
  deviceInfo: 0x01,
  display: 0x02,
  getOnlinePin: 0x03,
  verifyOfflinePin: 0x04,
  cancel: 0x05,
  beep: 0x06,
  keyLoad: 0x07,
  keyCheck: 0x08,
  /** Pad to terminal: a C-APDU for the card; answered with RELAY_RESPONSE. */
  relayApdu: 0x40,
  /** Pad to terminal: how many digits are in; no answer. */
  progress: 0x41,
} as const;

/** The answer to a command carries the command with the top bit set. */
export const RESPONSE_BIT = 0x80;
export const RELAY_RESPONSE = CMD.relayApdu | RESPONSE_BIT;

/** The first byte of every answer. */
export const STATUS = {
  ok: 0x00,
  cancelled: 0x01,
  timeout: 0x02,
  bypassed: 0x03,
  busy: 0x10,
  noKey: 0x11,
  badRequest: 0x12,
  unknownCommand: 0x13,
  keyRefused: 0x14,
  cardError: 0x15,
} as const;

export const PIN_BLOCK_FORMAT = { iso0: 0x00, iso1: 0x01, iso3: 0x03, iso4: 0x04 } as const;
export const PROMPT = { enterPin: 0x01, incorrectPin: 0x02, pinOk: 0x03, message: 0x04 } as const;
export const OFFLINE_MODE = { plaintext: 0x00, enciphered: 0x01 } as const;
/** VERIFY OFFLINE PIN's answer: what the card said to the pad's VERIFY, by index. */
export const OFFLINE_OUTCOMES = ['verified', 'wrong', 'blocked', 'rejected'] as const;
export type OfflineOutcome = (typeof OFFLINE_OUTCOMES)[number];

/** A try count the terminal does not know (PIN Try Counter not readable). */
export const UNKNOWN_TRIES = 0xff;
/** PIN entry time goes on the wire in whole seconds, 1 to 60. */
export const MAX_PIN_SECONDS = 60;
export const MAX_MESSAGE = 64;
