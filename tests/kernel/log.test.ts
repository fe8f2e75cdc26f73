import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PosError } from '../../src/errors/index.js';
import { createLogger, maskPanWindows, scrubJsonStrings } from '../../src/kernel/log.js';

// 4761739001010010 is Visa's published test PAN (Visa ADVT / CDET test cards), Luhn-valid.
const PAN = '4761739001010010';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  return { lines, stream };
}

function logWith(fn: (log: ReturnType<typeof createLogger>) => void): string {
  const { lines, stream } = capture();
  const log = createLogger({ name: 'test', level: 'debug', destination: stream });
  fn(log);
  return lines.join('');
}

describe('kernel logger', () => {
  it('redacts card-data fields at the top level and nested', () => {
    const out = logWith((log) =>
      log.info({ pan: PAN, txn: { track2: `${PAN}D25122011000000000000`, pinBlock: 'ABCDEF0123456789' }, card: { emv: { cvv: '123' } } }, 'card read'),
    );
    expect(out).not.toContain(PAN);
    expect(out).not.toContain('ABCDEF0123456789');
    expect(out).not.toContain('"cvv":"123"');
    const line = JSON.parse(out) as { pan: string; txn: { track2: string; pinBlock: string }; card: { emv: { cvv: string } } };
    expect(line.pan).toBe('[REDACTED]');
    expect(line.txn.track2).toBe('[REDACTED]');
    expect(line.card.emv.cvv).toBe('[REDACTED]');
  });

  it('masks a PAN inside a message, an error text and a hex dump, keeping first six and last four', () => {
    const out = logWith((log) => {
      log.info(`card ${PAN} read`);
      log.error({ err: new Error(`declined for ${PAN}`) }, 'auth failed');
      log.debug({ rapdu: `70135A08${PAN}5F24032512319000` }, 'read record');
      log.warn({ note: `track ${PAN}=25122011` }, 'fallback');
    });
    expect(out).not.toContain(PAN);
    expect(out).toContain('476173…0010');
    expect(out.split('\n').filter(Boolean).every((l) => JSON.parse(l) !== null)).toBe(true);
  });

  it('masks a PAN carried in a PosError message and its context', () => {
    const err = new PosError('E-DEV-0009', { detail: `unexpected ${PAN}` });
    const out = logWith((log) => log.error({ err }, 'exchange'));
    expect(out).not.toContain(PAN);
    expect(out).toContain('E-DEV-0009');
  });

  it('leaves numbers outside strings and digit runs without a Luhn-valid window alone', () => {
    // No 13–19 digit window of 2024111500000001 passes the check digit.
    expect(scrubJsonStrings('{"time":4761739001010010,"msg":"ref 2024111500000001"}')).toBe(
      '{"time":4761739001010010,"msg":"ref 2024111500000001"}',
    );
  });

  it('masks a whole run when the PAN is glued to a tag and length, revealing at most ten digits', () => {
    expect(maskPanWindows(`08${PAN}`)).toBe('084761…0010');
    expect(maskPanWindows(PAN)).toBe('476173…0010');
    expect(maskPanWindows('123456789012')).toBe('123456789012');
  });
});
