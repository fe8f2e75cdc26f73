// docs/protocols/pinpad.md §Commands: the terminal's side of each command's payload — requests
// it encodes, answers it decodes. Every length is checked before a byte is read: a short or
// overlong answer is E-PINPAD-0006, never a silent misread.
import { PosError } from '../../errors/index.js';
import type { OfflinePinRequest, OnlinePinRequest, PinPadPrompt } from '../../kernel/index.js';
import {
  CMD,
  MAX_MESSAGE,
  MAX_PIN_SECONDS,
  OFFLINE_MODE,
  OFFLINE_OUTCOMES,
  PIN_BLOCK_FORMAT,
  PROMPT,
  STATUS,
  UNKNOWN_TRIES,
  type OfflineOutcome,
} from '../../wire/pinpad/codes.js';
import { bcd, malformed, PayloadReader, prefixed } from '../../wire/pinpad/payload.js';

export interface DeviceInfo {
  readonly protocolVersion: number;
  readonly model: string;
  readonly serial: string;
  readonly firmware: string;
}

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
  return Uint8Array.of(
    r.keySlot,
    PIN_BLOCK_FORMAT[r.format],
    r.minLength,
    r.maxLength,
    entrySeconds(r.timeoutMs),
    r.bypassAllowed ? 0x01 : 0x00,
    ...bcd(r.amount.toString(), 12),
    ...bcd(r.currency.code, 4),
    r.currency.exponent,
    ...prefixed(new TextEncoder().encode(r.pan)),
  );
}

export function encodeVerifyOfflinePin(r: OfflinePinRequest): Uint8Array {
  const head = [OFFLINE_MODE[r.mode], r.triesLeft ?? UNKNOWN_TRIES, entrySeconds(r.timeoutMs), r.bypassAllowed ? 0x01 : 0x00];
  if (r.mode === 'plaintext') return Uint8Array.from(head);
  const { modulus, exponent } = r.key;
  return Uint8Array.of(...head, ...prefixed(r.challenge), modulus.length >> 8, modulus.length & 0xff, ...modulus, ...prefixed(exponent));
}

/** How long the pad may take to answer an entry: the entry time it was given, as it will count it. */
export function entryWindowMs(timeoutMs: number): number {
  return entrySeconds(timeoutMs) * 1000;
}

export function decodeDeviceInfo(body: Uint8Array): DeviceInfo {
  const reader = new PayloadReader(CMD.deviceInfo, body);
  const protocolVersion = reader.byte();
  const model = reader.text();
  const serial = reader.text();
  const firmware = reader.text();
  reader.end();
  return { protocolVersion, model, serial, firmware };
}

export function decodeOnlinePin(body: Uint8Array): { pinBlock: Uint8Array; ksn: Uint8Array } {
  const reader = new PayloadReader(CMD.getOnlinePin, body);
  const pinBlock = reader.prefixed();
  const ksn = reader.prefixed();
  reader.end();
  return { pinBlock, ksn };
}

export function decodeOfflinePin(body: Uint8Array): { outcome: OfflineOutcome; sw: number } {
  const reader = new PayloadReader(CMD.verifyOfflinePin, body);
  const outcome = OFFLINE_OUTCOMES[reader.byte()];
  const sw = reader.u16();
  reader.end();
  if (!outcome) throw malformed(CMD.verifyOfflinePin, body.length);
  return { outcome, sw };
}

export function decodeProgress(payload: Uint8Array): number {
  const reader = new PayloadReader(CMD.progress, payload);
  const digits = reader.byte();
  reader.end();
  return digits;
}

function entrySeconds(ms: number): number {
  return Math.min(MAX_PIN_SECONDS, Math.max(1, Math.ceil(ms / 1000)));
}
