// The kiosk page in headless Chromium (Debian's chromium driven by playwright-core) on npm start
// (src/main.ts as a process: pcscd with the UnionPay virtual card in the contact slot, the PIN pad
// and printer emulators, the embedded backend and its issuer simulator), tapped through like a
// cashier would, every transaction run by the real payment engine and journal: a sale with the
// PIN typed for the PIN pad emulator (npm start's window is its keypad), a refund of it picked
// from the journal with a supervisor's approval on the keypad (a wrong password first: the
// error screen with its code, message and fix), the X report, the query (last four digits,
// voucher number, amount, date; a bad date) with a reprint, "reprint last", the supervisor's
// settlement with the backend's reconciliation, a void of a sale of the next batch, a
// pre-authorisation completed and another cancelled, a balance inquiry, and a refund without
// its original. The tests run in order on one terminal, each going on from the screen and
// journal the one before left. HIL: run under `flock /tmp/posrt-hil.lock`. Screenshots go to a
// temporary directory (POSRT_SCREENSHOTS=DIR copies them there); docs/screens-*.png are some.
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/errors/index.js';
import { STRINGS } from '../../src/ui/strings.js';
import { kioskTerminal } from '../support/kiosk-terminal.js';
import { decodePng, readQr } from '../support/png.js';

/** The UnionPay virtual card's PAN as the screens may show it, and in clear (never shown). */
const MASKED = '621234******1232';
const PAN = '6212345678901232';
const PIN = '123456';

const kiosk = kioskTerminal('posrt-kiosk-', { POSRT_VIRTUAL_CARDS: 'unionpay@0' });
const { shots, at, tap, button, text, lines, buttons, type, language, printed } = kiosk;
let page: Page;

beforeAll(async () => {
  await kiosk.start();
  page = kiosk.page;
}, 90_000);

// Nothing the terminal said or logged holds the card number.
afterAll(() => kiosk.stop([PAN]), 60_000);

async function signIn(id: string, password: string): Promise<void> {
  await at('idle');
  await button('sign-in');
  await at('login-operator');
  await type(id);
  await at('login-password');
  await type(password);
  await at('idle');
}

async function menu(action: string): Promise<void> {
  await at('idle');
  await button('menu');
  await at('main-menu');
  await button(action);
}

/** The card is in the reader: the PIN pad takes the line once it asks for the PIN, and ignores it
 *  before; typed until the engine's result (or error) screen is up. */
async function withPin(screen: 'result' | 'balance' | 'error', name?: string): Promise<void> {
  const typing = setInterval(() => kiosk.child.stdin.write(`${PIN}\n`), 300);
  try {
    // The card, the PIN and the host take seconds on a loaded machine.
    await page.waitForSelector(`body[data-screen="${screen}"]`, { timeout: 60_000 });
    await at(screen, name);
  } finally {
    clearInterval(typing);
  }
}

async function sale(amount: string, name?: string): Promise<void> {
  await menu('sale');
  await at('amount');
  await type(amount);
  await withPin('result', name);
  expect(await page.locator('body').getAttribute('data-tone')).toBe('success');
}

describe('the kiosk page on npm start, every transaction through the engine', () => {
  it('a cashier signs in, sees what the role may do, and sells 88.88 with the PIN typed on the PIN pad emulator', async () => {
    await at('idle', 'idle-zh');
    await expect.poll(() => lines(), { timeout: 30_000 }).toContainEqual(expect.stringMatching(/^后台连接: 在线/));
    await language('en');
    await signIn('0003', '333333');
    await button('menu');
    await at('main-menu', 'menu-cashier-en');
    // A cashier's refund, void and settlement ask a supervisor on the spot: offered.
    expect(await buttons()).toEqual(['Start shift', 'Sale', 'Balance enquiry', 'QR payment', 'Refund', 'Void', 'Pre-authorisation', 'Pre-auth completion', 'Pre-auth cancel', 'Transactions', 'Reprint last', 'X report', 'Settlement', 'Sign out']);
    // 签到 before the first sale; the menu then offers 签退 in its place.
    await button('shift-start');
    await at('shift-started', 'shift-started-en');
    expect((await lines())[0]).toBe('Operator 0003');
    await button('ok');
    await menu('sale');
    await at('amount');
    await type('8888');
    await withPin('result', 'sale-en-result');
    expect(await page.locator('h1').textContent()).toBe('Approved');
    const shown = await lines();
    expect(shown[0]).toBe('Sale CN¥88.88');
    expect(shown).toContain(`Card ${MASKED}`);
    expect(shown.some((l) => /^Reference \S+$/.test(l))).toBe(true);
    // Both copies printed by the engine.
    expect(printed()).toBe(2);
    await button('ok');
    await at('idle');
  }, 120_000);

  it('refunds part of that sale, picked from the journal, once a supervisor approves on the keypad (a wrong password first)', async () => {
    await language('zh-CN');
    await menu('refund');
    await at('transaction-list', 'refund-zh-pick');
    expect(await lines()).toEqual(['请点选要退货的原交易(扫码支付原路退回钱包,无需刷卡),或选择无原交易退货(需刷卡)']);
    const rows = await buttons();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(new RegExp(`^\\d\\d-\\d\\d \\d\\d:\\d\\d  凭证号 000001  消费 ¥88\\.88  ${MASKED.replace(/\*/g, '\\*')}  成功$`));
    expect(rows.slice(1)).toEqual(['无原交易', '取消']);
    await page.locator('#buttons button').first().click();
    await at('amount');
    await type('1000');
    await at('supervisor-id', 'refund-zh-supervisor');
    expect(await lines()).toEqual(['退货 ¥10.00 需要主管授权']);
    await type('0002');
    await at('supervisor-password');
    await type('123456');
    await at('error', 'refund-zh-error');
    const wrong = catalogue['E-OPER-0005'];
    expect(await lines()).toEqual(['错误码 E-OPER-0005', wrong.zh, wrong.fix.zh]);
    await button('ok');

    await menu('refund');
    await at('transaction-list');
    await page.locator('#buttons button').first().click();
    await at('amount');
    await type('1000');
    await at('supervisor-id');
    await type('0002');
    await at('supervisor-password', 'refund-zh-supervisor-password');
    await type('222222');
    await withPin('result', 'refund-zh-result');
    expect(await page.locator('h1').textContent()).toBe('交易成功');
    expect((await lines())[0]).toBe('退货 ¥10.00');
    // Large type, high contrast, for an older customer to read.
    await tap('#toggle-large');
    await expect.poll(() => page.locator('body').getAttribute('class')).toContain('large');
    await page.screenshot({ path: join(shots, 'refund-zh-large-result.png') });
    await tap('#toggle-large');
    expect(printed()).toBe(4);
    await button('ok');
  }, 120_000);

  it('prints and shows the X report, finds transactions by the card\'s last four digits, voucher number, amount and date, reprints one and the last; a bad date is its error screen', async () => {
    await language('en');
    const before = printed();
    await menu('x-report');
    await at('report', 'x-report-en');
    expect(await page.locator('h1').textContent()).toBe('X report (shift totals)');
    // In the order the screens name the types; the refund is netted out.
    expect(await lines()).toEqual(['Batch 1', 'Sale: 1 · CN¥88.88', 'Refund: 1 · CN¥10.00', 'Net: CN¥78.88']);
    expect(printed()).toBe(before + 1);
    await button('ok');

    await menu('query');
    await at('query-by', 'query-en-by');
    await button('last-four');
    await at('query-field');
    await type('1232');
    await at('transaction-list', 'query-en-list');
    const rows = (await buttons()).map((r) => r.replace(/^\S+ \S+ {2}/, ''));
    expect(rows).toEqual([`No. 000002  Refund CN¥10.00  ${MASKED}  approved`, `No. 000001  Sale CN¥88.88  ${MASKED}  approved`, 'Cancel']);
    await page.locator('#buttons button').nth(1).click();
    await expect.poll(() => lines(), { timeout: 20_000 }).toContain('Receipt no. 000001 reprinted');
    await page.screenshot({ path: join(shots, 'query-en-reprinted.png') });
    expect(printed()).toBe(before + 2);
    await button('cancel');

    await menu('reprint-last');
    await at('transaction-list');
    await expect.poll(() => lines(), { timeout: 20_000 }).toContain('Receipt no. 000002 reprinted');
    expect(printed()).toBe(before + 3);
    await button('cancel');

    // By the slip's voucher number, by the amount, by today's date in the terminal's time zone.
    const found = async (by: string, typed: string): Promise<string[]> => {
      await menu('query');
      await at('query-by');
      await button(by);
      await at(by === 'amount' ? 'amount' : 'query-field');
      await type(typed);
      await at('transaction-list');
      const shown = (await buttons()).map((r) => r.replace(/^\S+ \S+ {2}/, ''));
      await button('cancel');
      return shown;
    };
    expect(await found('reference', '1')).toEqual([`No. 000001  Sale CN¥88.88  ${MASKED}  approved`, 'Cancel']);
    expect(await found('amount', '1000')).toEqual([`No. 000002  Refund CN¥10.00  ${MASKED}  approved`, 'Cancel']);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).replaceAll('-', '');
    expect(await found('date', today)).toHaveLength(3);
    // A date that is not one: its error screen, and nothing searched.
    await menu('query');
    await at('query-by');
    await button('date');
    await at('query-field');
    await type('20261301');
    await at('error', 'query-en-bad-date');
    expect(await lines()).toEqual(['Error code E-UI-0005', catalogue['E-UI-0005'].en, catalogue['E-UI-0005'].fix.en]);
    await button('ok');
  }, 120_000);

  it('a supervisor settles: the batch closed, the Z report printed, the backend\'s reconciliation shown', async () => {
    await menu('sign-out');
    await signIn('0002', '222222');
    const before = printed();
    await menu('settlement');
    await at('report', 'settlement-en-report');
    await expect.poll(() => lines(), { timeout: 20_000 }).toContain('Totals agree with the host');
    expect(await page.locator('h1').textContent()).toBe('Settlement (Z report)');
    expect(await lines()).toEqual(['Batch 1', 'Sale: 1 · CN¥88.88', 'Refund: 1 · CN¥10.00', 'Net: CN¥78.88', 'Totals agree with the host']);
    await page.screenshot({ path: join(shots, 'settlement-en-report.png') });
    expect(printed()).toBe(before + 1);
    await button('ok');
    // The next batch is open and empty.
    await menu('x-report');
    await at('report');
    expect(await lines()).toEqual(['Batch 2', 'Net: CN¥0.00']);
    await button('ok');
  }, 120_000);

  it('voids a sale of the new batch with the supervisor\'s approval; the settled batch\'s sale is not offered', async () => {
    await menu('sign-out');
    await signIn('0003', '333333');
    await sale('2000');
    await button('ok');
    await menu('void');
    await at('transaction-list', 'void-en-pick');
    const rows = await buttons();
    // Only the open batch's sale: the 88.88 one was settled with batch 1 (a refund would take it).
    expect(rows.map((r) => r.replace(/^\S+ \S+ {2}/, ''))).toEqual([`No. 000003  Sale CN¥20.00  ${MASKED}  approved`, 'Cancel']);
    await page.locator('#buttons button').first().click();
    await at('supervisor-id');
    expect(await lines()).toEqual(['Void CN¥20.00 needs a supervisor\'s approval']);
    await type('0002');
    await at('supervisor-password');
    await type('222222');
    await withPin('result', 'void-en-result');
    expect((await lines())[0]).toBe('Void CN¥20.00');
    await button('ok');
    // The voided sale is no longer offered; its void is the last slip.
    await menu('void');
    await at('transaction-list');
    expect(await lines()).toEqual(['No transactions found']);
    expect(await buttons()).toEqual(['Cancel']);
    await button('cancel');
    await menu('reprint-last');
    await at('transaction-list');
    expect((await buttons()).map((r) => r.replace(/^\S+ \S+ {2}/, ''))).toEqual([`No. 000004  Void CN¥20.00  ${MASKED}  approved`, 'Cancel']);
    await button('cancel');
  }, 120_000);

  it('takes a pre-authorisation and completes it for less, then cancels a second one with the supervisor\'s approval', async () => {
    await menu('pre-auth');
    await at('amount');
    await type('30000');
    await withPin('result');
    expect((await lines())[0]).toBe('Pre-authorisation CN¥300.00');
    await button('ok');
    await menu('completion');
    await at('transaction-list');
    expect((await buttons()).map((r) => r.replace(/^\S+ \S+ {2}/, ''))).toEqual([`No. 000005  Pre-authorisation CN¥300.00  ${MASKED}  approved`, 'Cancel']);
    await page.locator('#buttons button').first().click();
    await at('amount');
    await type('25000');
    await withPin('result', 'completion-en-result');
    expect((await lines())[0]).toBe('Pre-auth completion CN¥250.00');
    await button('ok');

    await menu('pre-auth');
    await at('amount');
    await type('10000');
    await withPin('result');
    await button('ok');
    await menu('pre-auth-cancel');
    await at('transaction-list');
    // The completed one is captured: only the new one can be cancelled.
    expect((await buttons()).map((r) => r.replace(/^\S+ \S+ {2}/, ''))).toEqual([`No. 000007  Pre-authorisation CN¥100.00  ${MASKED}  approved`, 'Cancel']);
    await page.locator('#buttons button').first().click();
    await at('supervisor-id');
    expect(await lines()).toEqual(['Pre-auth cancel CN¥100.00 needs a supervisor\'s approval']);
    await type('0002');
    await at('supervisor-password');
    await type('222222');
    await withPin('result');
    expect((await lines())[0]).toBe('Pre-auth cancel CN¥100.00');
    await button('ok');
  }, 120_000);

  it('asks the card\'s issuer for its balance with the PIN, and shows it', async () => {
    await language('zh-CN');
    await menu('balance');
    await withPin('balance', 'balance-zh');
    expect(await page.locator('h1').textContent()).toBe(STRINGS['zh-CN'].balance.title);
    expect(await lines()).toEqual([STRINGS['zh-CN'].balance.available, '¥88,888.00', `卡号 ${MASKED}`, expect.stringMatching(/^参考号 \S+$/)]);
    await button('ok');
    await at('idle');
  }, 120_000);

  it('refunds without an original, once the supervisor approves', async () => {
    await language('en');
    await menu('refund');
    await at('transaction-list');
    await button('without-original');
    await at('amount');
    await type('500');
    await at('supervisor-id');
    expect(await lines()).toEqual(['Refund CN¥5.00 needs a supervisor\'s approval']);
    await type('0002');
    await at('supervisor-password');
    await type('222222');
    await withPin('result');
    expect((await lines())[0]).toBe('Refund CN¥5.00');
    await button('ok');
    await at('idle');
  }, 120_000);

  it('ends the cashier\'s shift (签退), through sign-outs and a settlement, with what they did in it, printed and shown, and signs them out', async () => {
    const before = printed();
    await menu('shift-end');
    await at('shift-summary', 'shift-summary-en');
    const shown = await lines();
    expect(shown[0]).toBe('Operator 0003');
    expect(shown[1]).toMatch(/^\d\d-\d\d \d\d:\d\d – \d\d-\d\d \d\d:\d\d$/);
    // The 20.00 sale counts though voided since; its void is a line of its own.
    expect(shown).toContain('Sale: 2 · CN¥108.88');
    expect(shown).toContain('Refund: 2 · CN¥15.00');
    expect(shown).toContain('Void: 1 · CN¥20.00');
    expect(shown.at(-1)).toBe('You are signed out');
    // The summary printed before it was shown: one slip more, and it is no receipt (a receipt
    // carries its e-receipt QR, the summary none).
    expect(printed()).toBe(before + 1);
    expect(readQr(decodePng(readFileSync(join(kiosk.stateDir, 'receipts', `receipt-${before + 1}.png`))))).toBeNull();
    await button('ok');
    await signIn('0003', '333333');
    await button('menu');
    await at('main-menu');
    expect((await buttons())[0]).toBe('Start shift');
    await button('sign-out');
    await at('idle');
  }, 120_000);
});
