// pos readers and pos card-info as a person runs them, through the real stack: the command
// (a child process) → pcsclite → pcscd → vpcd → our vpcd link → the virtual EMV card.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPos } from '../cli/run-pos.js';
import { useVirtualSlots } from './support/virtual-slots.js';

interface CardInfoJson {
  reader: string;
  interface: string;
  directory: { kind: string; entries: { aid: string }[] };
  applications: { aid: string; status: string; records?: unknown[]; gpo?: { format: number } }[];
}

const { insert } = useVirtualSlots();

describe('pos card-info through pcscd and vpcd', () => {
  // The three scheme profiles; the fault and selection variants are for the kernel's tests.
  for (const name of ['visa', 'mastercard', 'unionpay']) {
    it(`reads every application of the ${name} card on the contact reader, PAN masked`, async () => {
      await insert(name, 0);
      const r = await runPos(['card-info', '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const info = JSON.parse(r.stdout) as CardInfoJson;
      expect(info).toMatchObject({ reader: 'Virtual PCD 00 00', interface: 'contact', directory: { kind: 'pse' } });
      expect(info.applications.length).toBe(info.directory.entries.length);
      for (const app of info.applications) {
        expect(app.status).toBe('read');
        expect(app.records!.length).toBeGreaterThan(0);
      }
      expect(r.stdout).toMatch(/\d{6}\*{2,}\d{4}/);
    });

    it(`reads the ${name} card's contactless directory (PPSE) on the contactless reader`, async () => {
      await insert(name, 1);
      const r = await runPos(['card-info', '--reader', 'Virtual PCD 00 01', '--json']);
      expect(r.code).toBe(0);
      const info = JSON.parse(r.stdout) as CardInfoJson;
      expect(info).toMatchObject({ interface: 'contactless', directory: { kind: 'ppse' } });
      expect(info.applications.every((a) => a.status === 'read')).toBe(true);
    });
  }

  it('lists both readers with their interface, the card and its ATR', async () => {
    await insert('visa', 0);
    await insert('mastercard', 1);
    const r = await runPos(['readers', '--json']);
    expect(r.code).toBe(0);
    const { readers } = JSON.parse(r.stdout) as { readers: { name: string; interface: string; card: string; atr: string | null }[] };
    expect(readers.map((x) => [x.name, x.interface, x.card])).toEqual([
      ['Virtual PCD 00 00', 'contact', 'present'],
      ['Virtual PCD 00 01', 'contactless', 'present'],
    ]);
    expect(readers.every((x) => /^3B[0-9A-F]+$/.test(x.atr ?? ''))).toBe(true);
  });

  it('types the readers by the configured rules: POSRT_READER_INTERFACES, else --config DIR/readers.json', async () => {
    const byEnv = await runPos(['readers', '--json'], { env: { POSRT_READER_INTERFACES: 'Virtual PCD 00 00=contactless;Virtual PCD 00 01=both' } });
    expect(byEnv.code).toBe(0);
    const typed = (out: string) => (JSON.parse(out) as { readers: { name: string; interface: string }[] }).readers.map((x) => [x.name, x.interface]);
    expect(typed(byEnv.stdout)).toEqual([
      ['Virtual PCD 00 00', 'contactless'],
      ['Virtual PCD 00 01', 'both'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'posrt-readers-'));
    writeFileSync(join(dir, 'readers.json'), JSON.stringify({ interfaces: [{ match: 'virtual pcd', interface: 'contactless' }] }));
    const byFile = await runPos(['readers', '--config', dir, '--json']);
    expect(typed(byFile.stdout)).toEqual([
      ['Virtual PCD 00 00', 'contactless'],
      ['Virtual PCD 00 01', 'contactless'],
    ]);
    writeFileSync(join(dir, 'readers.json'), JSON.stringify({ interfaces: [{ match: 'PICC', interface: 'nfc' }] }));
    const bad = await runPos(['readers', '--config', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^E-CORE-0003 .*field=interfaces\[0\]\.interface/);
  });

  it('ends with a coded error, not a crash, when the card is torn out mid-read', async () => {
    // APDU 1 SELECT PSE, 2 READ RECORD, 3 SELECT AID, 4 GPO: the card leaves at the GPO.
    await insert('visa', 0, [{ kind: 'removal', atApdu: 4 }]);
    // Debug logs (card data redacted) and a bound below the test's own, so that a run that
    // hangs still fails with what the command was doing.
    const r = await runPos(['card-info'], { env: { POS_LOG_LEVEL: 'debug' }, timeoutMs: 15_000 });
    const said = `exit ${r.code}; stderr:\n${r.stderr}`;
    expect(r.code, said).toBe(2);
    expect(r.stderr, said).toMatch(/^E-PCSC-0003 /m);
    expect(r.stderr).not.toContain('    at ');
  });

  it('names the reader that does not exist', async () => {
    const r = await runPos(['card-info', '--reader', 'No Such Reader']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^E-DEV-0010 /);
  });
});
