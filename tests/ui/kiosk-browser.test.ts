// The kiosk page in headless Chromium (Debian's chromium driven by playwright-core), against
// the web display over real HTTP and WebSocket, clicked through like a cashier would: a sale
// with online PIN, a refund with a supervisor's approval (a wrong password first) and a
// settlement. The transaction engine does not exist yet, so the screens come from the scripted
// flows in tests/fixtures/screen-flows.ts. In en and zh-CN, and in large type. Screenshots go to
// a temporary directory (POSRT_SCREENSHOTS=DIR copies them there to look at); docs/screens-*.png
// are some of them.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/errors/index.js';
import { createLogger } from '../../src/kernel/index.js';
import { bookAScreen, createScreenDriver, signInScreen, startWebDisplay, type DisplayPrefs, type ScreenDriver, type WebDisplay } from '../../src/ui/index.js';
import { demoOperators, refundWithApproval, saleWithPin, settlement, type FlowHooks } from '../fixtures/screen-flows.js';
import type { OperatorSession } from '../../src/payment/operator-session.js';

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
  /** payment's operators on temporary files, with the development operators. */
  readonly operators: OperatorSession;
  readonly driver: ScreenDriver;
  /** Waits until the page shows `screen`, then keeps a screenshot of it as `<name>.png`. */
  at(screen: string, name?: string): Promise<void>;
  tap(selector: string): Promise<void>;
  digits(text: string): Promise<void>;
  button(id: string): Promise<void>;
  hooks(prefix: string): FlowHooks;
}

/** 1024×600 is the 7-inch landscape screen of a countertop terminal; 600×1024 its portrait. */
async function kiosk(prefs: DisplayPrefs, viewport = { width: 1024, height: 600 }): Promise<Kiosk> {
  const lines: string[] = [];
  const log = createLogger({ name: 'kiosk-test', destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }) });
  const display: WebDisplay = await startWebDisplay({ port: 0, log });
  cleanup.push(() => display.close());
  cleanup.push(() => expect(lines, 'the display logged nothing').toEqual([]));
  const driver = createScreenDriver(display, { prefs });
  const operators = await demoOperators();
  cleanup.push(() => operators.dispose());
  const page = await browser.newPage({ viewport });
  cleanup.push(() => page.close());
  page.setDefaultTimeout(8_000);
  await page.goto(`http://127.0.0.1:${display.port}/`);
  const k: Kiosk = {
    page,
    display,
    operators: operators.session,
    driver,
    async at(screen, name) {
      await page.waitForSelector(`body[data-screen="${screen}"]`);
      if (name !== undefined) await page.screenshot({ path: join(shots, `${name}.png`) });
    },
    tap: (selector) => page.locator(selector).click(),
    async digits(text) {
      for (const d of text) await k.tap(`#keypad button[data-digits="${d}"]`);
    },
    button: (id) => k.tap(`#buttons button[data-button="${id}"]`),
    hooks: (prefix) => ({ shown: (id) => k.at(id, `${prefix}-${id.replace('book-a:', '')}`), pinEntered: () => k.at('pin-prompt', `${prefix}-pin-prompt`) }),
  };
  return k;
}

const text = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allTextContents();

async function signIn(k: Kiosk, id: string, password: string, prefix: string): Promise<void> {
  await k.at('idle', `${prefix}-idle`);
  await k.button('sign-in');
  await k.at('login-operator');
  await k.digits(id);
  await k.tap('#key-enter');
  await k.at('login-password');
  await k.digits(password);
  await expect.poll(() => k.page.locator('#field-value').textContent()).toBe('•'.repeat(password.length));
  await k.page.screenshot({ path: join(shots, `${prefix}-password.png`) });
  await k.tap('#key-enter');
  await k.at('main-menu', `${prefix}-menu`);
}

describe('the kiosk page in Chromium', () => {
  it('takes a sale with online PIN in English: sign-in, amount on the keypad, the PIN pad prompt, the result', { timeout: 60_000 }, async () => {
    const k = await kiosk({ language: 'en', largeType: false, voice: false });
    const flow = saleWithPin(k.driver, k.operators, k.hooks('sale-en'));
    await k.at('idle');
    expect(await text(k.page, '#lines p')).toEqual([
      'Card reader: OK',
      'PIN pad: OK',
      `Printer: working with a fault — E-PRINTER-0012 ${catalogue['E-PRINTER-0012'].en}`,
      'Host link: online (2 records waiting to upload)',
    ]);
    expect(await k.page.locator('#lines p.fault').count()).toBe(1);
    await signIn(k, '0003', '333333', 'sale-en');
    expect(await text(k.page, '#buttons button')).toEqual(['Sale', 'Refund', 'Void', 'Balance enquiry', 'QR payment', 'Transactions', 'X report', 'Sign out']);
    await k.button('sale');
    await k.at('amount');
    await k.digits('12346');
    await k.tap('#key-back');
    await k.digits('5');
    await expect.poll(() => k.page.locator('#field-value').textContent()).toBe('CN¥123.45');
    await k.page.screenshot({ path: join(shots, 'sale-en-amount.png') });
    await k.tap('#key-enter');
    await k.at('result', 'sale-en-result');
    expect(await k.page.locator('h1').textContent()).toBe('Approved');
    expect(await text(k.page, '#lines p')).toEqual(['Sale CN¥123.45', 'Card 623456******0013', 'Authorisation code 123456', 'Reference 000123456789']);
    expect(await k.page.locator('body').getAttribute('data-tone')).toBe('success');
    await k.button('ok');
    await k.at('receipt-question', 'sale-en-receipt');
    await k.button('print');
    expect(await flow).toEqual([
      { screen: 'idle', answer: 'sign-in' },
      { screen: 'login-operator', answer: '0003' },
      { screen: 'login-password', answer: '[REDACTED]' },
      { screen: 'main-menu', answer: 'sale' },
      { screen: 'amount', answer: '12345' },
      { screen: 'pin-prompt', answer: 'pin-entered' },
      { screen: 'result', answer: 'ok' },
      { screen: 'receipt-question', answer: 'print' },
    ]);
  });

  it('takes the same sale in Chinese in large type, portrait', { timeout: 60_000 }, async () => {
    const k = await kiosk({ language: 'zh-CN', largeType: false, voice: false }, { width: 600, height: 1024 });
    const flow = saleWithPin(k.driver, k.operators, k.hooks('sale-zh-large'));
    await k.at('idle');
    await k.tap('#toggle-large');
    await expect.poll(() => k.page.locator('body').getAttribute('class')).toContain('large');
    expect(await k.page.locator('#toggle-large').getAttribute('aria-pressed')).toBe('true');
    expect(await k.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await signIn(k, '0003', '333333', 'sale-zh-large');
    await k.button('sale');
    await k.at('amount');
    await k.digits('8800');
    await expect.poll(() => k.page.locator('#field-value').textContent()).toBe('¥88.00');
    await k.page.screenshot({ path: join(shots, 'sale-zh-large-amount.png') });
    await k.tap('#key-enter');
    await k.at('result', 'sale-zh-large-result');
    expect(await k.page.locator('h1').textContent()).toBe('交易成功');
    expect(await text(k.page, '#lines p')).toEqual(['消费 ¥88.00', '卡号 623456******0013', '授权码 123456', '参考号 000123456789']);
    await k.button('ok');
    await k.at('receipt-question');
    expect(await text(k.page, '#buttons button')).toEqual(['打印', '不打印']);
    await k.button('skip');
    expect((await flow).map((s) => s.answer)).toEqual(['sign-in', '0003', '[REDACTED]', 'sale', '8800', 'pin-entered', 'ok', 'skip']);
    expect(k.driver.prefs.largeType).toBe(true);
  });

  it('takes a refund in Chinese with a supervisor\'s approval, after a wrong supervisor password', { timeout: 60_000 }, async () => {
    const k = await kiosk({ language: 'zh-CN', largeType: false, voice: false });
    const flow = refundWithApproval(k.driver, k.operators, k.hooks('refund-zh'));
    await signIn(k, '0003', '333333', 'refund-zh');
    await k.button('refund');
    await k.at('amount');
    await k.digits('1200');
    await k.tap('#key-enter');
    await k.at('supervisor-id', 'refund-zh-supervisor');
    expect(await text(k.page, '#lines p')).toEqual(['退货 ¥12.00 需要主管授权']);
    await k.digits('0002');
    await k.tap('#key-enter');
    await k.at('supervisor-password');
    await k.digits('123456');
    await k.tap('#key-enter');
    await k.at('error', 'refund-zh-error');
    const wrong = catalogue['E-OPER-0005'];
    expect(await text(k.page, '#lines p')).toEqual(['错误码 E-OPER-0005', wrong.zh, wrong.fix.zh]);
    await k.button('ok');
    await k.at('supervisor-id');
    await k.digits('0002');
    await k.tap('#key-enter');
    await k.at('supervisor-password', 'refund-zh-supervisor-password');
    await k.digits('222222');
    await k.tap('#key-enter');
    await k.at('result', 'refund-zh-result');
    expect(await k.page.locator('h1').textContent()).toBe('交易成功');
    await k.button('ok');
    await k.at('receipt-question');
    await k.button('print');
    expect((await flow).map((s) => `${s.screen}=${s.answer}`)).toEqual([
      'idle=sign-in',
      'login-operator=0003',
      'login-password=[REDACTED]',
      'main-menu=refund',
      'amount=1200',
      'supervisor-id=0002',
      'supervisor-password=[REDACTED]',
      'error=ok',
      'supervisor-id=0002',
      'supervisor-password=[REDACTED]',
      'result=ok',
      'receipt-question=print',
    ]);
  });

  it('settles the batch as a supervisor in English', { timeout: 60_000 }, async () => {
    const k = await kiosk({ language: 'en', largeType: false, voice: false });
    const flow = settlement(k.driver, k.operators, k.hooks('settlement-en'));
    await signIn(k, '0002', '222222', 'settlement-en');
    expect(await text(k.page, '#lines p')).toEqual(['Operator 0002 · supervisor']);
    await k.button('settlement');
    await k.at('report', 'settlement-en-report');
    expect(await k.page.locator('h1').textContent()).toBe('Settlement (Z report)');
    expect(await text(k.page, '#lines p')).toEqual(['Batch 42', 'Sale: 12 · CN¥12,345.00', 'Refund: 1 · CN¥120.00', 'Void: 2 · CN¥50.00', 'Net: CN¥12,175.00', 'Totals agree with the host']);
    await k.button('ok');
    expect((await flow).map((s) => s.answer)).toEqual(['sign-in', '0002', '[REDACTED]', 'settlement', 'ok']);
  });

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
