import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../src/bytes/hex.js';
import { isPosError } from '../../src/errors/index.js';
import { macAlgorithm1, macAlgorithm3, padIso9797 } from '../../src/security/index.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('ISO/IEC 9797-1 padding', () => {
  // Cases follow pyemv tests/test_mac.py (test_pad_iso9797_1, test_pad_iso9797_2).
  it('method 1 pads with zeros to a whole block, and empty data to one zero block', () => {
    expect(toHex(padIso9797(new Uint8Array(0), 'method-1'))).toBe('0000000000000000');
    expect(toHex(padIso9797(fromHex('46464646'), 'method-1'))).toBe('4646464600000000');
    expect(toHex(padIso9797(fromHex('4646464646464646'), 'method-1'))).toBe('4646464646464646');
  });

  it('method 2 always adds 80, so a whole block gains a full block', () => {
    expect(toHex(padIso9797(new Uint8Array(0), 'method-2'))).toBe('8000000000000000');
    expect(toHex(padIso9797(fromHex('46464646464646'), 'method-2'))).toBe('4646464646464680');
    expect(toHex(padIso9797(fromHex('4646464646464646'), 'method-2'))).toBe('46464646464646468000000000000000');
  });

  it('pads to 16-byte blocks when asked', () => {
    expect(padIso9797(fromHex('46'), 'method-2', 16)).toHaveLength(16);
  });
});

describe('MAC algorithm 3 (retail MAC)', () => {
  // pyemv tests/test_mac.py test_mac_iso9797_3: K = AAAAAAAAAAAAAAAA, K' = BBBBBBBBBBBBBBBB, "hello world".
  const key = fromHex('AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBB');

  it('matches pyemv with padding method 1', () => {
    expect(toHex(macAlgorithm3(key, ascii('hello world'), 'method-1'))).toBe('78DA3D3DEB48FD4D');
  });

  it('matches pyemv with padding method 2', () => {
    expect(toHex(macAlgorithm3(key, ascii('hello world'), 'method-2'))).toBe('2BC2D9EDE0CF31F6');
  });

  it('truncates to the leftmost bytes', () => {
    expect(toHex(macAlgorithm3(key, ascii('hello world'), 'method-2', 4))).toBe('2BC2D9ED');
  });

  it('changes when any single bit of the data changes', () => {
    const data = ascii('the quick brown fox jumps over the lazy dog');
    const mac = toHex(macAlgorithm3(key, data, 'method-2'));
    for (let bit = 0; bit < data.length * 8; bit++) {
      const flipped = Uint8Array.from(data);
      flipped[bit >> 3] = flipped[bit >> 3]! ^ (0x80 >> (bit & 7));
      expect(toHex(macAlgorithm3(key, flipped, 'method-2'))).not.toBe(mac);
    }
  });

  it('equals algorithm 1 under K when K = K\' (the final step then cancels out)', () => {
    const same = fromHex('0123456789ABCDEF0123456789ABCDEF');
    const data = ascii('7654321 Now is the time for ');
    expect(macAlgorithm3(same, data, 'method-1')).toEqual(macAlgorithm1(fromHex('0123456789ABCDEF'), data, 'method-1'));
  });

  it('refuses an 8- or 24-byte key and an out-of-range length', () => {
    expect(() => macAlgorithm3(fromHex('AAAAAAAAAAAAAAAA'), ascii('x'), 'method-2')).toThrow(/E-CRYPTO-0001/);
    expect(() => macAlgorithm3(new Uint8Array(24), ascii('x'), 'method-2')).toThrow(/E-CRYPTO-0001/);
    try {
      macAlgorithm3(key, ascii('x'), 'method-2', 3);
      expect.unreachable();
    } catch (e) {
      expect(isPosError(e, 'E-CRYPTO-0006')).toBe(true);
    }
  });
});

describe('MAC algorithm 1 (CBC-MAC)', () => {
  it('matches the ANSI X9.9 / FIPS 113 example', () => {
    // FIPS PUB 113 / ANSI X9.9 example: key 0123456789ABCDEF, text "7654321 Now is the time for "
    // zero-padded, MAC F1D30F68 (the first 32 bits of the final CBC block).
    expect(toHex(macAlgorithm1(fromHex('0123456789ABCDEF'), ascii('7654321 Now is the time for '), 'method-1', 4))).toBe('F1D30F68');
  });

  it('runs over TDES with a double-length key', () => {
    const key = fromHex('0123456789ABCDEFFEDCBA9876543210');
    // One block: CBC-MAC is just the TDES encryption of it (pyemv tools vector 41D2FFBA3CDC15FE).
    expect(toHex(macAlgorithm1(key, ascii('12345678'), 'method-1'))).toBe('41D2FFBA3CDC15FE');
  });
});
