// The emulated PIN pad's side of docs/protocols/pinpad.md §Commands: it decodes each request,
// answers it, and for the two entries takes the PIN from its keypad. Online PIN leaves as an
// ISO 9564-1 block under the slot's next DUKPT key, with the KSN; offline PIN becomes a VERIFY
// (EMV Book 3 §6.5.12: plaintext format 2, or Book 2 §7.2 enciphered under the ICC key) that
// goes to the card through the terminal's relay. Only outcomes and status words leave the pad.
import { randomBytes } from 'node:crypto';
import { PosError, isPosError } from '../../errors/index.js';
// The modules themselves, not the folders' indexes: the emulator is its own process, started
// beside every npm start, and the indexes would load all of EMV and security with it.
import { verifyCommand } from '../../emv/apdu/commands.js';
import { exchange } from '../../emv/apdu/exchange.js';
import type { CardTransport } from '../../emv/apdu/transport.js';
import { offlinePinResultFromSw } from '../../emv/cvm/verify-status.js';
import { encipherOfflinePin } from '../../security/offline-pin-encipherment.js';
import { encodePinBlock } from '../../security/pin-block.js';
import { pinBlockFormat2 } from '../../security/pin-block-format2.js';
import { encipherPinBlockFormat4 } from '../../security/pin-block-format4.js';
import { tdesEncryptEcb } from '../../security/tdes.js';
import { CMD, OFFLINE_MODE, OFFLINE_OUTCOMES, PIN_BLOCK_FORMAT, PROMPT, RELAY_RESPONSE, RESPONSE_BIT, STATUS, UNKNOWN_TRIES } from '../../wire/pinpad/codes.js';
import type { Frame } from '../../wire/pinpad/frame.js';
import { PayloadReader, prefixed } from '../../wire/pinpad/payload.js';
import type { KeyStore } from './key-store.js';
import type { EntryResult, Keypad } from './keypad.js';

export const PROTOCOL_VERSION = 1;
/** How long the pad waits for the card's answer through the relay. */
const RELAY_TIMEOUT_MS = 5_000;

export interface PadIdentity {
  readonly model: string;
  readonly serial: string;
  readonly firmware: string;
}

/** What the pad shows or does, for whoever watches it (stdout in serve.ts); never a PIN or key. */
export type PadEvent =
  | { readonly event: 'awaiting-pin'; readonly mode: 'online' | 'offline'; readonly triesLeft?: number }
  | { readonly event: 'entry-ended'; readonly result: EntryResult['kind'] }
  | { readonly event: 'display'; readonly prompt: string; readonly text?: string }
  | { readonly event: 'beep'; readonly count: number; readonly durationMs: number }
  | { readonly event: 'key-loaded'; readonly slot: number }
  | { readonly event: 'refused'; readonly cmd: number; readonly status: number };

export interface PadOptions {
  readonly identity: PadIdentity;
  readonly keys: KeyStore;
  readonly keypad: Keypad;
  /** Sends a frame to the terminal; resolves on its ACK. */
  readonly send: (cmd: number, payload: Uint8Array) => Promise<void>;
  readonly notify: (event: PadEvent) => void;
}

type Relay = { readonly kind: 'idle' } | { readonly kind: 'waiting'; readonly resolve: (answer: Uint8Array) => void };

const ENTRY_STATUS: Record<Exclude<EntryResult['kind'], 'entered'>, number> = { cancelled: STATUS.cancelled, timeout: STATUS.timeout, bypassed: STATUS.bypassed };
const FORMAT_BY_CODE = new Map<number, keyof typeof PIN_BLOCK_FORMAT>(Object.entries(PIN_BLOCK_FORMAT).map(([k, v]) => [v, k as keyof typeof PIN_BLOCK_FORMAT]));

export class EmulatedPinPad {
  private relayState: Relay = { kind: 'idle' };

  constructor(private readonly options: PadOptions) {}

  /** Each frame the link delivers. */
  receive(frame: Frame): void {
    if (frame.cmd === RELAY_RESPONSE) return this.relayAnswered(frame.payload);
    void this.answer(frame.cmd, frame.payload);
  }

  private async answer(cmd: number, payload: Uint8Array): Promise<void> {
    let reply: number[];
    try {
      reply = await this.handle(cmd, payload);
    } catch (error) {
      reply = [statusOf(error)];
    }
    if (reply[0] !== STATUS.ok) this.options.notify({ event: 'refused', cmd, status: reply[0]! });
    await this.options.send(cmd | RESPONSE_BIT, Uint8Array.from(reply)).catch(() => undefined);
  }

  private async handle(cmd: number, payload: Uint8Array): Promise<number[]> {
    const reader = new PayloadReader(cmd, payload);
    switch (cmd) {
      case CMD.deviceInfo: {
        reader.end();
        const { model, serial, firmware } = this.options.identity;
        const text = (s: string) => prefixed(new TextEncoder().encode(s));
        return [STATUS.ok, PROTOCOL_VERSION, ...text(model), ...text(serial), ...text(firmware)];
      }
      case CMD.display:
        this.display(reader);
        return [STATUS.ok];
      case CMD.getOnlinePin:
        return this.onlinePin(reader);
      case CMD.verifyOfflinePin:
        return this.offlinePin(reader);
      case CMD.cancel:
        reader.end();
        this.options.keypad.cancel();
        return [STATUS.ok];
      case CMD.beep: {
        const count = reader.byte();
        const durationMs = reader.u16();
        reader.end();
        this.options.notify({ event: 'beep', count, durationMs });
        return [STATUS.ok];
      }
      case CMD.keyLoad: {
        const slot = reader.byte();
        const ksn = reader.prefixed();
        const block = new TextDecoder().decode(reader.rest());
        const kcv = this.options.keys.load(slot, ksn, block);
        this.options.notify({ event: 'key-loaded', slot });
        return [STATUS.ok, ...prefixed(kcv)];
      }
      case CMD.keyCheck: {
        const slot = reader.byte();
        reader.end();
        const check = this.options.keys.check(slot);
        if (!check) return [STATUS.noKey];
        return [STATUS.ok, ...prefixed(check.kcv), ...prefixed(check.ksn)];
      }
      default:
        return [STATUS.unknownCommand];
    }
  }

  private display(reader: PayloadReader): void {
    const kind = reader.byte();
    switch (kind) {
      case PROMPT.enterPin: {
        const amount = reader.bcd(12);
        const currency = reader.bcd(4);
        reader.end();
        this.options.notify({ event: 'display', prompt: 'enter-pin', text: `${BigInt(amount)} ${currency.slice(1)}` });
        return;
      }
      case PROMPT.incorrectPin: {
        const tries = reader.byte();
        reader.end();
        this.options.notify({ event: 'display', prompt: 'incorrect-pin', ...(tries === UNKNOWN_TRIES ? {} : { text: `${tries}` }) });
        return;
      }
      case PROMPT.pinOk:
        reader.end();
        this.options.notify({ event: 'display', prompt: 'pin-ok' });
        return;
      case PROMPT.message:
        this.options.notify({ event: 'display', prompt: 'message', text: new TextDecoder().decode(reader.rest()) });
        return;
      default:
        throw new PosError('E-PINPAD-0006', { cmd: CMD.display, prompt: kind });
    }
  }

  private async onlinePin(reader: PayloadReader): Promise<number[]> {
    const slot = reader.byte();
    const format = FORMAT_BY_CODE.get(reader.byte());
    const minLength = reader.byte();
    const maxLength = reader.byte();
    const seconds = reader.byte();
    const bypassAllowed = reader.byte() === 0x01;
    reader.bcd(12); // amount and currency: for the pad's own display
    reader.bcd(4);
    reader.byte();
    const pan = new TextDecoder().decode(reader.prefixed());
    reader.end();
    if (this.options.keypad.open) return [STATUS.busy];
    const algorithm = this.options.keys.algorithmOf(slot);
    if (!algorithm) return [STATUS.noKey];
    // Format 4 is the AES block (ISO 9564-1 §9.4); 0, 1 and 3 are 8-byte TDES blocks.
    if (!format || (format === 'iso4') !== (algorithm === 'aes') || !/^\d{12,19}$/.test(pan)) return [STATUS.badRequest];
    this.options.notify({ event: 'awaiting-pin', mode: 'online' });
    const entry = await this.take({ minLength, maxLength, seconds, bypassAllowed });
    if (entry.kind !== 'entered') return [ENTRY_STATUS[entry.kind]];
    const next = this.options.keys.nextPinKey(slot);
    if (!next) return [STATUS.noKey];
    const block =
      format === 'iso4'
        ? encipherPinBlockFormat4(next.key, entry.pin, pan)
        : tdesEncryptEcb(next.key, encodePinBlock(format === 'iso0' ? 0 : format === 'iso1' ? 1 : 3, entry.pin, format === 'iso1' ? undefined : pan));
    return [STATUS.ok, ...prefixed(block), ...prefixed(next.ksn)];
  }

  private async offlinePin(reader: PayloadReader): Promise<number[]> {
    const mode = reader.byte();
    const tries = reader.byte();
    const seconds = reader.byte();
    const bypassAllowed = reader.byte() === 0x01;
    let key: { modulus: Uint8Array; exponent: Uint8Array; challenge: Uint8Array } | null = null;
    if (mode === OFFLINE_MODE.enciphered) {
      const challenge = reader.prefixed();
      const modulus = reader.bytes(reader.u16());
      const exponent = reader.prefixed();
      key = { modulus, exponent, challenge };
    } else if (mode !== OFFLINE_MODE.plaintext) return [STATUS.badRequest];
    reader.end();
    if (this.options.keypad.open) return [STATUS.busy];
    this.options.notify({ event: 'awaiting-pin', mode: 'offline', ...(tries === UNKNOWN_TRIES ? {} : { triesLeft: tries }) });
    // Book 3 §6.5.12.2: the offline PIN is 4 to 12 digits.
    const entry = await this.take({ minLength: 4, maxLength: 12, seconds, bypassAllowed });
    if (entry.kind !== 'entered') return [ENTRY_STATUS[entry.kind]];
    const block = pinBlockFormat2(entry.pin);
    const command = key
      ? verifyCommand(encipherOfflinePin(block, key.challenge, key, (n) => Uint8Array.from(randomBytes(n))), 'enciphered')
      : verifyCommand(block, 'plaintext');
    const card: CardTransport = { transmit: (capdu) => this.relay(capdu) };
    let sw: number;
    try {
      sw = (await exchange(card, command)).sw;
    } catch {
      return [STATUS.cardError];
    }
    const outcome = offlinePinResultFromSw(sw).kind;
    return [STATUS.ok, OFFLINE_OUTCOMES.findIndex((o) => o === outcome), sw >> 8, sw & 0xff];
  }

  private async take(r: { minLength: number; maxLength: number; seconds: number; bypassAllowed: boolean }): Promise<EntryResult> {
    const result = await this.options.keypad.take({
      minLength: r.minLength,
      maxLength: r.maxLength,
      timeoutMs: r.seconds * 1000,
      bypassAllowed: r.bypassAllowed,
      onDigit: (count) => void this.options.send(CMD.progress, Uint8Array.of(count)).catch(() => undefined),
    });
    this.options.notify({ event: 'entry-ended', result: result.kind });
    return result;
  }

  /** One C-APDU to the card through the terminal; the R-APDU, or a throw when the terminal
   *  reports the card gone or does not answer. */
  private relay(capdu: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.relayState = { kind: 'idle' };
        reject(new PosError('E-PINPAD-0010', { step: 'relay-timeout' }));
      }, RELAY_TIMEOUT_MS);
      this.relayState = {
        kind: 'waiting',
        resolve: (answer) => {
          clearTimeout(timer);
          this.relayState = { kind: 'idle' };
          if (answer[0] === STATUS.ok && answer.length >= 3) resolve(answer.subarray(1));
          else reject(new PosError('E-PINPAD-0010', { step: 'relay' }));
        },
      };
      this.options.send(CMD.relayApdu, capdu).catch((error: unknown) => {
        clearTimeout(timer);
        this.relayState = { kind: 'idle' };
        reject(error);
      });
    });
  }

  private relayAnswered(payload: Uint8Array): void {
    if (this.relayState.kind === 'waiting') this.relayState.resolve(payload);
  }
}

/** A refused key is its own status; anything else the pad could not act on is a bad request. */
function statusOf(error: unknown): number {
  return isPosError(error, 'E-PINPAD-0008') ? STATUS.keyRefused : STATUS.badRequest;
}
