// Book C-2 S13.18-22: where the CVC3, the Unpredictable Number (Numeric) digits, the ATC digits
// and nUN' go in the tracks' discretionary data, on small hand-made tracks.
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { encodeTrack, markedPositions, parseTrack1, parseTrack2, unpredictableDigits, withDynamicData } from '../../../src/emv/contactless/c2/track-data.js';

describe('Kernel 2 track data (mag-stripe mode)', () => {
  it('parses track 2 into PAN D YYMM service code and discretionary digits, and encodes it back with the F pad', () => {
    const track = parseTrack2(fromHex('5413330089010491D30122010000000000000F'))!;
    expect(track).toEqual({ kind: 'track2', head: '5413330089010491D3012201', discretionary: '0000000000000' });
    expect(toHex(encodeTrack(track))).toBe('5413330089010491D30122010000000000000F');
    expect(parseTrack2(fromHex('5413330089010491'))).toBeUndefined();
  });

  it('reads bitmaps from the right: bit 1 of the last byte is the last position', () => {
    expect(markedPositions(fromHex('000E'))).toEqual([1, 2, 3]);
    expect(markedPositions(fromHex('0E70'))).toEqual([4, 5, 6, 9, 10, 11]);
    expect(markedPositions(fromHex('800000000001'))).toEqual([0, 47]);
  });

  it('places CVC3 digits at PCVC3, the low nUN UN digits and the high NATC ATC digits at PUNATC, nUN last', () => {
    const track = parseTrack2(fromHex('5413330089010491D30122019999999999999F'))!;
    const bitmaps = { pcvc3: fromHex('000E'), punatc: fromHex('0E70'), natc: 3 };
    expect(unpredictableDigits(track, bitmaps)).toBe(3);
    // CVC3 0x1234 = 4660 → '660'; UN 00000594 → '594'; ATC 0x0042 = 66 → '066'; nUN' 3.
    const out = withDynamicData(track, bitmaps, { cvc3: fromHex('1234'), unpredictableNumber: '00000594', nUN: 3, nUNDigit: 3, atc: fromHex('0042') });
    //                 positions: 12 11 10  9  8  7  6  5  4  3  2  1  0
    expect(out.discretionary).toBe('9' + '0' + '6' + '6' + '9' + '9' + '5' + '9' + '4' + '6' + '6' + '0' + '3');
  });

  it('writes ASCII digits into track 1 the same way', () => {
    const raw = Uint8Array.from(Buffer.from('B5413330089010491^TEST/CARD^3012201XXXXXXXX', 'latin1'));
    const track = parseTrack1(raw)!;
    expect(track.discretionary).toBe('XXXXXXXX');
    const out = withDynamicData(track, { pcvc3: fromHex('0006'), punatc: fromHex('00F0'), natc: 2 }, { cvc3: fromHex('0007'), unpredictableNumber: '00000012', nUN: 2, nUNDigit: 7, atc: fromHex('0102') });
    // CVC3 7 → '07' at 1-2; UN '12' at 4-5; ATC 258 → '58' at 6-7; nUN' '7' at 0.
    expect(out.discretionary).toBe('5812X077');
    expect(Buffer.from(encodeTrack(out)).toString('latin1')).toBe('B5413330089010491^TEST/CARD^30122015812X077');
  });

  it('refuses bitmaps that point outside the discretionary data, at the nUN position, or give nUN out of 0-8', () => {
    const track = parseTrack2(fromHex('5413330089010491D301220100000F'))!;
    expect(track.discretionary).toHaveLength(5);
    expect(unpredictableDigits(track, { pcvc3: fromHex('0006'), punatc: fromHex('0018'), natc: 1 })).toBe(1);
    expect(unpredictableDigits(track, { pcvc3: fromHex('0020'), punatc: fromHex('0018'), natc: 1 })).toBeUndefined();
    expect(unpredictableDigits(track, { pcvc3: fromHex('0001'), punatc: fromHex('0018'), natc: 1 })).toBeUndefined();
    expect(unpredictableDigits(track, { pcvc3: fromHex('0006'), punatc: fromHex('0018'), natc: 3 })).toBeUndefined();
  });
});
