import { describe, it, expect } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { exchange, selectCommand, type CardTransport } from '../../../src/emv/apdu/index.js';
import { performCardholderVerification } from '../../../src/emv/cvm/index.js';
import { createCard, getProfile, inProcessTransport } from '../../../src/emulators/card/index.js';
import { aipWithCvm, bits, transaction } from './context.js';
import { FakePinPad, type OfflineEntry } from './fake-pin-pad.js';

// The virtual Visa card (src/emulators/card/profiles/visa.ts): PIN 1234, try limit 3, CVM List
// 4103 4203 1E03 1F03, plaintext offline PIN by VERIFY P2 80.
const visa = getProfile('visa');
const CVM_LIST = fromHex('0000000000000000410342031E031F03');
const AID = fromHex('A0000000031010');

async function selectedVisa(): Promise<CardTransport> {
  const card = inProcessTransport(createCard('visa', { interface: 'contact' }));
  expect((await exchange(card, selectCommand(AID))).sw).toBe(0x9000);
  return card;
}

async function verifyOn(card: CardTransport, offline: readonly OfflineEntry[], online = [{ kind: 'bypassed' } as const]) {
  const pinPad = new FakePinPad({ offline, online });
  const { tvr, tsi } = bits();
  const outcome = await performCardholderVerification({
    aip: aipWithCvm(),
    cvmList: CVM_LIST,
    transaction: transaction(),
    pan: '4761739001010010',
    iccPinKey: () => undefined,
    card,
    pinPad,
    tvr,
    tsi,
  });
  return { outcome, tvr: toHex(tvr.value()), pinPad };
}

describe('cardholder verification against the virtual Visa card', () => {
  it('the profile PIN is the one these tests enter', () => {
    expect(visa.pin).toEqual({ digits: '1234', tryLimit: 3 });
  });

  it('verifies the right plaintext PIN: 410302, asked with 3 tries left', async () => {
    const r = await verifyOn(await selectedVisa(), [{ pin: '1234' }]);
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('410302');
    expect(r.tvr).toBe('0000000000');
    expect(r.pinPad.offlineRequests).toEqual([{ mode: 'plaintext', triesLeft: 3 }]);
  });

  it('takes a wrong PIN then the right one, the card counting the tries down', async () => {
    const r = await verifyOn(await selectedVisa(), [{ pin: '0000' }, { pin: '1234' }]);
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('410302');
    expect(r.pinPad.offlineRequests.map((q) => q.triesLeft)).toEqual([3, 2]);
  });

  it('three wrong PINs exceed the try limit; online PIN bypassed; signature is performed', async () => {
    const r = await verifyOn(await selectedVisa(), [{ pin: '0000' }, { pin: '1111' }, { pin: '2222' }]);
    expect(r.tvr).toBe('0000280000');
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('1E0300');
  });

  it('a blocked card is not asked for a PIN: the try counter reads 0', async () => {
    const card = await selectedVisa();
    await verifyOn(card, [{ pin: '0000' }, { pin: '0000' }, { pin: '0000' }]);
    const r = await verifyOn(card, []);
    expect(r.pinPad.offlineRequests).toEqual([]);
    expect(r.tvr).toBe('0000280000');
    expect(r.outcome.kind === 'successful' && toHex(r.outcome.cvmResults)).toBe('1E0300');
  });
});
