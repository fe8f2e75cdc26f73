// npm start (src/main.ts as a process) with its kiosk page open in headless Chromium (Debian's
// chromium driven by playwright-core) at 1024×600, the 7-inch landscape screen of a countertop
// terminal, and the taps a cashier makes on it. Screenshots go to a temporary directory
// (POSRT_SCREENSHOTS=DIR copies them there). HIL: the tests that use it run under
// `flock /tmp/posrt-hil.lock`.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { until } from './pty-rig.js';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CHROMIUM = '/usr/bin/chromium';

export interface KioskTerminal {
  readonly stateDir: string;
  readonly shots: string;
  /** npm start's process: its stdin is the PIN pad emulator's keypad. */
  readonly child: ChildProcessWithoutNullStreams;
  readonly page: Page;
  /** All the terminal said and logged so far. */
  readonly out: string;
  start(): Promise<void>;
  /** Stops the terminal (it must exit 0) and checks none of `secrets` was in what it said. */
  stop(secrets: readonly string[]): Promise<void>;
  /** Waits until the page shows `screen`, then keeps a screenshot of it as `<name>.png`. */
  at(screen: string, name?: string, timeoutMs?: number): Promise<void>;
  tap(selector: string): Promise<void>;
  button(id: string): Promise<void>;
  text(selector: string): Promise<string[]>;
  lines(): Promise<string[]>;
  buttons(): Promise<string[]>;
  /** Digits on the on-screen keypad, then Enter. */
  type(digits: string): Promise<void>;
  language(wanted: 'en' | 'zh-CN'): Promise<void>;
  /** The receipts and reports the virtual printer rendered so far. */
  printed(): number;
}

/** The terminal with `env` over the test's own state directory and no config file. */
export function kioskTerminal(prefix: string, env: Readonly<Record<string, string>>): KioskTerminal {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const shots = join(work, 'shots');
  const stateDir = join(work, 'state');
  let browser: Browser | undefined;
  let child: ChildProcessWithoutNullStreams | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);
  let page: Page | undefined;
  let out = '';
  const k: KioskTerminal = {
    stateDir,
    shots,
    get child() {
      return child!;
    },
    get page() {
      return page!;
    },
    get out() {
      return out;
    },
    async start() {
      mkdirSync(shots);
      child = spawn(TSX, ['src/main.ts'], { cwd: ROOT, env: { ...process.env, POSRT_STATE_DIR: stateDir, POSRT_CONFIG: '', ...env } });
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const started = child;
      exited = new Promise((r) => started.on('exit', (code) => r(code)));
      await until(() => /^\{"event":"ready".*$/m.test(out), 60_000, 'the ready line');
      const ready = JSON.parse(/^\{"event":"ready".*$/m.exec(out)![0]) as { webDisplay: string };
      // Tests run as root, where Chromium's sandbox refuses to start.
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 10_000 });
      page = await browser.newPage({ viewport: { width: 1024, height: 600 } });
      page.setDefaultTimeout(20_000);
      await page.goto(ready.webDisplay);
    },
    async stop(secrets) {
      await browser?.close();
      child?.kill('SIGTERM');
      expect(await exited).toBe(0);
      for (const s of secrets) expect(out).not.toContain(s);
      const keep = process.env.POSRT_SCREENSHOTS;
      if (keep) for (const name of readdirSync(shots)) copyFileSync(join(shots, name), resolve(keep, name));
      rmSync(work, { recursive: true, force: true });
    },
    async at(screen, name, timeoutMs) {
      try {
        await k.page.waitForSelector(`body[data-screen="${screen}"]`, timeoutMs === undefined ? {} : { timeout: timeoutMs });
      } catch (e) {
        // What is up instead, and what the terminal said meanwhile, is what a failure needs.
        const shown = await k.page.locator('body').getAttribute('data-screen').catch(() => null);
        const lines = await k.lines().catch(() => []);
        throw new Error(`waited for screen ${screen}; ${shown} is up: ${JSON.stringify(lines)}\nterminal's last output:\n${out.slice(-3_000)}`, { cause: e });
      }
      if (name !== undefined) await k.page.screenshot({ path: join(shots, `${name}.png`) });
    },
    tap: (selector) => k.page.locator(selector).click(),
    button: (id) => k.tap(`#buttons button[data-button="${id}"]`),
    text: (selector) => k.page.locator(selector).allTextContents(),
    lines: () => k.text('#lines p'),
    buttons: () => k.text('#buttons button'),
    async type(digits) {
      for (const d of digits) await k.tap(`#keypad button[data-digits="${d}"]`);
      await k.tap('#key-enter');
    },
    async language(wanted) {
      if ((await k.page.locator('html').getAttribute('lang')) !== wanted) await k.tap('#toggle-language');
      await expect.poll(() => k.page.locator('html').getAttribute('lang')).toBe(wanted);
    },
    printed: () => readdirSync(join(stateDir, 'receipts')).filter((f) => f.endsWith('.png')).length,
  };
  return k;
}
