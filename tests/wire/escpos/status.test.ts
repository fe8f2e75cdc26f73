// Real-time status bytes, DLE EOT n: bit layouts from the Epson ESC/POS Command Reference,
// "DLE EOT: Transmit real-time status" (n = 1 printer, 2 offline cause, 3 error cause, 4 roll
// paper sensor; bits 1 and 4 always 1, bits 0 and 7 always 0).
import { describe, expect, it } from 'vitest';
import { decodeStatus, encodeStatus, isOffline, isStatusByte, statusRequest, type PrinterConditions } from '../../../src/wire/escpos/status.js';
import { processIdCommand, processIdOf, processIdResponse } from '../../../src/wire/escpos/process-id.js';
import { ean13CheckDigit } from '../../../src/wire/escpos/ean13.js';

const ready: PrinterConditions = { coverOpen: false, paperNearEnd: false, paperEnd: false, error: 'none' };

describe('DLE EOT status bytes', () => {
  it('asks with DLE EOT n', () => {
    expect([...statusRequest('paper-sensor')]).toEqual([0x10, 0x04, 0x04]);
  });

  it('answers 0x12 for every request when the printer is ready', () => {
    for (const r of ['printer', 'offline-cause', 'error-cause', 'paper-sensor'] as const) expect(encodeStatus(r, ready)).toBe(0x12);
  });

  it('sets the documented bits for paper end, near end, cover open and a cutter error', () => {
    const out = { ...ready, paperEnd: true, paperNearEnd: true };
    expect(encodeStatus('printer', out)).toBe(0x1a); // bit 3 offline
    expect(encodeStatus('offline-cause', out)).toBe(0x32); // bit 5 printing stopped by paper end
    expect(encodeStatus('paper-sensor', out)).toBe(0x7e); // bits 2-3 near end, 5-6 end
    expect(encodeStatus('offline-cause', { ...ready, coverOpen: true })).toBe(0x16); // bit 2 cover open
    expect(encodeStatus('error-cause', { ...ready, error: 'cutter' })).toBe(0x1a); // bit 3 autocutter error
  });

  it('decodes what it encodes, for every combination of conditions', () => {
    for (const coverOpen of [false, true])
      for (const paperNearEnd of [false, true])
        for (const paperEnd of [false, true])
          for (const error of ['none', 'cutter', 'unrecoverable', 'auto-recoverable'] as const) {
            const c = { coverOpen, paperNearEnd: paperNearEnd || paperEnd, paperEnd, error };
            const decoded = decodeStatus({
              printer: encodeStatus('printer', c),
              offlineCause: encodeStatus('offline-cause', c),
              paperSensor: encodeStatus('paper-sensor', c),
              errorCause: encodeStatus('error-cause', c),
            });
            expect(decoded).toEqual({ ...c, offline: isOffline(c) });
          }
  });

  it('tells status bytes from a process ID response header and noise', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x7e)).toBe(true);
    expect(isStatusByte(0x37)).toBe(false);
    expect(isStatusByte(0xff)).toBe(false);
    expect(isStatusByte(0x00)).toBe(false);
  });
});

describe('GS ( H process ID', () => {
  it('builds the request and the printer answer around four ID digits', () => {
    expect(processIdOf(10_042)).toBe('0042');
    expect([...processIdCommand('0042')]).toEqual([0x1d, 0x28, 0x48, 0x06, 0x00, 0x30, 0x30, 0x30, 0x30, 0x34, 0x32]);
    expect([...processIdResponse(Uint8Array.of(0x30, 0x30, 0x34, 0x32))]).toEqual([0x37, 0x22, 0x30, 0x30, 0x34, 0x32, 0x00]);
  });
});

describe('EAN-13 check digit', () => {
  it('matches GS1 examples', () => {
    // GS1 General Specifications §7.9.1 worked example: 629104150021 → 3.
    expect(ean13CheckDigit('629104150021')).toBe(3);
    expect(ean13CheckDigit('400638133393')).toBe(1);
  });
});
