// The error-rate window over heartbeat counters (src/backend/error-rate.ts): what happened in
// the last window is now minus the newest sample at or before its start; a restarted terminal
// (new since_ms, or a counter that went back) starts the window again.
import { describe, expect, it } from 'vitest';
import { ErrorRateWindow, type CounterSample } from '../../src/backend/error-rate.js';

const rule = { windowMs: 60_000, threshold: 0.5, minTransactions: 4 };
const at = (seconds: number, approvals: number, declines: number, errors: number, sinceMs = 1n): CounterSample => ({ at: seconds * 1000, sinceMs, approvals: BigInt(approvals), declines: BigInt(declines), errors: BigInt(errors) });

describe('error-rate window', () => {
  it('judges only the window: failures older than it no longer count', () => {
    const w = new ErrorRateWindow(rule);
    expect(w.add('SN', at(0, 0, 0, 0))).toBe('too-few');
    expect(w.add('SN', at(30, 2, 5, 0))).toBe('rising');
    // At 100 s the window starts at 40 s: the baseline is the 30 s sample, so the five early
    // declines are out of it; 20 approvals and 1 error since.
    expect(w.add('SN', at(100, 22, 5, 1))).toBe('normal');
  });

  it('keeps the threshold exclusive and terminals apart', () => {
    const w = new ErrorRateWindow(rule);
    w.add('A', at(0, 0, 0, 0));
    w.add('B', at(0, 0, 0, 0));
    // 2 failures against 4 approvals is exactly 0.5: not above it.
    expect(w.add('A', at(10, 4, 1, 1))).toBe('normal');
    expect(w.add('B', at(10, 1, 3, 0))).toBe('rising');
  });

  it('starts again when the terminal restarted its counters', () => {
    const w = new ErrorRateWindow(rule);
    w.add('SN', at(0, 100, 0, 0));
    // Counters back near zero with a new since_ms: not 100 approvals lost, a new start.
    expect(w.add('SN', at(10, 1, 3, 0, 2n))).toBe('too-few');
    expect(w.add('SN', at(20, 1, 7, 0, 2n))).toBe('rising');
  });
});
