// "Error rates rising" from heartbeat counters (health.proto Counters: approvals, declines and
// errors since `since_ms`). The counters only grow, so what happened in the last `windowMs` is
// the difference between now and the oldest heartbeat inside the window; a terminal whose
// declines plus errors over that window exceed `threshold` times its approvals, once at least
// `minTransactions` ended there, is failing more than it should. A counter that went back or a
// new `since_ms` (the terminal restarted) starts the window again. Samples live in memory: after
// a backend restart the window fills again from the next heartbeats.

export interface ErrorRateRule {
  readonly windowMs: number;
  /** (declines + errors) / approvals above this raises the alert. */
  readonly threshold: number;
  /** Fewer transactions than this in the window say nothing either way. */
  readonly minTransactions: number;
}

export interface CounterSample {
  readonly at: number;
  readonly sinceMs: bigint;
  readonly approvals: bigint;
  readonly declines: bigint;
  readonly errors: bigint;
}

export type ErrorRateVerdict = 'rising' | 'normal' | 'too-few';

export class ErrorRateWindow {
  readonly #samples = new Map<string, CounterSample[]>();

  constructor(private readonly rule: ErrorRateRule) {}

  /** Adds a heartbeat's counters and judges the window that ends with it. */
  add(serial: string, sample: CounterSample): ErrorRateVerdict {
    const previous = this.#samples.get(serial) ?? [];
    const last = previous.at(-1);
    const restarted = last !== undefined && (last.sinceMs !== sample.sinceMs || sample.approvals < last.approvals || sample.declines < last.declines || sample.errors < last.errors);
    // Keep the newest sample at or before the window's start as its baseline, and the rest.
    const kept = restarted ? [] : previous;
    const start = sample.at - this.rule.windowMs;
    const firstInside = kept.findIndex((s) => s.at > start);
    const samples = [...(firstInside === -1 ? kept.slice(-1) : kept.slice(Math.max(0, firstInside - 1))), sample];
    this.#samples.set(serial, samples);
    const base = samples[0]!;
    const approvals = sample.approvals - base.approvals;
    const failures = sample.declines - base.declines + (sample.errors - base.errors);
    if (approvals + failures < BigInt(this.rule.minTransactions)) return 'too-few';
    return Number(failures) > this.rule.threshold * Number(approvals) ? 'rising' : 'normal';
  }
}
