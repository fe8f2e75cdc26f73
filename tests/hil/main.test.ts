// npm start (src/main.ts) as a process on a machine with nothing started beforehand: it must
// start pcscd, the virtual cards, the PIN pad, display, scanner and printer emulators and the
// embedded backend, enrol, print the web display's and the operations centre's URLs — the page
// serves and shows the idle screen with the host link online, the operations centre lists this
// terminal online after its first heartbeat — and on SIGTERM stop every process it started.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from '../support/pty-rig.js';
import { alive } from './support/process-alive.js';

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

interface Ready {
  event: 'ready';
  webDisplay: string;
  opsCentre: string;
  serial: string;
  children: number[];
}

interface IdleView {
  id: string;
  title: string;
  tone: string;
  lines: { text: string; style: string }[];
}

/** The views the kiosk page is sent, and its keys, as a browser on the page would have them. */
function watchViews(url: string): { views: IdleView[]; press(key: object): void; close(): void } {
  const views: IdleView[] = [];
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}ws`, { origin: url.replace(/\/$/, '') });
  socket.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString()) as { type: string; view?: IdleView };
    if (m.type === 'view' && m.view) views.push(m.view);
  });
  return { views, press: (key) => socket.send(JSON.stringify({ type: 'key', key })), close: () => socket.close() };
}

async function bootMain(env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; out: () => string; exited: Promise<number | null>; ready: Ready }> {
  const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...process.env, POSRT_STATE_DIR: mkdtempSync(join(stateDir, 'run-')), POSRT_CONFIG: '', ...env } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await until(() => /^\{"event":"ready".*$/m.test(out), 60_000, 'the ready line');
  return { child, out: () => out, exited, ready: JSON.parse(/^\{"event":"ready".*$/m.exec(out)![0]) as Ready };
}

describe('npm start (src/main.ts) with no hardware configured', () => {
  it('brings up the emulators and the backend, shows the idle screen online, and stops every process on SIGTERM', async () => {
    expect(pcscdRunning()).toBe(false);
    const { child, out: output, exited, ready } = await bootMain({});
    const out = output();
    try {
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
      // socat for each serial device, the one process of all four emulators, the backend; and the
      // two virtual cards' processes when they were in before the idle screen (they go in beside it).
      expect([5, 7]).toContain(ready.children.length);
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

      const fleet = async () => ((await (await fetch(`${ready.opsCentre}api/terminals`)).json()) as { terminals: { serial: string; liveness: string; text: { devices: string } }[] }).terminals;
      let row: { serial: string; liveness: string; text: { devices: string } } | undefined;
      for (let i = 0; i < 60 && row?.liveness !== 'online'; i++) {
        row = (await fleet()).find((t) => t.serial === ready.serial);
        if (row?.liveness !== 'online') await new Promise((r) => setTimeout(r, 500));
      }
      expect(row?.liveness).toBe('online');
      expect(row?.text.devices).not.toBe('');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output()).toContain('stopping');
    expect(ready.children.filter(alive)).toEqual([]);
    expect(pcscdRunning()).toBe(false);
  }, 120_000);

  it('lets the demo cashier sign in on the kiosk page and sell with the PIN typed for the PIN pad emulator; the sale reaches the operations centre', async () => {
    const { child, out, exited, ready } = await bootMain({ POSRT_VIRTUAL_CARDS: 'unionpay@0' });
    const kiosk = watchViews(ready.webDisplay);
    const shown = async (id: string): Promise<IdleView> => {
      await until(() => kiosk.views.at(-1)?.id === id, 30_000, `the ${id} screen`);
      return kiosk.views.at(-1)!;
    };
    const type = (digits: string): void => {
      for (const d of digits) kiosk.press({ kind: 'digit', digits: d });
      kiosk.press({ kind: 'enter' });
    };
    try {
      await shown('idle');
      kiosk.press({ kind: 'button', id: 'sign-in' });
      await shown('login-operator');
      type('0003');
      await shown('login-password');
      type('333333');
      await shown('idle');
      kiosk.press({ kind: 'button', id: 'menu' });
      await shown('main-menu');
      kiosk.press({ kind: 'button', id: 'sale' });
      await shown('amount');
      type('8888');
      // The pad takes the line once it asks for the PIN; before that it ignores it.
      const typing = setInterval(() => child.stdin.write('123456\n'), 300);
      let result: IdleView;
      try {
        result = await shown('result');
      } finally {
        clearInterval(typing);
      }
      expect(result.tone).toBe('success');
      expect(result.lines.map((l) => l.text).join('\n')).toContain('621234******1232');
      expect(result.lines.map((l) => l.text).join('\n')).not.toContain('6212345678901232');
      kiosk.press({ kind: 'button', id: 'ok' });
      await shown('idle');

      const page = `${ready.opsCentre}terminals/${ready.serial}`;
      let html = '';
      for (let i = 0; i < 60 && !html.includes('621234******1232'); i++) {
        html = await (await fetch(page)).text();
        if (!html.includes('621234******1232')) await new Promise((r) => setTimeout(r, 500));
      }
      expect(html).toMatch(/<td class="num">88\.88<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td>621234\*{6}1232<\/td>/);
      expect(html).not.toContain('6212345678901232');
      expect(out()).not.toContain('6212345678901232');
    } finally {
      kiosk.close();
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(ready.children.filter(alive)).toEqual([]);
  }, 180_000);
});

describe('npm start when a step fails', () => {
  it('prints the code, message and fix, exits 2, and leaves none of the processes it started', async () => {
    // The web display's port is taken: everything before it came up and must go again.
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    const run = mkdtempSync(join(stateDir, 'failing-'));
    const config = join(run, 'terminal-runtime.json');
    writeFileSync(config, JSON.stringify({ webDisplayPort: port }));
    try {
      const child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...process.env, POSRT_STATE_DIR: join(run, 'state'), POSRT_CONFIG: config, POSRT_EMULATION: 'always' } });
      let err = '';
      child.stdout.resume();
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect(code).toBe(2);
      expect(err).toMatch(/^E-UI-0001 /m);
      expect(err).toMatch(/^The operator display could not start listening: .+$/m);
      // Every emulator and the backend name the state directory on their command line.
      const left = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(join(run, 'state')));
      expect(left).toEqual([]);
      expect(pcscdRunning()).toBe(false);
    } finally {
      taken.close();
    }
  }, 120_000);
});
