// The emulated pad's keypad: keys between prompts are dropped as a real pad drops them, and a
// PIN typed ahead (serve.ts --typed-ahead, for bench/pinpad) ends each entry as it opens.
import { describe, expect, it } from 'vitest';
import { Keypad } from '../../../src/emulators/pinpad/keypad.js';

const rules = (onDigit: (n: number) => void = () => undefined) => ({ minLength: 4, maxLength: 12, timeoutMs: 1_000, bypassAllowed: false, onDigit });

describe('keypad', () => {
  it('drops keys pressed while no entry is open', async () => {
    const keypad = new Keypad();
    expect(keypad.press({ kind: 'digits', digits: '1234' })).toBe(false);
    const entry = keypad.take(rules());
    expect(keypad.press({ kind: 'digits', digits: '5678' })).toBe(true);
    expect(await entry).toEqual({ kind: 'entered', pin: '5678' });
  });

  it('enters a PIN typed ahead the moment each entry opens, with its progress', async () => {
    const keypad = new Keypad('2468');
    const digits: number[] = [];
    expect(await keypad.take(rules((n) => digits.push(n)))).toEqual({ kind: 'entered', pin: '2468' });
    expect(await keypad.take(rules())).toEqual({ kind: 'entered', pin: '2468' });
    expect(digits).toEqual([1, 2, 3, 4]);
    expect(keypad.open).toBe(false);
  });
});
