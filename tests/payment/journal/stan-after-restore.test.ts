// The rule a restored journal's trace number follows (stan-after-restore.ts): one number a second
// since the backup's newest recorded time, at least RESTORE_STAN_FLOOR, wrapping 999999 -> 1 as
// the journal's counter does, never a full turn.
import { describe, expect, it } from 'vitest';
import { RESTORE_STAN_FLOOR, stanAfterRestore } from '../../../src/payment/journal/stan-after-restore.js';

const t = Date.UTC(2026, 11, 1, 9, 0, 0);

describe('the STAN after a restore', () => {
  it('skips one number per second since the backup\'s newest time, a part second counted whole', () => {
    expect(stanAfterRestore(120, t, t + 7_200_500)).toEqual({ backup: 120, skipped: 7_201, next: 7_321 });
  });

  it('skips the floor when little time passed, when the clock is behind the backup, or when the backup recorded nothing', () => {
    expect(RESTORE_STAN_FLOOR).toBe(1_000);
    expect(stanAfterRestore(120, t, t + 60_000).skipped).toBe(1_000);
    expect(stanAfterRestore(120, t, t - 86_400_000).skipped).toBe(1_000);
    expect(stanAfterRestore(1, null, t)).toEqual({ backup: 1, skipped: 1_000, next: 1_001 });
  });

  it('wraps past 999999 to 1 like the journal\'s counter', () => {
    expect(stanAfterRestore(999_500, t, t).next).toBe(501);
    expect(stanAfterRestore(998_999, t, t).next).toBe(999_999);
    expect(stanAfterRestore(999_000, t, t).next).toBe(1);
  });

  it('stops one short of a full turn after 11.5 days, never landing on the backup\'s own next number', () => {
    const month = stanAfterRestore(500, t, t + 30 * 86_400_000);
    expect(month).toEqual({ backup: 500, skipped: 999_998, next: 499 });
  });
});
