// issue 6: replayed or out-of-order envelopes are rejected with a code.
import { describe, expect, it } from 'vitest';
import { SequenceGuard } from '../../../src/channel/identity.js';
import { expectCode } from './fixtures.js';

describe('SequenceGuard', () => {
  it('accepts 1, 2, 3 and acknowledges the last', () => {
    const guard = new SequenceGuard();
    for (const n of [1n, 2n, 3n]) guard.accept(n);
    expect(guard.last).toBe(3n);
  });

  it('refuses a replayed sequence (E-CHAN-0009) and keeps its place', () => {
    const guard = new SequenceGuard();
    guard.accept(1n);
    guard.accept(2n);
    expectCode('E-CHAN-0009', () => guard.accept(2n));
    expectCode('E-CHAN-0009', () => guard.accept(1n));
    expectCode('E-CHAN-0009', () => new SequenceGuard().accept(0n));
    guard.accept(3n);
    expect(guard.last).toBe(3n);
  });

  it('refuses a skipped sequence as out of order (E-CHAN-0010)', () => {
    const guard = new SequenceGuard();
    expectCode('E-CHAN-0010', () => guard.accept(2n));
    guard.accept(1n);
    expectCode('E-CHAN-0010', () => guard.accept(3n));
    expect(guard.last).toBe(1n);
  });

  it('starts over for a new session', () => {
    const first = new SequenceGuard();
    first.accept(1n);
    const next = new SequenceGuard();
    next.accept(1n);
    expect(next.last).toBe(1n);
  });
});
