// The MSR driver's logic in-process: cutting a swipe message into tracks (src/wire/msr/tracks.ts
// framing; LRC per ISO/IEC 7811-2), ISO/IEC 7813 fields, and what a swipe means for the sale.
// Track messages are built with the emulator's stripe (itself checked against published
// parity and LRC examples in tests/wire/msr/tracks.test.ts).
import { describe, expect, it } from 'vitest';
import { cardFromTrack1, cardFromTrack2, swipeOutcome, swipeTracks } from '../../../src/devices/msr/index.js';
import { readStripe, writeStripe } from '../../../src/emulators/msr/stripe.js';
import { TRACK1, TRACK2 } from '../../../src/wire/msr/tracks.js';
import { errorOf } from '../../support/pos-error.js';

const PAN = '4761739001010010';
const bytes = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const t1 = (content: string) => readStripe(TRACK1, writeStripe(TRACK1, content));
const t2 = (content: string) => readStripe(TRACK2, writeStripe(TRACK2, content));

describe('swipe message → tracks', () => {
  it('reads track 1 then track 2, and either alone', () => {
    const both = swipeTracks(bytes(t1(`B${PAN}^DOE/JANE^2612101`) + t2(`${PAN}=2612101`)));
    expect(both.track1.kind === 'read' && both.track1.data.reveal()).toBe(`B${PAN}^DOE/JANE^2612101`);
    expect(both.track2.kind === 'read' && both.track2.data.reveal()).toBe(`${PAN}=2612101`);
    expect(swipeTracks(bytes(t2(`${PAN}=2612101`))).track1).toEqual({ kind: 'blank' });
  });

  it('finds the LRC after the end sentinel even when the LRC character is itself a sentinel', () => {
    // Contents chosen so track 2's LRC code is 0xF ('?') and 0xB (';'): 0xB ^ 0xF ^ 2 ^ 9 = 0xF.
    for (const content of ['29', '69']) {
      const message = t2(content);
      const tracks = swipeTracks(bytes(message));
      expect(tracks.track2.kind === 'read' && tracks.track2.data.reveal()).toBe(content);
    }
    expect(t2('29').slice(-1)).toBe('?');
    expect(t2('69').slice(-1)).toBe(';');
  });

  it('marks the head\'s "E" as a parity error and a character outside the set as one too', () => {
    expect(swipeTracks(bytes(';E?')).track2).toEqual({ kind: 'error', code: 'E-MSR-0005' });
    const lowercase = t1('BX^Y^Z').replace('X', 'x');
    expect(swipeTracks(bytes(lowercase)).track1).toEqual({ kind: 'error', code: 'E-MSR-0005' });
  });

  it('refuses a message it cannot cut into tracks with E-MSR-0003', () => {
    expect(errorOf(() => swipeTracks(bytes(`X${t2('123')}`))).context).toEqual({ offset: 0, reason: 'start sentinel' });
    expect(errorOf(() => swipeTracks(bytes(t2('123') + t2('456')))).context).toMatchObject({ reason: 'track repeated' });
    expect(errorOf(() => swipeTracks(bytes(';123?'))).context).toMatchObject({ track: 2, reason: 'LRC missing' });
    expect(errorOf(() => swipeTracks(bytes(';123'))).context).toMatchObject({ track: 2, reason: 'end sentinel' });
    // 40 characters is track 2's capacity with sentinels and LRC (ISO/IEC 7813): 37 of content fit, 38 do not.
    expect(swipeTracks(bytes(t2('1'.repeat(37)))).track2.kind).toBe('read');
    expect(errorOf(() => swipeTracks(bytes(t2('1'.repeat(38))))).context).toMatchObject({ track: 2, reason: 'too long' });
  });
});

describe('ISO/IEC 7813 fields', () => {
  it('reads track 1 format B: PAN, name, expiry, service code', () => {
    const card = cardFromTrack1(`B${PAN}^DOE/JANE.MS^2602226000000`);
    expect([card.pan.reveal(), card.name?.reveal(), card.expiry, card.serviceCode, card.chip]).toEqual([PAN, 'DOE/JANE.MS', { year: 2026, month: 2 }, '226', true]);
  });

  it('names the field that is wrong, never its value', () => {
    expect(errorOf(() => cardFromTrack1(`B${PAN}^X^2602101`)).context).toEqual({ track: 1, field: 'name' });
    expect(errorOf(() => cardFromTrack2(`${PAN}=2613101`)).context).toEqual({ track: 2, field: 'expiry' });
    expect(errorOf(() => cardFromTrack2(`${PAN}=26`)).context).toEqual({ track: 2, field: 'expiry or service code' });
    expect(errorOf(() => cardFromTrack2('12345=2612101')).context).toEqual({ track: 2, field: 'pan' });
  });
});

describe('what a swipe means', () => {
  const read = (content: string) => ({ kind: 'read' as const, data: { reveal: () => content } as never });
  const blank = { kind: 'blank' as const };

  it('takes service codes 1xx, 5xx, 7xx as magstripe cards and 2xx, 6xx as chip cards', () => {
    for (const [sc, kind] of [['101', 'read'], ['501', 'read'], ['701', 'read'], ['201', 'insert-card'], ['620', 'insert-card']] as const) {
      expect(swipeOutcome({ track1: blank, track2: read(`${PAN}=2612${sc}`) }, { fallbackAllowed: false }).kind).toBe(kind);
    }
  });

  it('reports the track 2 error when neither track gives a card', () => {
    const outcome = swipeOutcome({ track1: { kind: 'error', code: 'E-MSR-0005' }, track2: { kind: 'error', code: 'E-MSR-0004' } }, { fallbackAllowed: true });
    expect(outcome.kind === 'unreadable' && [outcome.error.code, outcome.error.context]).toEqual(['E-MSR-0004', { track: 2 }]);
  });
});
