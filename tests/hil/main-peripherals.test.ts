// npm start (src/main.ts) with a pole display, a scanner and an MSR configured (POSRT_DISPLAYS,
// POSRT_SCANNERS, POSRT_MSRS), each its emulator on a socat pty: all three are attached and
// listed; the display's pty pulled away is a detach with its code, and back again an attach.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startPtyRig, until, type PtyRig } from '../support/pty-rig.js';

const ROOT = join(import.meta.dirname, '../..');
const stateDir = mkdtempSync(join(tmpdir(), 'posrt-state-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

const rigs: PtyRig[] = [];
afterEach(async () => {
  await Promise.all(rigs.splice(0).map((r) => r.stop()));
});

async function rig(serve: string): Promise<PtyRig> {
  const r = await startPtyRig({ serve, args: (port) => ['--port', port] });
  rigs.push(r);
  return r;
}

describe('npm start with a display, a scanner and an MSR configured', () => {
  it('lists them, and detaches and attaches the display as its pty goes and comes back', async () => {
    const display = await rig('src/emulators/display/serve.ts');
    const scanner = await rig('src/emulators/scanner/serve.ts');
    const msr = await rig('src/emulators/msr/serve.ts');
    const env = { ...process.env, POSRT_STATE_DIR: stateDir, POSRT_VIRTUAL_CARDS: '', POSRT_DISPLAYS: display.terminalPath, POSRT_SCANNERS: scanner.terminalPath, POSRT_MSRS: msr.terminalPath };
    const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => out.includes('ready; Ctrl-C to stop'), 30_000, 'npm start to boot');
      expect(out).toContain(`  display ${display.terminalPath} (display)`);
      expect(out).toContain(`  scanner ${scanner.terminalPath} (scanner)`);
      expect(out).toContain(`  mag-stripe ${msr.terminalPath} (msr)`);
      // The display was initialised on attach: ESC @ leaves a blank screen.
      await display.next('screen', (e) => JSON.stringify(e.rows) === JSON.stringify([' '.repeat(20), ' '.repeat(20)]));

      await display.unplug();
      await until(() => out.includes('detached: display'), 10_000, 'the display to be detached');
      expect(out).toMatch(/^display: degraded E-DISPLAY-000[12]$/m);
      await display.plugIn();
      await until(() => out.includes(`attached: display ${display.terminalPath} (display)`), 10_000, 'the display to be attached again');
      await until(() => /^display: ok$/m.test(out), 10_000, 'the display provider to be ok');
    } finally {
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  }, 60_000);
});
