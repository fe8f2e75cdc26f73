import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, PosError } from '../../src/errors/index.js';
import { renderCatalogue } from '../../src/errors/catalogue-doc.js';

describe('error catalogue', () => {
  it('has a well-formed code and text in both languages for every entry', () => {
    for (const [code, e] of Object.entries(catalogue)) {
      expect(code).toMatch(/^E-[A-Z]{2,8}-\d{4}$/);
      for (const text of [e.en, e.zh, e.fix.en, e.fix.zh]) expect(text.trim().length).toBeGreaterThan(2);
      // The zh text must be Chinese, not a copy of the English.
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.fix.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('is current in docs/error-codes.md (run npm run errors:gen)', () => {
    const onDisk = readFileSync(join(import.meta.dirname, '../../docs/error-codes.md'), 'utf8');
    expect(onDisk).toBe(renderCatalogue());
  });

  it('puts the code and context in the message and the fix in the language asked', () => {
    const e = new PosError('E-CORE-0002', { position: 3 });
    expect(e.message).toBe('E-CORE-0002 Invalid hexadecimal input (position=3)');
    expect(e.describe('zh-CN').fix).toContain('十六进制');
  });
});
