// npm start's boot (src/main.ts) as a process, on a machine with no card reader: it must
// start pcscd, insert the virtual cards, list the readers, print each card's applications
// masked, and on SIGINT stop everything it started.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function pcscdRunning(): boolean {
  try {
    const pid = Number.parseInt(readFileSync('/run/pcscd/pcscd.pid', 'utf8'), 10);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('npm start (src/main.ts) on emulated hardware', () => {
  it('reads the virtual cards it inserted, then stops pcscd on SIGINT', async () => {
    expect(pcscdRunning()).toBe(false);
    const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...process.env, POSRT_VIRTUAL_CARDS: 'visa@0,unionpay@1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!(out.includes('— card in Virtual PCD 00 00 —') && out.includes('— card in Virtual PCD 00 01 —')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    // Let both reports finish printing.
    await new Promise((r) => setTimeout(r, 1_000));
    child.kill('SIGINT');
    expect(await exited).toBe(0);

    expect(out).toContain('no card reader found: using emulated hardware');
    expect(out).toContain('card-reader Virtual PCD 00 00 (pcsc, contact)');
    expect(out).toContain('card-reader Virtual PCD 00 01 (pcsc, contactless)');
    expect(out).toContain('application A0000000031010: read');
    expect(out).toMatch(/directory: PPSE, \d application/);
    expect(out).toContain('application A000000333010101: read');
    expect(out).toContain('476173******0010');
    expect(out).not.toContain('4761739001010010');
    expect(out).toContain('stopping');
    expect(pcscdRunning()).toBe(false);
  }, 60_000);
});
