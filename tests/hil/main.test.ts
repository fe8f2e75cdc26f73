// npm start (src/main.ts) as a process on a machine with nothing started beforehand: it must
// start pcscd, the virtual cards, the PIN pad, display, scanner and printer emulators and the
// embedded backend, enrol, print the web display's and the operations centre's URLs — the page
// serves and shows the idle screen with the host link online, the operations centre lists this
// terminal online after its first heartbeat — and on SIGTERM stop every process it started.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from '../support/pty-rig.js';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const stateDir = mkdtempSync(join(tmpdir(), 'posrt-state-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

function pcscdRunning(): boolean {
  try {
    const pid = Number.parseInt(readFileSync('/run/pcscd/pcscd.pid', 'utf8'), 10);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Ready {
  event: 'ready';
  webDisplay: string;
  opsCentre: string;
  serial: string;
  children: number[];
}

interface IdleView {
  id: string;
  lines: { text: string; style: string }[];
}

/** The views the kiosk page is sent, as a browser on the page would get them. */
function watchViews(url: string): { views: IdleView[]; close(): void } {
  const views: IdleView[] = [];
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}ws`, { origin: url.replace(/\/$/, '') });
  socket.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString()) as { type: string; view?: IdleView };
    if (m.type === 'view' && m.view) views.push(m.view);
  });
  return { views, close: () => socket.close() };
}

describe('npm start (src/main.ts) with no hardware configured', () => {
  it('brings up the emulators and the backend, shows the idle screen online, and stops every process on SIGTERM', async () => {
    expect(pcscdRunning()).toBe(false);
    const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...process.env, POSRT_STATE_DIR: stateDir, POSRT_CONFIG: '' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let ready: Ready | undefined;
    try {
      await until(() => /^\{"event":"ready".*$/m.test(out), 60_000, 'the ready line');
      ready = JSON.parse(/^\{"event":"ready".*$/m.exec(out)![0]) as Ready;
      expect(out).toContain('no card reader found: using emulated hardware');
      expect(out).toContain('card-reader Virtual PCD 00 00 (pcsc, contact)');
      expect(out).toMatch(/^ {2}pin-pad \S+\/devices\/pinpad \(pinpad\)$/m);
      expect(out).toMatch(/^ {2}printer tcp:\/\/127\.0\.0\.1:\d+ \(escpos\)$/m);
      expect(out).toMatch(/^ {2}display \S+\/devices\/display \(display\)$/m);
      expect(out).toMatch(/^ {2}scanner \S+\/devices\/scanner \(scanner\)$/m);
      expect(out).toContain(`enrolled with the backend at`);
      expect(out).toContain('0003/333333 cashier');
      expect(out).toContain(`web display: ${ready.webDisplay}`);
      expect(out).toContain(`operations centre: ${ready.opsCentre}`);
      // socat and the emulator for each serial device, the printer, the backend.
      expect(ready.children).toHaveLength(8);
      expect(ready.children.every(alive)).toBe(true);

      const page = await fetch(ready.webDisplay);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');

      const views = watchViews(ready.webDisplay);
      try {
        // 后台连接: 在线 — the link line turns online once the session opened.
        await until(() => views.views.some((v) => v.id === 'idle' && v.lines.some((l) => l.text.startsWith('后台连接: 在线') && l.style === 'ok')), 30_000, 'the idle screen online');
        const idle = views.views.filter((v) => v.id === 'idle').at(-1)!;
        expect(idle.lines.some((l) => l.text.startsWith('读卡器'))).toBe(true);
      } finally {
        views.close();
      }

      const fleet = async () => ((await (await fetch(`${ready!.opsCentre}api/terminals`)).json()) as { terminals: { serial: string; liveness: string; text: { devices: string } }[] }).terminals;
      let row: { serial: string; liveness: string; text: { devices: string } } | undefined;
      for (let i = 0; i < 60 && row?.liveness !== 'online'; i++) {
        row = (await fleet()).find((t) => t.serial === ready!.serial);
        if (row?.liveness !== 'online') await new Promise((r) => setTimeout(r, 500));
      }
      expect(row?.liveness).toBe('online');
      expect(row?.text.devices).not.toBe('');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('stopping');
    expect(ready!.children.filter(alive)).toEqual([]);
    expect(pcscdRunning()).toBe(false);
  }, 120_000);
});
