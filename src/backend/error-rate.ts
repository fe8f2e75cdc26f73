// "Error rates rising" from heartbeat counters (health.proto Counters: approvals, declines and
// errors since `since_ms`). The counters only grow, so what happened in the last `windowMs` is
// the difference between now and the oldest heartbeat inside the window; a terminal whose
// declines plus errors over that window exceed `threshold` times its approvals, once at least
// `minTransactions` ended there, is failing more than it should. A counter that went back or a
// new `since_ms` (the terminal restarted) starts the window again. Samples live in memory, one
// kept per tenth of the window (a heartbeat a second over ten minutes would be 600 per terminal),
// so the baseline is at most a tenth of the window older than its start; after a backend restart
// the window fills again from the next heartbeats.

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

const SAMPLES_PER_WINDOW = 10;

interface Track {
  /** Oldest first; the first is the baseline. */
  readonly samples: CounterSample[];
  readonly last: CounterSample;
}

export class ErrorRateWindow {
  readonly #tracks = new Map<string, Track>();

  constructor(private readonly rule: ErrorRateRule) {}

  /** Adds a heartbeat's counters and judges the window that ends with it. */
  add(serial: string, sample: CounterSample): ErrorRateVerdict {
    const track = this.#tracks.get(serial);
    const last = track?.last;
    const restarted = last !== undefined && (last.sinceMs !== sample.sinceMs || sample.approvals < last.approvals || sample.declines < last.declines || sample.errors < last.errors);
    const samples = track === undefined || restarted ? [] : track.samples;
    // The baseline is the newest sample at or before the window's start (the oldest kept when
    // none is that old).
    const start = sample.at - this.rule.windowMs;
    while (samples.length > 1 && samples[1]!.at <= start) samples.shift();
    const base = samples[0] ?? sample;
    const newest = samples.at(-1);
    if (newest === undefined || sample.at - newest.at >= this.rule.windowMs / SAMPLES_PER_WINDOW) samples.push(sample);
    this.#tracks.set(serial, { samples, last: sample });
    const approvals = sample.approvals - base.approvals;
    const failures = sample.declines - base.declines + (sample.errors - base.errors);
    if (approvals + failures < BigInt(this.rule.minTransactions)) return 'too-few';
    return Number(failures) > this.rule.threshold * Number(approvals) ? 'rising' : 'normal';
  }
}
