// The certification revocation list (EMV Book 2 §5.3 step 10, §11.2.3): entries name an issuer
// public key certificate by RID, CA Public Key Index and Certificate Serial Number; the list
// arrives as JSON from the acquirer (config/revocation.json) and is parsed here.
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../src/bytes/hex.js';
import { isRevoked, parseRevocationList } from '../../../src/emv/oda/index.js';
import { isPosError } from '../../../src/errors/index.js';

function contextOf(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return isPosError(e, 'E-ODA-0008') ? e.context : e;
  }
  return 'no error';
}

describe('parseRevocationList', () => {
  it('reads RID, CA index and serial number as hex, and isRevoked matches all three', () => {
    const list = parseRevocationList({ revoked: [{ rid: 'A000000003', caIndex: 'F1', serialNumber: '0000a5' }] });
    expect(list).toHaveLength(1);
    expect(isRevoked(list, fromHex('A000000003'), 0xf1, fromHex('0000A5'))).toBe(true);
    expect(isRevoked(list, fromHex('A000000004'), 0xf1, fromHex('0000A5'))).toBe(false);
    expect(isRevoked(list, fromHex('A000000003'), 0xf2, fromHex('0000A5'))).toBe(false);
    expect(isRevoked(list, fromHex('A000000003'), 0xf1, fromHex('0000A6'))).toBe(false);
  });

  it('an empty list revokes nothing', () => {
    expect(parseRevocationList({ revoked: [] })).toEqual([]);
  });

  it('refuses a malformed list or entry with E-ODA-0008 naming the entry and field', () => {
    expect(contextOf(() => parseRevocationList({}))).toEqual({ field: 'revoked' });
    expect(contextOf(() => parseRevocationList({ revoked: [{ rid: 'A0000000', caIndex: 'F1', serialNumber: '0000A5' }] }))).toEqual({ entry: 0, field: 'rid' });
    expect(contextOf(() => parseRevocationList({ revoked: [{ rid: 'A000000003', caIndex: 241, serialNumber: '0000A5' }] }))).toEqual({ entry: 0, field: 'caIndex' });
    expect(contextOf(() => parseRevocationList({ revoked: [{ rid: 'A000000003', caIndex: 'F1', serialNumber: '0000A5' }, { rid: 'A000000003', caIndex: 'F1', serialNumber: '00A5' }] }))).toEqual({ entry: 1, field: 'serialNumber' });
    expect(contextOf(() => parseRevocationList({ revoked: ['A000000003F10000A5'] }))).toEqual({ entry: 0, field: 'rid' });
  });
});
