import { describe, expect, it } from 'vitest';
import { runPos } from './run-pos.js';

// PSE FCI as returned to SELECT 1PAY.SYS.DDF01 (EMV Book 1 §11.3.4; same bytes in
// openemv/emv-utils tests/emv_tlv_test.c).
const PSE_FCI = '6F1A840E315041592E5359532E4444463031A5088801025F2D02656E';

describe('pos decode', () => {
  it('prints the tree with names and rendered values', async () => {
    const r = await runPos(['decode', PSE_FCI]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '6F File Control Information (FCI) Template [26]',
      '  84 Dedicated File (DF) Name [14]: 315041592E5359532E4444463031',
      '  A5 File Control Information (FCI) Proprietary Template [8]',
      '    88 Short File Identifier (SFI) [1]: 02',
    ]);
  });

  it('spells out bit fields and reads amounts in the currency given beside them', async () => {
    const r = await runPos(['decode', '9F02060000000012345F2A0201569505000000800082021980']);
    expect(r.stdout).toContain('9F02 Amount, Authorised (Numeric) [6]: 000000001234 — 12.34 CNY');
    expect(r.stdout).toContain('    · Transaction exceeds floor limit');
    expect(r.stdout).toContain('    · CDA supported');
  });

  it('reads stdin with - and prints JSON for machines, PAN masked', async () => {
    const r = await runPos(['decode', '--json', '-'], { stdin: '70 0A 5A08 4761739001010010\n' });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { objects: { tag: string; children: { tag: string; text: string; hex?: string }[] }[] };
    const pan = out.objects[0]!.children[0]!;
    expect(pan).toMatchObject({ tag: '5A', text: '476173******0010' });
    expect(pan.hex).toBeUndefined();
    expect(r.stdout).not.toContain('4761739001010010');
  });

  it('shows the PAN only when asked', async () => {
    const r = await runPos(['decode', '--show-pan', '5A084761739001010010']);
    expect(r.stdout).toContain('4761739001010010');
  });

  it('exits 2 with a coded error naming the offset on malformed input', async () => {
    const r = await runPos(['decode', '70035A0512']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E-TLV-0004');
    expect(r.stderr).toContain('offset=2');
    expect(r.stdout).toBe('');
    const odd = await runPos(['decode', '5A0']);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain('E-CORE-0002');
  });

  it('answers in Chinese when the locale is zh', async () => {
    const r = await runPos(['decode', 'XYZ1'], { env: { POS_LANG: 'zh-CN' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('十六进制输入无效');
  });
});
