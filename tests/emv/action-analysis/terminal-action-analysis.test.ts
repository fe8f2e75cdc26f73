// EMV Book 3 §10.7 Terminal Action Analysis: denial, then online, then default; an absent
// IAC-Denial is all zeros, an absent IAC-Online or IAC-Default all ones (§10.7). Terminal types
// from Book 4 Annex A1 (x1/x4 online only, x2/x5 offline with online, x3/x6 offline only). TVR
// bits are named after Book 3 Annex C5; action codes share its layout. openemv/emv-utils has no
// terminal action analysis test file to replay (its tests/ folder holds none), so every case here
// is built from the clauses above.
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../src/bytes/hex.js';
import { newTvr, type Tvr } from '../../../src/emv/dictionary/index.js';
import {
  analyseTerminalActions,
  defaultActionWhenOffline,
  terminalOperation,
  type ActionAnalysisInput,
} from '../../../src/emv/action-analysis/index.js';

const ZEROS = fromHex('0000000000');
const ONES = fromHex('FFFFFFFFFF');
// Byte 4 bit 8 (floor limit) and byte 1 bit 8 (ODA not performed) as action-code masks.
const FLOOR_LIMIT = fromHex('0000008000');
const ODA_NOT_PERFORMED = fromHex('8000000000');

const floorLimitExceeded = (): Tvr => newTvr().set('transactionExceedsFloorLimit');

// 0x22: attended, offline with online capability.
function input(tvr: Tvr, rest: Partial<ActionAnalysisInput> = {}): ActionAnalysisInput {
  return { tvr, tac: { denial: ZEROS, online: ZEROS, default: ZEROS }, iac: { denial: ZEROS, online: ZEROS, default: ZEROS }, terminalType: 0x22, ...rest };
}

describe('terminalOperation (Book 4 Annex A1)', () => {
  it('reads the low digit of 9F35', () => {
    expect([0x11, 0x14, 0x21, 0x24, 0x34].map(terminalOperation)).toEqual(Array(5).fill('online-only'));
    expect([0x12, 0x15, 0x22, 0x25, 0x35].map(terminalOperation)).toEqual(Array(5).fill('offline-with-online'));
    expect([0x13, 0x16, 0x23, 0x26, 0x36].map(terminalOperation)).toEqual(Array(5).fill('offline-only'));
  });
});

describe('analyseTerminalActions (Book 3 §10.7)', () => {
  it('asks for a TC when the TVR is clean, even with every code all ones', () => {
    expect(analyseTerminalActions(input(newTvr(), { iac: { denial: ONES, online: ONES, default: ONES }, tac: { denial: ONES, online: ONES, default: ONES } }))).toEqual({
      request: 'tc',
      reason: 'no-online-match',
    });
  });

  it('asks for an AAC when a TVR bit is in IAC-Denial', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { iac: { denial: FLOOR_LIMIT } }))).toEqual({ request: 'aac', reason: 'denial-code-matched' });
  });

  it('asks for an AAC when a TVR bit is in TAC-Denial', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { tac: { denial: FLOOR_LIMIT } }))).toEqual({ request: 'aac', reason: 'denial-code-matched' });
  });

  it('treats an absent IAC-Denial as all zeros: no denial from the card', () => {
    const decision = analyseTerminalActions(input(floorLimitExceeded(), { iac: { online: ZEROS, default: ZEROS } }));
    expect(decision).toEqual({ request: 'tc', reason: 'no-online-match' });
  });

  it('denial wins over online, and over an online-only terminal', () => {
    const codes = { denial: FLOOR_LIMIT, online: FLOOR_LIMIT, default: ZEROS };
    expect(analyseTerminalActions(input(floorLimitExceeded(), { iac: codes })).request).toBe('aac');
    expect(analyseTerminalActions(input(floorLimitExceeded(), { iac: codes, terminalType: 0x21 })).request).toBe('aac');
  });

  it('asks for an ARQC when a TVR bit is in IAC-Online or TAC-Online', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { iac: { denial: ZEROS, online: FLOOR_LIMIT, default: ZEROS } }))).toEqual({
      request: 'arqc',
      reason: 'online-code-matched',
    });
    expect(analyseTerminalActions(input(floorLimitExceeded(), { tac: { online: FLOOR_LIMIT } }))).toEqual({ request: 'arqc', reason: 'online-code-matched' });
  });

  it('treats an absent IAC-Online as all ones: any TVR bit goes online', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { iac: { denial: ZEROS, default: ZEROS } })).request).toBe('arqc');
  });

  it('a TVR bit in neither online code gives a TC', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { iac: { denial: ZEROS, online: ODA_NOT_PERFORMED, default: ONES } }))).toEqual({
      request: 'tc',
      reason: 'no-online-match',
    });
  });

  it('treats an absent TAC set as zeros', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { tac: undefined })).request).toBe('tc');
  });

  it('an online-only terminal (x1, x4) asks for an ARQC whatever the online codes say', () => {
    for (const terminalType of [0x11, 0x14, 0x21, 0x24]) {
      expect(analyseTerminalActions(input(newTvr(), { terminalType }))).toEqual({ request: 'arqc', reason: 'online-only-terminal' });
    }
  });

  it('an offline-only terminal (x3, x6) uses the default codes, never the online codes', () => {
    // IAC-Online all ones would send an online-capable terminal online; offline only, the
    // default codes decide: no match → TC, match → AAC.
    const noDefault = input(floorLimitExceeded(), { terminalType: 0x23, iac: { denial: ZEROS, online: ONES, default: ZEROS } });
    expect(analyseTerminalActions(noDefault)).toEqual({ request: 'tc', reason: 'no-default-match' });
    const defaultMatch = input(floorLimitExceeded(), { terminalType: 0x26, tac: { default: FLOOR_LIMIT }, iac: { denial: ZEROS, online: ONES, default: ZEROS } });
    expect(analyseTerminalActions(defaultMatch)).toEqual({ request: 'aac', reason: 'default-code-matched' });
  });

  it('an offline-only terminal treats an absent IAC-Default as all ones: any TVR bit declines', () => {
    expect(analyseTerminalActions(input(floorLimitExceeded(), { terminalType: 0x23, iac: { denial: ZEROS, online: ZEROS } }))).toEqual({
      request: 'aac',
      reason: 'default-code-matched',
    });
    expect(analyseTerminalActions(input(newTvr(), { terminalType: 0x23, iac: {} }))).toEqual({ request: 'tc', reason: 'no-default-match' });
  });
});

describe('defaultActionWhenOffline (Book 3 §10.7, terminal unable to go online)', () => {
  it('a TVR bit in IAC-Default or TAC-Default gives an AAC, otherwise a TC; never an ARQC', () => {
    expect(defaultActionWhenOffline(input(floorLimitExceeded(), { iac: { denial: ZEROS, online: ONES, default: FLOOR_LIMIT } }))).toEqual({
      request: 'aac',
      reason: 'default-code-matched',
    });
    expect(defaultActionWhenOffline(input(floorLimitExceeded(), { tac: { default: FLOOR_LIMIT } }))).toEqual({ request: 'aac', reason: 'default-code-matched' });
    expect(defaultActionWhenOffline(input(floorLimitExceeded(), { iac: { denial: ZEROS, online: ONES, default: ODA_NOT_PERFORMED } }))).toEqual({
      request: 'tc',
      reason: 'no-default-match',
    });
  });

  it('treats an absent IAC-Default as all ones', () => {
    expect(defaultActionWhenOffline(input(floorLimitExceeded(), { iac: {} })).request).toBe('aac');
    expect(defaultActionWhenOffline(input(newTvr(), { iac: {} })).request).toBe('tc');
  });

  it('applies to an online-only terminal that could not reach the host', () => {
    expect(defaultActionWhenOffline(input(floorLimitExceeded(), { terminalType: 0x21, tac: { default: FLOOR_LIMIT } })).request).toBe('aac');
  });
});
