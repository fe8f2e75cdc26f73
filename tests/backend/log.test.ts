// The backend's log keeps card data and its own secrets out, by field name and by the same
// digit-run scrub the terminal's log applies (src/redaction).
import { describe, expect, it } from 'vitest';
import { createBackendLogger } from '../../src/backend/log.js';

// A TEST PAN (the virtual Visa card's), Luhn-valid.
const PAN = '4761739001010010';

function captured(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line) => void lines.push(line) };
}

describe('backend log', () => {
  it('masks a PAN inside a message or an error text, which path redaction cannot see', () => {
    const out = captured();
    const log = createBackendLogger('info', out);
    log.warn({ err: new Error(`issuer refused ${PAN}`) }, `authorisation for ${PAN} declined`);
    const line = out.lines.join('');
    expect(line).not.toContain(PAN);
    expect(line).toContain('476173…0010');
  });

  it('redacts card-data fields and the backend\'s own secrets by name', () => {
    const out = captured();
    const log = createBackendLogger('info', out);
    log.info({ pan: PAN, request: { track2: `${PAN}D3012`, pinBlock: '0412AC89ABCDEF67' }, provisioningToken: 'T-123', seed: 'ab'.repeat(32) }, 'enrolment');
    const entry = JSON.parse(out.lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ pan: '[REDACTED]', request: { track2: '[REDACTED]', pinBlock: '[REDACTED]' }, provisioningToken: '[REDACTED]', seed: '[REDACTED]' });
  });

  it('leaves numbers that are not card numbers alone', () => {
    const out = captured();
    createBackendLogger('info', out).info({ reference: '2024111500000001' }, 'batch 123456789012');
    expect(out.lines[0]).toContain('2024111500000001');
    expect(out.lines[0]).toContain('123456789012');
  });
});
