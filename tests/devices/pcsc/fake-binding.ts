// A stand-in for the pcsclite binding: the test drives status reports, errors and 'end', and
// decides how connect / transmit / disconnect answer. Error texts follow the binding's
// "<call> error: <text>(0x<status>)" form.
import { EventEmitter } from 'node:events';
import type { NativeCallback, NativeContext, NativeReader } from '../../../src/devices/pcsc/binding.js';

export const pcscError = (call: string, status: number): Error => new Error(`${call} error: x.(0x${status.toString(16).padStart(8, '0')})`);

export class FakeReader extends EventEmitter implements NativeReader {
  connected = false;
  closed = 0;
  calls: string[] = [];
  connectAnswer: () => [Error | null, number?] = () => [null, 1];
  transmitAnswer: (data: Buffer) => [Error | null, Buffer?] | 'hang' = () => [null, Buffer.from([0x90, 0x00])];
  /** Set while emitting, so a test can see a close() made from inside an event handler. */
  emitting = false;
  closedWhileEmitting = false;
  constructor(readonly name: string) {
    super();
  }
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    this.emitting = true;
    try {
      return super.emit(event, ...args);
    } finally {
      this.emitting = false;
    }
  }
  connect(options: { share_mode: number; protocol: number }, cb: NativeCallback<number>): void {
    this.calls.push(`connect share=${options.share_mode} protocol=${options.protocol}`);
    const [error, protocol] = this.connectAnswer();
    if (!error) this.connected = true;
    setImmediate(() => cb(error, protocol));
  }
  disconnect(disposition: number, cb: NativeCallback<void>): void {
    this.calls.push(`disconnect ${disposition}`);
    this.connected = false;
    setImmediate(() => cb(null));
  }
  transmit(data: Buffer, _resLen: number, protocol: number, cb: NativeCallback<Buffer>): void {
    this.calls.push(`transmit ${data.toString('hex')} protocol=${protocol}`);
    const answer = this.transmitAnswer(data);
    if (answer !== 'hang') setImmediate(() => cb(answer[0], answer[1]));
  }
  close(): void {
    if (this.emitting) this.closedWhileEmitting = true;
    this.closed++;
  }
  status(state: number, atr?: number[]): void {
    this.emit('status', atr ? { state, atr: Buffer.from(atr) } : { state });
  }
}

export class FakeContext extends EventEmitter implements NativeContext {
  closed = 0;
  close(): void {
    this.closed++;
  }
  plug(name: string): FakeReader {
    const reader = new FakeReader(name);
    this.emit('reader', reader);
    return reader;
  }
}

/** A binding whose service is up or down at the test's word; counts the attempts. */
export class FakeService {
  up = true;
  attempts = 0;
  contexts: FakeContext[] = [];
  readonly binding = (): NativeContext => {
    this.attempts++;
    if (!this.up) throw pcscError('SCardEstablishContext', 0x8010001d);
    const context = new FakeContext();
    this.contexts.push(context);
    return context;
  };
  get current(): FakeContext {
    return this.contexts.at(-1)!;
  }
}
