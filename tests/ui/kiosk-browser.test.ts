// The kiosk page in headless Chromium (Debian's chromium driven by playwright-core), against
// the web display over real HTTP and WebSocket: what a screen says reaches the glass as text,
// the toggles, a hardware keyboard, and a terminal that goes away and comes back. The
// transactions themselves are clicked through on npm start with the real engine in
// tests/hil/kiosk-browser.test.ts. Screenshots go to a temporary directory (POSRT_SCREENSHOTS=DIR
// copies them there to look at).
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/kernel/index.js';
import { bookAScreen, createScreenDriver, signInScreen, startWebDisplay, type DisplayPrefs, type ScreenDriver, type WebDisplay } from '../../src/ui/index.js';

const CHROMIUM = '/usr/bin/chromium';
const shots = mkdtempSync(join(tmpdir(), 'posrt-kiosk-'));
let browser: Browser;
const cleanup: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  // Tests run as root, where Chromium's sandbox refuses to start.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 10_000 });
});
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});
afterAll(async () => {
  await browser.close();
  const keep = process.env.POSRT_SCREENSHOTS;
  if (keep) for (const name of readdirSync(shots)) copyFileSync(join(shots, name), resolve(keep, name));
  rmSync(shots, { recursive: true, force: true });
});

interface Kiosk {
  readonly page: Page;
  readonly display: WebDisplay;
  readonly driver: ScreenDriver;
  /** Waits until the page shows `screen`, then keeps a screenshot of it as `<name>.png`. */
  at(screen: string, name?: string): Promise<void>;
  tap(selector: string): Promise<void>;
}

/** 1024×600 is the 7-inch landscape screen of a countertop terminal. */
async function kiosk(prefs: DisplayPrefs): Promise<Kiosk> {
  const lines: string[] = [];
  const log = createLogger({ name: 'kiosk-test', destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }) });
  const display: WebDisplay = await startWebDisplay({ port: 0, log });
  cleanup.push(() => display.close());
  cleanup.push(() => expect(lines, 'the display logged nothing').toEqual([]));
  const driver = createScreenDriver(display, { prefs });
  const page = await browser.newPage({ viewport: { width: 1024, height: 600 } });
  cleanup.push(() => page.close());
  page.setDefaultTimeout(8_000);
  await page.goto(`http://127.0.0.1:${display.port}/`);
  const k: Kiosk = {
    page,
    display,
    driver,
    async at(screen, name) {
      await page.waitForSelector(`body[data-screen="${screen}"]`);
      if (name !== undefined) await page.screenshot({ path: join(shots, `${name}.png`) });
    },
    tap: (selector) => page.locator(selector).click(),
  };
  return k;
}

const text = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allTextContents();

describe('the kiosk page in Chromium', () => {
  it('shows what a screen says as text, never as markup, and switches language and voice from its toggles', { timeout: 30_000 }, async () => {
    const k = await kiosk({ language: 'en', largeType: false, voice: false });
    const hostile = '<img src=x onerror="document.title=1">';
    k.driver.show({ ...bookAScreen('not-authorised'), lines: [{ text: { en: hostile, 'zh-CN': hostile }, style: 'body' }] });
    await k.at('book-a:not-authorised');
    expect(await text(k.page, '#lines p')).toEqual([hostile]);
    expect(await k.page.locator('img').count()).toBe(0);
    expect(await k.page.title()).toBe('posrt');
    await k.tap('#toggle-language');
    await expect.poll(() => k.page.locator('h1').textContent()).toBe('交易被拒绝');
    await k.tap('#toggle-voice');
    await expect.poll(() => k.driver.prefs.voice).toBe(true);
    expect(k.driver.prefs.language).toBe('zh-CN');
  });

  it('takes keys from a hardware keyboard too: digits, Backspace, Enter and Esc', { timeout: 30_000 }, async () => {
    const k = await kiosk({ language: 'en', largeType: false, voice: false });
    const id = k.driver.ask(signInScreen());
    await k.at('login-operator');
    await k.page.keyboard.type('4x27');
    await k.page.keyboard.press('Backspace');
    await expect.poll(() => k.page.locator('#field-value').textContent()).toBe('42');
    await k.page.keyboard.press('Enter');
    expect(await id).toEqual({ kind: 'entered', value: '42' });
    const again = k.driver.ask(signInScreen());
    await k.page.keyboard.press('Escape');
    expect(await again).toEqual({ kind: 'cancelled' });
  });

  it('greys the last screen out and says so when the terminal goes away, and comes back with it', { timeout: 30_000 }, async () => {
    const k = await kiosk({ language: 'zh-CN', largeType: false, voice: false });
    k.driver.show(bookAScreen('please-wait'));
    await k.at('book-a:please-wait');
    expect(await k.page.locator('#lost').isHidden()).toBe(true);
    await k.display.close();
    await expect.poll(() => k.page.locator('#lost').isVisible()).toBe(true);
    expect(await k.page.locator('#lost').textContent()).toBe('正在重新连接终端…');
    await k.page.screenshot({ path: join(shots, 'lost-zh.png') });
    // The terminal restarts on the same port: the page finds it again by itself.
    const back = await startWebDisplay({ port: k.display.port, log: createLogger({ name: 'kiosk-test', level: 'silent' }) });
    cleanup.push(() => back.close());
    createScreenDriver(back, { prefs: { language: 'zh-CN', largeType: false, voice: false } }).show(bookAScreen('welcome'));
    await k.at('book-a:welcome');
    await expect.poll(() => k.page.locator('#lost').isHidden()).toBe(true);
    expect(await k.page.locator('h1').textContent()).toBe('欢迎光临');
  });
});
