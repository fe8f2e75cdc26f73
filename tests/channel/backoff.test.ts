import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from '../../src/channel/backoff.js';

const policy = { baseMs: 100, capMs: 10_000 };

describe('reconnect backoff (exponential, full jitter, capped)', () => {
  it('draws from 0 up to base·2^attempt', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelayMs(policy, a, () => 0.999999))).toEqual([99, 199, 399, 799]);
    expect(backoffDelayMs(policy, 3, () => 0)).toBe(0);
    expect(backoffDelayMs(policy, 3, () => 0.5)).toBe(400);
  });

  it('never waits longer than the cap, however long the backend has been away', () => {
    expect(backoffDelayMs(policy, 7, () => 0.999999)).toBe(9999);
    expect(backoffDelayMs(policy, 100_000, () => 0.999999)).toBe(9999);
  });
});
