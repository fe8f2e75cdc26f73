// Reconnect delays: exponential backoff with full jitter (a delay drawn uniformly from 0 up to
// base·2^attempt, capped). Jitter spreads a fleet that lost its backend at the same moment so
// the backend's return is not met by every terminal at once; the cap keeps a terminal whose
// backend is away for hours trying every few minutes, not every few days.

export interface BackoffPolicy {
  /** The first ceiling, in ms. */
  readonly baseMs: number;
  /** No delay is longer than this, in ms. */
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 120_000 };

/** The delay before reconnect attempt `attempt` (0 = the first retry); `random` is in [0, 1). */
export function backoffDelayMs(policy: BackoffPolicy, attempt: number, random: () => number): number {
  // 2^attempt overflows to Infinity past ~1023 attempts; min() keeps it finite.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 52));
  return Math.floor(random() * ceiling);
}
