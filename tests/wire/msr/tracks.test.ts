// ISO/IEC 7811-2 parity and LRC as the MSR wire format and the emulated stripe use them.
// LRC vector: the worked track 1 example in the DataCard CP80 Plus Service Manual p. 2-23
// ("%7C^SZ?" → LRC bits 011001, parity bit 0). Track 2 parity bits: the 5-bit character table
// of ISO/IEC 7811-2 as reproduced at dataip.co.uk/Reference/MagneticCardBCD.php.
import { describe, expect, it } from 'vitest';
import { characterCode, lrcCharacter, TRACK1, TRACK2 } from '../../../src/wire/msr/tracks.js';
import { readStripe, withParity, writeStripe } from '../../../src/emulators/msr/stripe.js';

describe('magnetic stripe track coding', () => {
  it('computes the LRC of the DataCard track 1 example as code 0x19 with parity bit 0', () => {
    expect(lrcCharacter(TRACK1, '%7C^SZ?')).toBe(String.fromCharCode(0x20 + 0x19));
    expect(withParity(0x19, 6)).toBe(0x19);
    // The example's own parity column: % 1, 7 1, C 0, ^ 0, S 1, Z 1, ? 0.
    expect([...'%7C^SZ?'].map((c) => withParity(characterCode(TRACK1, c)!, 6) >> 6)).toEqual([1, 1, 0, 0, 1, 1, 0]);
  });

  it('gives track 2 characters the odd parity bits of the ISO/IEC 7811-2 table', () => {
    expect(['0', '1', '9', ';', '=', '?'].map((c) => withParity(characterCode(TRACK2, c)!, 4) >> 4)).toEqual([1, 0, 1, 0, 0, 1]);
  });

  it('reads a stripe back as ASCII with its LRC, and a parity error as start sentinel E end sentinel', () => {
    const stripe = writeStripe(TRACK2, '4761739001010010=2512101');
    const ascii = readStripe(TRACK2, stripe);
    expect(ascii.slice(0, -1)).toBe(';4761739001010010=2512101?');
    expect(ascii.slice(-1)).toBe(lrcCharacter(TRACK2, ascii.slice(0, -1)));
    stripe[5] = stripe[5]! ^ 0x02;
    expect(readStripe(TRACK2, stripe)).toBe(';E?');
  });

  it('keeps characters outside a track\'s set out of it', () => {
    expect(characterCode(TRACK2, 'A')).toBeNull();
    expect(characterCode(TRACK1, 'a')).toBeNull();
    expect(() => writeStripe(TRACK1, 'Bname^lower')).toThrow(RangeError);
  });
});
