// docs/protocols/pinpad.md §Commands: the terminal's side of each command's payload — requests
// it encodes, responses it decodes. Every length is checked before a byte is read: a short or
// overlong answer is E-PINPAD-0006, never a silent misread.
import { PosError } from '../../errors/index.js';
import type { OnlinePinRequest, PinBlockFormat, PinPadPrompt } from '../../kernel/index.js';

export const CMD = {
  deviceInfo: 0x01,
  display: 0x02,
  getOnlinePin: 0x03,
  verifyOfflinePin: 0x04,
  cancel: 0x05,
  beep: 0x06,
  keyLoad: 0x07,
  keyCheck: 0x08,
  ping: 0x09,
  /** Pad to terminal: a C-APDU for the card; answered with RELAY_RESPONSE. */
  relayApdu: 0x40,
  /** Pad to terminal: how many digits are in; no answer. */
  progress: 0x41,
} as const;

/** The answer to a command carries the command with the top bit set. */
export const RESPONSE_BIT = 0x80;
export const RELAY_RESPONSE = CMD.relayApdu | RESPONSE_BIT;

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

const FORMAT_CODE: Record<PinBlockFormat, number> = { iso0: 0x00, iso1: 0x01, iso3: 0x03, iso4: 0x04 };
const PROMPT = { enterPin: 0x01, incorrectPin: 0x02, pinOk: 0x03, message: 0x04 } as const;
/** A try count the terminal does not know (PIN Try Counter not readable). */
export const UNKNOWN_TRIES = 0xff;
export const MAX_PIN_SECONDS = 60;
const MAX_MESSAGE = 64;

export interface DeviceInfo {
  readonly protocolVersion: number;
  readonly model: string;
  readonly serial: string;
  readonly firmware: string;
}

export type OfflinePinOutcomeCode = 'verified' | 'wrong' | 'blocked' | 'rejected';
const OUTCOMES: readonly OfflinePinOutcomeCode[] = ['verified', 'wrong', 'blocked', 'rejected'];

/** Status byte → the coded error for statuses that are failures of the pad, not of entry. */
export function statusError(cmd: number, status: number): PosError {
  switch (status) {
    case STATUS.busy:
      return new PosError('E-PINPAD-0009', { cmd });
    case STATUS.noKey:
      return new PosError('E-PINPAD-0007', { cmd });
    case STATUS.keyRefused:
      return new PosError('E-PINPAD-0008', { cmd });
    case STATUS.cardError:
      return new PosError('E-PINPAD-0010', { cmd });
    default:
      return new PosError('E-PINPAD-0005', { cmd, status });
  }
}

export function malformed(cmd: number, length: number): PosError {
  return new PosError('E-PINPAD-0006', { cmd, length });
}

export function encodeDisplay(prompt: PinPadPrompt): Uint8Array {
  switch (prompt.kind) {
    case 'enter-pin':
      return Uint8Array.of(PROMPT.enterPin, ...bcd(prompt.amount.toString(), 12), ...bcd(prompt.currencyCode, 4));
    case 'incorrect-pin':
      return Uint8Array.of(PROMPT.incorrectPin, prompt.triesLeft ?? UNKNOWN_TRIES);
    case 'pin-ok':
      return Uint8Array.of(PROMPT.pinOk);
    case 'message': {
      const text = new TextEncoder().encode(prompt.text);
      if (text.length > MAX_MESSAGE) throw new RangeError(`pin pad message ${text.length} bytes > ${MAX_MESSAGE}`);
      return Uint8Array.of(PROMPT.message, ...text);
    }
  }
}

export function encodeGetOnlinePin(r: OnlinePinRequest): Uint8Array {
  const pan = new TextEncoder().encode(r.pan);
  return Uint8Array.of(
    r.keySlot,
    FORMAT_CODE[r.format],
    r.minLength,
    r.maxLength,
    entrySeconds(r.timeoutMs),
    r.bypassAllowed ? 0x01 : 0x00,
    ...bcd(r.amount.toString(), 12),
    ...bcd(r.currency.code, 4),
    r.currency.exponent,
    pan.length,
    ...pan,
  );
}

export type OfflinePinEntry =
  | { readonly mode: 'plaintext'; readonly triesLeft: number | undefined }
  | {
      readonly mode: 'enciphered';
      readonly triesLeft: number | undefined;
      readonly key: { readonly modulus: Uint8Array; readonly exponent: Uint8Array };
      readonly challenge: Uint8Array;
    };

export function encodeVerifyOfflinePin(entry: OfflinePinEntry, timeoutMs: number): Uint8Array {
  const head = [entry.mode === 'plaintext' ? 0x00 : 0x01, entry.triesLeft ?? UNKNOWN_TRIES, entrySeconds(timeoutMs)];
  if (entry.mode === 'plaintext') return Uint8Array.from(head);
  const { modulus, exponent } = entry.key;
  return Uint8Array.of(
    ...head,
    entry.challenge.length,
    ...entry.challenge,
    modulus.length >> 8,
    modulus.length & 0xff,
    ...modulus,
    exponent.length,
    ...exponent,
  );
}

export type KeyLoad =
  | { readonly method: 'ipek'; readonly slot: number; readonly ipek: Uint8Array; readonly ksn: Uint8Array }
  | { readonly method: 'tr31'; readonly slot: number; readonly ksn: Uint8Array; readonly keyBlock: string };

export function encodeKeyLoad(load: KeyLoad): Uint8Array {
  if (load.method === 'ipek') return Uint8Array.of(load.slot, 0x01, ...load.ipek, ...load.ksn);
  return Uint8Array.of(load.slot, 0x02, ...load.ksn, ...new TextEncoder().encode(load.keyBlock));
}

export function encodeBeep(count: number, durationMs: number): Uint8Array {
  return Uint8Array.of(count, durationMs >> 8, durationMs & 0xff);
}

/** A response's status byte and what follows it. */
export function splitStatus(cmd: number, payload: Uint8Array): { status: number; body: Uint8Array } {
  if (payload.length < 1) throw malformed(cmd, payload.length);
  return { status: payload[0]!, body: payload.subarray(1) };
}

export function decodeDeviceInfo(body: Uint8Array): DeviceInfo {
  const reader = new Reader(CMD.deviceInfo, body);
  const protocolVersion = reader.byte();
  const model = reader.text();
  const serial = reader.text();
  const firmware = reader.text();
  reader.end();
  return { protocolVersion, model, serial, firmware };
}

export function decodeOnlinePin(body: Uint8Array): { pinBlock: Uint8Array; ksn: Uint8Array } {
  const reader = new Reader(CMD.getOnlinePin, body);
  const pinBlock = reader.bytes(reader.byte());
  const ksn = reader.bytes(reader.byte());
  reader.end();
  return { pinBlock, ksn };
}

export function decodeOfflinePin(body: Uint8Array): { outcome: OfflinePinOutcomeCode; sw: number } {
  const reader = new Reader(CMD.verifyOfflinePin, body);
  const outcome = OUTCOMES[reader.byte()];
  const sw = (reader.byte() << 8) | reader.byte();
  reader.end();
  if (!outcome) throw malformed(CMD.verifyOfflinePin, body.length);
  return { outcome, sw };
}

export function decodeKeyCheck(cmd: number, body: Uint8Array, withKsn: boolean): { kcv: Uint8Array; ksn: Uint8Array | null } {
  const reader = new Reader(cmd, body);
  const kcv = reader.bytes(3);
  const ksn = withKsn ? reader.bytes(10) : null;
  reader.end();
  return { kcv, ksn };
}

export function decodeProgress(payload: Uint8Array): number {
  if (payload.length !== 1) throw malformed(CMD.progress, payload.length);
  return payload[0]!;
}

/** PIN entry time goes on the wire in whole seconds, 1 to 60. */
function entrySeconds(ms: number): number {
  return Math.min(MAX_PIN_SECONDS, Math.max(1, Math.ceil(ms / 1000)));
}

/** Right-aligned packed BCD of a digit string, `digits` nibbles long. */
function bcd(text: string, digits: number): number[] {
  if (!/^\d*$/.test(text) || text.length > digits) throw new RangeError(`not ${digits} BCD digits`);
  const padded = text.padStart(digits, '0');
  const out: number[] = [];
  for (let i = 0; i < digits; i += 2) out.push((Number(padded[i]) << 4) | Number(padded[i + 1]));
  return out;
}

class Reader {
  private at = 0;
  constructor(
    private readonly cmd: number,
    private readonly body: Uint8Array,
  ) {}

  byte(): number {
    if (this.at >= this.body.length) throw malformed(this.cmd, this.body.length);
    return this.body[this.at++]!;
  }

  bytes(n: number): Uint8Array {
    if (this.at + n > this.body.length) throw malformed(this.cmd, this.body.length);
    const out = this.body.slice(this.at, this.at + n);
    this.at += n;
    return out;
  }

  text(): string {
    return new TextDecoder().decode(this.bytes(this.byte()));
  }

  end(): void {
    if (this.at !== this.body.length) throw malformed(this.cmd, this.body.length);
  }
}
