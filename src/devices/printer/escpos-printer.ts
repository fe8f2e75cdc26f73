// The ESC/POS receipt printer as the kernel's Printer capability, over any PrinterLine.
// A job is printed only when the printer says so: before it, DLE EOT asks whether the printer
// takes print data (paper, cover, errors); the job is sent with a GS ( H process ID at its end,
// and counts as printed when that ID comes back, which the printer sends only after printing
// everything before it. Until then the status is polled; paper running out, the cover opening,
// the line going away or no answer in time ends the job as failed with its code and 'partial'
// delivery, so the caller knows to print it again rather than trusting a half receipt. Jobs run
// one at a time; the same job id cannot be in flight twice.
import { PosError, isPosError, type ErrorCode } from '../../errors/index.js';
import {
  HEALTH_OK,
  TypedEmitter,
  sameHealth,
  type DeviceHealth,
  type DeviceIdentity,
  type PaperState,
  type PrintJob,
  type PrintOutcome,
  type Printer,
  type PrinterEvents,
  type PrinterStatus,
  type Subscribable,
} from '../../kernel/index.js';
import { processIdCommand, processIdOf } from '../../wire/escpos/process-id.js';
import { decodeStatus, namesError, statusRequest, type StatusRequest } from '../../wire/escpos/status.js';
import { healthOf, paperOf, stopCode, type Conditions } from './conditions.js';
import type { PrinterLine, PrinterLineOpener } from './line.js';
import { encodeJob, PAPER_80MM, type PaperProfile } from './receipt-encoder.js';
import { ReplyReader } from './replies.js';

export interface EscPosPrinterOptions {
  readonly paper?: PaperProfile;
  /** Time for one DLE EOT answer; printers answer real-time status at once. */
  readonly answerTimeoutMs?: number;
  /** Time for a job's process ID to come back: a long receipt prints in a few seconds. */
  readonly confirmTimeoutMs?: number;
  /** Status poll while a job prints, to notice paper out or an open cover halfway. */
  readonly pollMs?: number;
  /** Status poll while idle, so paper and health stay current between receipts; 0: none. */
  readonly watchMs?: number;
  /** Called once when the line is lost (not on close()); discovery detaches the printer. */
  readonly onLost?: (error: PosError) => void;
}

type LineState = { readonly kind: 'open'; readonly line: PrinterLine } | { readonly kind: 'closed'; readonly error: PosError };

type Ack = { readonly kind: 'confirmed' } | { readonly kind: 'lost'; readonly error: PosError };

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: PosError): void;
}

/** Codes that say the printer stopped answering or answered nonsense, not that it refused. */
const UNREACHABLE: readonly ErrorCode[] = ['E-PRINTER-0001', 'E-PRINTER-0007'];

export class EscPosPrinter implements Printer {
  readonly identity: DeviceIdentity<'printer'>;
  readonly events: Subscribable<PrinterEvents>;
  private readonly emitter = new TypedEmitter<PrinterEvents>(() => undefined);
  private readonly paperProfile: PaperProfile;
  private readonly answerTimeoutMs: number;
  private readonly confirmTimeoutMs: number;
  private readonly pollMs: number;
  private readonly watchMs: number;
  private state: LineState;
  private reader = new ReplyReader();
  private statusWaiter: Waiter<number> | null = null;
  private statusChain: Promise<unknown> = Promise.resolve();
  private jobChain: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<string>();
  private readonly acks = new Map<string, (ack: Ack) => void>();
  /** Starts anywhere so a reconnect does not reuse the IDs a late answer might carry. */
  private counter = Math.floor(Math.random() * 10_000);
  private busy = false;
  private watch: ReturnType<typeof setInterval> | null = null;
  private current: DeviceHealth = HEALTH_OK;
  private paper: PaperState | null = null;

  constructor(
    line: PrinterLine,
    private readonly reopen: PrinterLineOpener,
    private readonly options: EscPosPrinterOptions = {},
  ) {
    this.identity = { id: `escpos:${line.path}`, kind: 'printer', driver: 'escpos', path: line.path, serial: null };
    this.events = this.emitter;
    this.paperProfile = options.paper ?? PAPER_80MM;
    this.answerTimeoutMs = options.answerTimeoutMs ?? 2_000;
    this.confirmTimeoutMs = options.confirmTimeoutMs ?? 30_000;
    this.pollMs = options.pollMs ?? 500;
    this.watchMs = options.watchMs ?? 5_000;
    this.state = this.adopt(line);
  }

  async open(): Promise<void> {
    if (this.state.kind === 'open') return;
    this.state = this.adopt(await this.reopen());
    this.setHealth(HEALTH_OK);
  }

  async close(): Promise<void> {
    if (this.state.kind === 'closed') return;
    const { line } = this.state;
    this.end(new PosError('E-DEV-0002', { id: this.identity.id }));
    await line.close();
  }

  health(): DeviceHealth {
    return this.current;
  }

  async status(): Promise<PrinterStatus> {
    const c = await this.conditions();
    return { paper: paperOf(c), cover: c.coverOpen ? 'open' : 'closed', online: !c.offline };
  }

  async print(job: PrintJob): Promise<PrintOutcome> {
    const failed = (error: PosError, delivery: 'none' | 'partial'): PrintOutcome => ({ kind: 'failed', jobId: job.id, error, delivery });
    if (this.inFlight.has(job.id)) return failed(new PosError('E-PRINTER-0011', { jobId: job.id }), 'none');
    let bytes: Uint8Array;
    try {
      bytes = encodeJob(job, this.paperProfile);
    } catch (error) {
      return failed(asPosError(error, 'E-PRINTER-0010'), 'none');
    }
    this.inFlight.add(job.id);
    const run = this.jobChain.then(() => this.run(job.id, bytes));
    // One job's surprise must not stop the queue behind it.
    this.jobChain = run.catch(() => undefined);
    try {
      const r = await run;
      return r.kind === 'printed' ? { kind: 'printed', jobId: job.id } : failed(r.error, r.delivery);
    } catch (error) {
      return failed(asPosError(error, 'E-PRINTER-0003'), 'partial');
    } finally {
      this.inFlight.delete(job.id);
    }
  }

  private async run(jobId: string, bytes: Uint8Array): Promise<{ kind: 'printed' } | { kind: 'failed'; error: PosError; delivery: 'none' | 'partial' }> {
    this.busy = true;
    const pid = processIdOf(this.counter++);
    try {
      let c: Conditions;
      try {
        c = await this.conditions();
      } catch (error) {
        return { kind: 'failed', error: asPosError(error, 'E-PRINTER-0001'), delivery: 'none' };
      }
      const refused = stopCode(c);
      if (refused) return { kind: 'failed', error: new PosError(refused, { jobId }), delivery: 'none' };
      if (this.state.kind === 'closed') return { kind: 'failed', error: this.state.error, delivery: 'none' };
      const line = this.state.line;
      const confirmed = new Promise<Ack>((resolve) => this.acks.set(pid, resolve));
      const closing = processIdCommand(pid);
      const job = new Uint8Array(bytes.length + closing.length);
      job.set(bytes);
      job.set(closing, bytes.length);
      try {
        await line.write(job);
      } catch (error) {
        return { kind: 'failed', error: asPosError(error, 'E-PRINTER-0003'), delivery: 'partial' };
      }
      const deadline = performance.now() + this.confirmTimeoutMs;
      for (;;) {
        const next = await Promise.race([confirmed, delay(this.pollMs)]);
        if (next?.kind === 'confirmed') return { kind: 'printed' };
        if (next?.kind === 'lost') return { kind: 'failed', error: next.error, delivery: 'partial' };
        if (performance.now() > deadline) return { kind: 'failed', error: new PosError('E-PRINTER-0008', { jobId, timeoutMs: this.confirmTimeoutMs }), delivery: 'partial' };
        try {
          c = await this.conditions();
        } catch (error) {
          // A lost line also ends `confirmed`; a silent printer runs into the deadline.
          const lost = this.lostError();
          if (lost) return { kind: 'failed', error: lost, delivery: 'partial' };
          if (isPosError(error) && error.code === 'E-PRINTER-0007') return { kind: 'failed', error, delivery: 'partial' };
          continue;
        }
        const stopped = stopCode(c);
        if (stopped) return { kind: 'failed', error: new PosError(stopped, { jobId }), delivery: 'partial' };
      }
    } finally {
      this.acks.delete(pid);
      this.busy = false;
    }
  }

  private lostError(): PosError | null {
    return this.state.kind === 'closed' ? this.state.error : null;
  }

  /** DLE EOT 1, 2, 4 (and 3 when an error is named), and what they mean for health and paper. */
  private async conditions(): Promise<Conditions> {
    try {
      const printer = await this.ask('printer');
      const offlineCause = await this.ask('offline-cause');
      const paperSensor = await this.ask('paper-sensor');
      const errorCause = namesError(offlineCause) ? await this.ask('error-cause') : null;
      const c = decodeStatus({ printer, offlineCause, paperSensor, errorCause });
      this.setHealth(healthOf(c));
      const paper = paperOf(c);
      if (paper !== this.paper) {
        this.paper = paper;
        this.emitter.emit('paper', paper);
      }
      return c;
    } catch (error) {
      if (isPosError(error) && UNREACHABLE.includes(error.code)) this.setHealth({ state: 'degraded', code: error.code });
      throw error;
    }
  }

  /** One real-time status request at a time, so each answer byte belongs to the one asked. */
  private ask(request: StatusRequest): Promise<number> {
    const run = this.statusChain.then(() => this.askNow(request));
    this.statusChain = run.catch(() => undefined);
    return run;
  }

  private askNow(request: StatusRequest): Promise<number> {
    if (this.state.kind === 'closed') return Promise.reject(this.state.error);
    const line = this.state.line;
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.statusWaiter = null;
        reject(new PosError('E-PRINTER-0001', { path: line.path, request }));
      }, this.answerTimeoutMs);
      const waiter: Waiter<number> = {
        resolve: (b) => {
          clearTimeout(timer);
          resolve(b);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      this.statusWaiter = waiter;
      line.write(statusRequest(request)).catch((error: unknown) => {
        if (this.statusWaiter === waiter) this.statusWaiter = null;
        waiter.reject(asPosError(error, 'E-PRINTER-0003'));
      });
    });
  }

  private adopt(line: PrinterLine): LineState {
    this.reader = new ReplyReader();
    line.onData((chunk) => {
      if (this.state.kind !== 'open' || this.state.line !== line) return;
      this.received(chunk);
    });
    line.onLost((error) => {
      if (this.state.kind !== 'open' || this.state.line !== line) return;
      this.end(error);
      this.setHealth({ state: 'failed', code: error.code });
      this.options.onLost?.(error);
    });
    if (this.watchMs > 0) {
      this.watch = setInterval(() => {
        if (!this.busy) this.conditions().catch(() => undefined);
      }, this.watchMs);
      this.watch.unref();
    }
    return { kind: 'open', line };
  }

  private received(chunk: Uint8Array): void {
    const { replies, garbage } = this.reader.read(chunk);
    for (const reply of replies) {
      if (reply.kind === 'process-id') {
        this.acks.get(reply.id)?.({ kind: 'confirmed' });
        continue;
      }
      // An answer nobody waits for is a late one to a request that timed out: dropped.
      const waiter = this.statusWaiter;
      this.statusWaiter = null;
      waiter?.resolve(reply.byte);
    }
    if (garbage) {
      const waiter = this.statusWaiter;
      this.statusWaiter = null;
      if (waiter) waiter.reject(garbage);
      else this.setHealth({ state: 'degraded', code: garbage.code });
    }
  }

  /** The line is gone (lost or closed): everything waiting on it ends with `error`. */
  private end(error: PosError): void {
    this.state = { kind: 'closed', error };
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
    const waiter = this.statusWaiter;
    this.statusWaiter = null;
    waiter?.reject(error);
    for (const ack of this.acks.values()) ack({ kind: 'lost', error });
    this.acks.clear();
  }

  private setHealth(health: DeviceHealth): void {
    if (sameHealth(this.current, health)) return;
    this.current = health;
    this.emitter.emit('health', health);
  }
}

function asPosError(error: unknown, code: ErrorCode): PosError {
  return isPosError(error) ? error : new PosError(code, {}, { cause: error });
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
