import { describe, it, expect } from 'vitest';
import { readPinTryCounter } from '../../../src/emv/cvm/index.js';
import { ScriptedTransport } from '../apdu/scripted-transport.js';

// EMV Book 3 §6.5.7 GET DATA 9F17; the counter is optional, so oddities read as "not known".
const read = (rapdu: string) => readPinTryCounter(new ScriptedTransport([['80CA9F1700', rapdu]]));

describe('readPinTryCounter', () => {
  it('reads the one-byte counter', async () => expect(await read('9F1701029000')).toBe(2));
  it('reads 0 as 0, not as absent', async () => expect(await read('9F1701009000')).toBe(0));
  it('is undefined when the card has no counter (6A88)', async () => expect(await read('6A88')).toBeUndefined());
  it('is undefined for a two-byte value', async () => expect(await read('9F170200039000')).toBeUndefined());
  it('is undefined for a truncated TLV', async () => expect(await read('9F17059000')).toBeUndefined());
  it('is undefined for another tag', async () => expect(await read('9F3602000F9000')).toBeUndefined());
});
