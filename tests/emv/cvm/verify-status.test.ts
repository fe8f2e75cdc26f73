import { describe, it, expect } from 'vitest';
import { offlinePinResultFromSw } from '../../../src/emv/cvm/index.js';

// EMV Book 3 §6.5.12.4: VERIFY status words.
describe('offlinePinResultFromSw', () => {
  it('9000 is verified', () => expect(offlinePinResultFromSw(0x9000)).toEqual({ kind: 'verified' }));
  it('63Cx is wrong with x tries left', () => {
    expect(offlinePinResultFromSw(0x63c2)).toEqual({ kind: 'wrong', triesLeft: 2 });
    expect(offlinePinResultFromSw(0x63c0)).toEqual({ kind: 'wrong', triesLeft: 0 });
  });
  it('6983 and 6984 are blocked', () => {
    expect(offlinePinResultFromSw(0x6983)).toEqual({ kind: 'blocked' });
    expect(offlinePinResultFromSw(0x6984)).toEqual({ kind: 'blocked' });
  });
  it('anything else is the card refusing, with its status', () => {
    expect(offlinePinResultFromSw(0x6985)).toEqual({ kind: 'rejected', sw: 0x6985 });
    expect(offlinePinResultFromSw(0x6300)).toEqual({ kind: 'rejected', sw: 0x6300 });
  });
});
