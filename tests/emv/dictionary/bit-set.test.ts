import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { newTsi, newTvr, readAip } from '../../../src/emv/dictionary/index.js';

describe('typed bit sets (EMV Book 3 Annex C)', () => {
  it('sets TVR bits by name at the right byte and mask', () => {
    const tvr = newTvr().set('transactionExceedsFloorLimit').set('offlineDataAuthenticationNotPerformed');
    expect(toHex(tvr.value())).toBe('8000008000');
    tvr.clear('offlineDataAuthenticationNotPerformed');
    expect(toHex(tvr.value())).toBe('0000008000');
    expect(tvr.has('transactionExceedsFloorLimit')).toBe(true);
    expect(tvr.has('sdaFailed')).toBe(false);
  });

  it('sets TSI bits and reads an AIP from the card', () => {
    expect(toHex(newTsi().set('offlineDataAuthenticationPerformed').set('cardRiskManagementPerformed').value())).toBe('A000');
    const aip = readAip(fromHex('3C00'));
    expect(aip.has('ddaSupported')).toBe(true);
    expect(aip.has('sdaSupported')).toBe(false);
  });

  it('tells whether the TVR meets an action code (Book 3 §10.7)', () => {
    const tvr = newTvr().set('transactionExceedsFloorLimit');
    expect(tvr.intersects(fromHex('0000008000'))).toBe(true);
    expect(tvr.intersects(fromHex('FFFFFF7FFF'))).toBe(false);
  });
});
