// The shipped profiles: names, test PANs with a valid Luhn check digit (ISO/IEC 7812-1 Annex B),
// and the UnionPay profile's PBOC data (language, currency, country).
import { describe, expect, it } from 'vitest';
import { isPosError } from '../../../src/errors/index.js';
import { createCard, getProfile, listProfiles } from '../../../src/emulators/card/index.js';
import { card, initiate, recordData, toHex } from './session.js';

function luhnValid(pan: string): boolean {
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let d = Number(pan[pan.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

describe('profiles', () => {
  it('lists visa, mastercard and unionpay, then the fault variants, with descriptions', () => {
    const listed = listProfiles();
    expect(listed.map((p) => p.name).slice(0, 3)).toEqual(['visa', 'mastercard', 'unionpay']);
    expect(listed.map((p) => p.name)).toEqual(expect.arrayContaining(['sda-card', 'dda-card', 'expired-issuer-cert', 'revoked-issuer-cert', 'bad-signature', 'pin-tries-exceeded', 'expired-card', 'not-yet-effective', 'velocity', 'online-only', 'always-decline', 'arpc-required']));
    for (const p of listed) expect(p.description.length).toBeGreaterThan(10);
  });

  it('refuses an unknown profile with E-EMU-0002', () => {
    let thrown: unknown;
    try {
      createCard('amex', { interface: 'contact' });
    } catch (e) {
      thrown = e;
    }
    expect(isPosError(thrown) && thrown.code).toBe('E-EMU-0002');
  });

  // Read on contact: the contactless-only mag-stripe cards carry their PAN in 9F6B (magstripe.test.ts).
  it.each(listProfiles().flatMap((p) => getProfile(p.name).applications.filter((a) => a.blocked !== true && a.contact !== undefined).map((a) => [p.name, a.aid] as const)))('%s %s holds a Luhn-valid PAN that matches its track 2', async (profile, aid) => {
    const data = recordData((await initiate(card(profile), aid)).records);
    const pan = toHex(data.get('5A')!).replace(/F+$/, '');
    expect(luhnValid(pan)).toBe(true);
    expect(luhnValid(pan.slice(0, -1) + String((Number(pan.slice(-1)) + 1) % 10))).toBe(false);
    expect(toHex(data.get('57')!).startsWith(`${pan}D`)).toBe(true);
  });

  it('UnionPay prefers Chinese and uses CNY (156) in country 156', async () => {
    const data = recordData((await initiate(card('unionpay'), 'A000000333010101')).records);
    expect(toHex(data.get('9F42')!)).toBe('0156');
    expect(toHex(data.get('5F28')!)).toBe('0156');
    expect(getProfile('unionpay').applications.every((a) => a.languagePreference === 'zhen')).toBe(true);
  });
});
