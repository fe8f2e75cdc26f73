// The serial PIN pad as the kernel's PinPad capability, over the command client. A status the
// protocol defines as the end of an entry (cancelled, timeout, bypassed) is a result; a status
// that is a failure of the pad is its coded error. The health follows the line: a pad that
// stops answering is degraded, a lost line is failed until the device is opened again.
import { PosError, isPosError, type ErrorCode } from '../../errors/index.js';
import {
  HEALTH_OK,
  TypedEmitter,
  sameHealth,
  type ApduRelay,
  type DeviceHealth,
  type DeviceIdentity,
  type OfflinePinRequest,
  type OfflinePinResult,
  type OnlinePinRequest,
  type OnlinePinResult,
  type PinPad,
  type PinPadEvents,
  type PinPadPrompt,
  type Subscribable,
} from '../../kernel/index.js';
import { CMD, STATUS } from '../../wire/pinpad/codes.js';
import type { Answer, PinPadClient, RequestOptions } from './client.js';
import { decodeOfflinePin, decodeOnlinePin, encodeDisplay, encodeGetOnlinePin, encodeVerifyOfflinePin, entryWindowMs, statusError } from './commands.js';
import { connect, type Connection } from './connect.js';
import type { LineOpener } from './line.js';

/** Time the pad has for a command that does not wait for the cardholder. */
export const COMMAND_TIMEOUT_MS = 2_000;
/** Over the entry window: the pad's own timeout answer, and the card exchanges of offline PIN. */
const ENTRY_MARGIN_MS = 3_000;
const SW_TRIES_LEFT = 0x63c0;

type State = { readonly kind: 'open'; readonly client: PinPadClient } | { readonly kind: 'closed' };

/** Codes that mean the pad is unreachable rather than refusing one command. */
const UNREACHABLE: readonly ErrorCode[] = ['E-PINPAD-0001', 'E-PINPAD-0002'];

export class SerialPinPad implements PinPad {
  readonly identity: DeviceIdentity<'pin-pad'>;
  readonly events: Subscribable<PinPadEvents>;
  private readonly emitter = new TypedEmitter<PinPadEvents>(() => undefined);
  private state: State;
  private current: DeviceHealth = HEALTH_OK;

  constructor(
    connection: Connection,
    private readonly open_: LineOpener,
  ) {
    this.identity = { id: `pinpad:${connection.path}`, kind: 'pin-pad', driver: 'pinpad', path: connection.path, serial: connection.info.serial };
    this.events = this.emitter;
    this.state = { kind: 'open', client: this.adopt(connection.client) };
  }

  async open(): Promise<void> {
    if (this.state.kind === 'open') return;
    const connection = await connect(this.identity.path, this.open_);
    this.state = { kind: 'open', client: this.adopt(connection.client) };
    this.setHealth(HEALTH_OK);
  }

  async close(): Promise<void> {
    if (this.state.kind === 'closed') return;
    const { client } = this.state;
    this.state = { kind: 'closed' };
    await client.close(new PosError('E-DEV-0002', { id: this.identity.id }));
  }

  health(): DeviceHealth {
    return this.current;
  }

  async getOnlinePin(request: OnlinePinRequest): Promise<OnlinePinResult> {
    const answer = await this.request(CMD.getOnlinePin, encodeGetOnlinePin(request), this.entryOptions(request.timeoutMs));
    if (answer.status === STATUS.ok) return { kind: 'entered', ...decodeOnlinePin(answer.body) };
    return this.entryStopped(CMD.getOnlinePin, answer);
  }

  async verifyOfflinePin(request: OfflinePinRequest, card: ApduRelay): Promise<OfflinePinResult> {
    const answer = await this.request(CMD.verifyOfflinePin, encodeVerifyOfflinePin(request), { ...this.entryOptions(request.timeoutMs), relay: card });
    if (answer.status !== STATUS.ok) return this.entryStopped(CMD.verifyOfflinePin, answer);
    const { outcome, sw } = decodeOfflinePin(answer.body);
    switch (outcome) {
      case 'verified':
        return { kind: 'verified' };
      case 'wrong':
        if ((sw & 0xfff0) !== SW_TRIES_LEFT) return { kind: 'rejected', sw };
        return { kind: 'wrong', triesLeft: sw & 0x0f };
      case 'blocked':
        return { kind: 'blocked' };
      case 'rejected':
        return { kind: 'rejected', sw };
    }
  }

  async showPrompt(prompt: PinPadPrompt): Promise<void> {
    const answer = await this.request(CMD.display, encodeDisplay(prompt), { answerWithinMs: COMMAND_TIMEOUT_MS });
    if (answer.status !== STATUS.ok) throw statusError(CMD.display, answer.status);
  }

  async cancel(): Promise<void> {
    const answer = await this.request(CMD.cancel, new Uint8Array(0), { answerWithinMs: COMMAND_TIMEOUT_MS });
    if (answer.status !== STATUS.ok) throw statusError(CMD.cancel, answer.status);
  }

  private entryOptions(timeoutMs: number): RequestOptions {
    return { answerWithinMs: entryWindowMs(timeoutMs) + ENTRY_MARGIN_MS, onProgress: (digits) => this.emitter.emit('pin-progress', { digits }) };
  }

  private entryStopped(cmd: number, answer: Answer): { kind: 'cancelled' | 'timeout' | 'bypassed' } {
    switch (answer.status) {
      case STATUS.cancelled:
        return { kind: 'cancelled' };
      case STATUS.timeout:
        return { kind: 'timeout' };
      case STATUS.bypassed:
        return { kind: 'bypassed' };
      default:
        throw statusError(cmd, answer.status);
    }
  }

  private async request(cmd: number, payload: Uint8Array, options: RequestOptions): Promise<Answer> {
    if (this.state.kind === 'closed') throw new PosError('E-DEV-0002', { id: this.identity.id });
    try {
      const answer = await this.state.client.request(cmd, payload, options);
      this.setHealth(HEALTH_OK);
      return answer;
    } catch (error) {
      if (isPosError(error) && UNREACHABLE.includes(error.code)) this.setHealth({ state: 'degraded', code: error.code });
      throw error;
    }
  }

  private adopt(client: PinPadClient): PinPadClient {
    client.onLost((error) => {
      if (this.state.kind === 'open' && this.state.client === client) this.state = { kind: 'closed' };
      this.setHealth({ state: 'failed', code: error.code });
    });
    return client;
  }

  private setHealth(health: DeviceHealth): void {
    if (sameHealth(this.current, health)) return;
    // A lost line stays failed until open() succeeds; a late answer cannot make it ok.
    if (this.current.state === 'failed' && this.state.kind === 'closed') return;
    this.current = health;
    this.emitter.emit('health', health);
  }
}
