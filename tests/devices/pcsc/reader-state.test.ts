import { describe, expect, it } from 'vitest';
import { decodeState, presenceEvents } from '../../../src/devices/pcsc/reader-state.js';
import { DEFAULT_INTERFACE_RULES, interfaceOf } from '../../../src/devices/pcsc/interface-rules.js';
import { statusOf } from '../../../src/devices/pcsc/status.js';

// State words as pcscd 1.9.9 reported them for a vpcd slot (captured in this repo's HIL run):
// 0x12 EMPTY|CHANGED at start, 0x10022 PRESENT|CHANGED with card event 1, 0x20012 EMPTY with 2.
const ATR = [0x3b, 0x02, 0x14, 0x50];
const empty0 = decodeState(0x12, undefined);
const present1 = decodeState(0x10022, Buffer.from(ATR));
const empty2 = decodeState(0x20012, undefined);

describe('PC/SC reader state', () => {
  it('decodes presence and the card event counter', () => {
    expect(empty0).toEqual({ presence: { kind: 'empty' }, cardEvents: 0 });
    expect(present1).toEqual({ presence: { kind: 'present', atr: Uint8Array.from(ATR) }, cardEvents: 1 });
    expect(decodeState(0x10232, Buffer.from(ATR)).presence).toEqual({ kind: 'mute' });
  });

  it('derives insert and remove from transitions, not from repeated states', () => {
    expect(presenceEvents(empty0, present1)).toEqual([{ kind: 'inserted', atr: Uint8Array.from(ATR) }]);
    expect(presenceEvents(present1, present1)).toEqual([]);
    expect(presenceEvents(present1, empty2)).toEqual([{ kind: 'removed' }]);
    expect(presenceEvents(empty2, empty2)).toEqual([]);
  });

  it('reports a card already in the reader at the first report', () => {
    expect(presenceEvents(null, present1).map((e) => e.kind)).toEqual(['inserted']);
    expect(presenceEvents(null, empty0)).toEqual([]);
  });

  it('sees a card swapped between two polls by the counter moving', () => {
    const present3 = decodeState(0x30022, Buffer.from([0x3b, 0x00]));
    expect(presenceEvents(present1, present3).map((e) => e.kind)).toEqual(['removed', 'inserted']);
  });

  it('does not call a mute card inserted', () => {
    expect(presenceEvents(empty0, decodeState(0x10222, undefined))).toEqual([]);
  });

  it('maps reader names to interfaces by the default rules', () => {
    expect(interfaceOf('Virtual PCD 00 00', DEFAULT_INTERFACE_RULES)).toBe('contact');
    expect(interfaceOf('Virtual PCD 00 01', DEFAULT_INTERFACE_RULES)).toBe('contactless');
    expect(interfaceOf('ACS ACR122U PICC Interface 00 00', DEFAULT_INTERFACE_RULES)).toBe('contactless');
    expect(interfaceOf('Gemalto PC Twin Reader 00 00', DEFAULT_INTERFACE_RULES)).toBe('contact');
    expect(interfaceOf('Reader X', [{ pattern: /X/, interface: 'both' }])).toBe('both');
  });

  it('reads the status code out of a binding error message', () => {
    expect(statusOf(new Error('SCardTransmit error: Transaction failed.(0x80100016)'))).toEqual({ value: 0x80100016, name: 'SCARD_E_NOT_TRANSACTED' });
    expect(statusOf(new Error('SCardX error: ?(0x801000ff)')).name).toBe('0x801000ff');
    expect(statusOf(new Error('no code')).name).toBe('unknown');
  });
});
