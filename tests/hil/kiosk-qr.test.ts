// Scan-to-pay from the kiosk page in headless Chromium (Debian's chromium driven by
// playwright-core) on npm start (src/main.ts as a process: the PIN pad and printer emulators,
// the embedded backend with its wallet simulator; the scanner emulator on a socat pty of this
// test's, named by POSRT_SCANNERS, so the test is the customer holding up a code). A cashier
// picks QR payment, types the amount and chooses who scans: the terminal's code on the glass —
// read back from the screenshot with a QR decoder as the EMVCo MPM payload of that sale, in
// normal and in large type — paid by the backend's wallet simulator (wallet.paysAfterMs, set for
// this file through POSRT_BACKEND_CONFIG), or a WeChat Pay code read by the scanner; approved and
// both slips printed either way. A shown code cancelled by the cashier is reversed: the backend
// closes the order (declined 17), its wallet never pays it, nothing is approved. A scan cancelled
// on the screen goes back to idle, the attempt journaled as failed. The WeChat Pay sale is then
// refunded in part from the refund menu, back to the wallet with no card. HIL: run under
// `flock /tmp/posrt-hil.lock`. Screenshots go to a temporary directory (POSRT_SCREENSHOTS=DIR
// copies them there); docs/screens-qr.png is one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMerchantQr } from '../../src/payment/qr/index.js';
import { readStore } from '../support/backend-process.js';
import { kioskTerminal } from '../support/kiosk-terminal.js';
import { decodePng, readQr } from '../support/png.js';
import { startPtyRig, type PtyRig } from '../support/pty-rig.js';

/** A WeChat Pay payment code: 18 digits starting 13, as the wallet simulator knows them. */
const WECHAT_CODE = '134567890123456789';

/** How long the embedded backend's wallet takes to pay a shown code: long enough for the
 *  cashier's Cancel to come first, so the cancel step does not race the wallet. */
const PAYS_AFTER_MS = 8_000;

let scanner: PtyRig;
let kiosk: ReturnType<typeof kioskTerminal>;
const configDir = mkdtempSync(join(tmpdir(), 'posrt-kiosk-qr-backend-'));

beforeAll(async () => {
  const backendConfig = JSON.parse(readFileSync('config/backend.json', 'utf8')) as { wallet: Record<string, unknown> };
  backendConfig.wallet.paysAfterMs = PAYS_AFTER_MS;
  writeFileSync(join(configDir, 'backend.json'), JSON.stringify(backendConfig));
  scanner = await startPtyRig({ serve: 'src/emulators/scanner/serve.ts', args: (port) => ['--port', port] });
  kiosk = kioskTerminal('posrt-kiosk-qr-', { POSRT_VIRTUAL_CARDS: '', POSRT_SCANNERS: scanner.terminalPath, POSRT_BACKEND_CONFIG: join(configDir, 'backend.json') });
  await kiosk.start();
}, 90_000);

afterAll(async () => {
  // The customer's code is a bearer token: nothing the terminal said or logged holds it.
  await kiosk?.stop([WECHAT_CODE]);
  await scanner?.stop();
  rmSync(configDir, { recursive: true, force: true });
}, 60_000);

const at = (screen: string, name?: string, timeoutMs?: number) => kiosk.at(screen, name, timeoutMs);
const button = (id: string) => kiosk.button(id);
const lines = () => kiosk.lines();
const type = (digits: string) => kiosk.type(digits);
const printed = () => kiosk.printed();

/** QR payment from the menu: the amount, then who scans. */
async function qrPayment(amount: string, method: 'merchant' | 'consumer'): Promise<void> {
  await at('idle');
  await button('menu');
  await at('main-menu');
  await button('qr');
  await at('amount');
  await type(amount);
  await at('qr-method');
  await button(method);
}

/** The code on the glass as the customer's wallet reads it: the screenshot, decoded. */
async function shownCode(name: string): Promise<ReturnType<typeof parseMerchantQr>> {
  await at('merchant-qr', name);
  const payload = readQr(decodePng(readFileSync(join(kiosk.shots, `${name}.png`))));
  expect(payload).not.toBeNull();
  return parseMerchantQr(payload!);
}

/** The journal's query by amount from idle, as the cashier reads each row (its type, amount and
 *  state, time and trace number left off); back at idle after. */
async function listedByAmount(amount: string, name: string): Promise<string[]> {
  await button('menu');
  await at('main-menu');
  await button('query');
  await at('query-by');
  await button('amount');
  await at('amount');
  await type(amount);
  await at('transaction-list', name);
  const rows = (await kiosk.page.locator('#buttons button[data-role="secondary"]').allTextContents()).map((r) => r.replace(/^\S+ \S+ {2}No\. \d{6} {2}/, ''));
  await button('cancel');
  await at('idle');
  return rows;
}

async function approved(subject: string, printedBefore: number): Promise<void> {
  // The wallet pays wallet.paysAfterMs after the order; the engine asks every second.
  await at('result', undefined, 60_000);
  expect(await kiosk.page.locator('body').getAttribute('data-tone')).toBe('success');
  expect((await lines())[0]).toBe(subject);
  // Both copies printed by the engine, as for a card.
  await expect.poll(printed, { timeout: 15_000 }).toBe(printedBefore + 2);
}

describe('scan-to-pay from the kiosk page on npm start', () => {
  it("a cashier shows the terminal's code for 12.88 and prints it, the wallet pays it, approved with both slips", async () => {
    await at('idle');
    await expect.poll(() => lines(), { timeout: 30_000 }).toContainEqual(expect.stringMatching(/^后台连接: 在线/));
    await kiosk.language('en');
    await button('sign-in');
    await at('login-operator');
    await type('0003');
    await at('login-password');
    await type('333333');
    await qrPayment('1288', 'merchant');
    const before = printed();
    const code = await shownCode('qr-en-merchant');
    expect(code).toMatchObject({ initiation: 'dynamic', amount: '12.88', currency: 156, merchantName: 'POSRT DEMO MERCHANT' });
    expect(await lines()).toEqual(['CN¥12.88', "Scan this code with the customer's payment app", 'Waiting for the payment…']);
    expect(await kiosk.page.locator('#buttons button').allTextContents()).toEqual(['Print code', 'Cancel']);
    // On paper too, while the code stays up and the wallet has not paid yet (paysAfterMs 8 s):
    // the slip's code reads back from the printer's PNG as the one on the glass.
    await button('print');
    await expect.poll(() => lines(), { timeout: 15_000 }).toContain('Code printed');
    await at('merchant-qr', 'qr-en-merchant-printed');
    expect(printed()).toBe(before + 1);
    expect(parseMerchantQr(readQr(decodePng(readFileSync(join(kiosk.stateDir, 'receipts', `receipt-${before + 1}.png`))))!)).toEqual(code);
    await approved('QR payment CN¥12.88', before + 1);
    await kiosk.page.screenshot({ path: join(kiosk.shots, 'qr-en-result.png') });
    await button('ok');
    await at('idle');
  }, 120_000);

  it('shows the code in large type, high contrast, in zh-CN, and it still reads back', async () => {
    await kiosk.language('zh-CN');
    await kiosk.tap('#toggle-large');
    await qrPayment('2000', 'merchant');
    const before = printed();
    const code = await shownCode('qr-zh-large-merchant');
    expect(code).toMatchObject({ initiation: 'dynamic', amount: '20.00' });
    expect(await kiosk.page.locator('h1').textContent()).toBe('请扫码付款');
    await approved('扫码支付 ¥20.00', before);
    await button('ok');
    await kiosk.tap('#toggle-large');
    await kiosk.language('en');
  }, 120_000);

  it("reads the customer's WeChat Pay code at the scanner, approved by the wallet simulator", async () => {
    await qrPayment('3300', 'consumer');
    await at('scan-code', 'qr-en-scan');
    expect(await lines()).toEqual(['CN¥33.00', 'Hold the payment code in front of the scanner']);
    const before = printed();
    scanner.type(`scan ${WECHAT_CODE}`);
    await approved('QR payment CN¥33.00', before);
    await button('ok');
    await at('idle');
  }, 120_000);

  it('refunds part of that WeChat Pay sale from the refund menu: back to the wallet, no card asked (none is inserted), both slips printed', async () => {
    await at('idle');
    await button('menu');
    await at('main-menu');
    await button('refund');
    await at('transaction-list', 'qr-en-refund-pick');
    expect(await lines()).toEqual(['Tap the sale to refund (a QR payment goes back to its wallet, no card), or refund without the original by card']);
    await kiosk.page.locator('#buttons button[data-role="secondary"]', { hasText: 'QR payment CN¥33.00' }).first().click();
    await at('amount');
    await type('1000');
    await at('supervisor-id');
    await type('0002');
    await at('supervisor-password');
    const before = printed();
    await type('222222');
    await approved('Refund CN¥10.00', before);
    await kiosk.page.screenshot({ path: join(kiosk.shots, 'qr-en-refund-result.png') });
    await button('ok');
    await at('idle');
    // At the backend's wallet simulator: a refund of that sale, back to WeChat Pay.
    const refunds = readStore<{ amount_minor: string; status: string; provider: string; original_amount: string }>(
      join(kiosk.stateDir, 'backend.db'),
      `SELECT r.amount_minor, r.status, r.provider, o.amount_minor AS original_amount FROM qr_payments r JOIN qr_payments o ON o.transaction_id = r.original_transaction_id WHERE r.kind = 'refund'`,
    );
    expect(refunds).toEqual([{ amount_minor: '1000', status: 'approved', provider: 'wechat', original_amount: '3300' }]);
  }, 120_000);

  it("Cancel while the terminal's code is shown: reversed, the order closed at the backend and never paid by its wallet, nothing approved, back to idle", async () => {
    await qrPayment('4500', 'merchant');
    const before = printed();
    const code = await shownCode('qr-en-merchant-cancel');
    await button('cancel');
    // The code was on the glass and may have been paid: the engine reversed it and says so.
    await at('error', 'qr-en-merchant-cancelled');
    expect((await lines()).join(' ')).toContain('E-TXN-0004');
    await button('ok');
    await at('idle');
    expect(printed()).toBe(before);
    // At the backend: the terminal's reversal (the cashier's cancel) matched, the order settled
    // declined 17 as it arrived.
    const order = () =>
      readStore<{ reason: string; match: string; status: string; decline_code: string }>(
        join(kiosk.stateDir, 'backend.db'),
        `SELECT r.reason, r.match, q.status, q.decline_code FROM qr_payments q JOIN reversals r ON r.original_transaction_id = q.transaction_id WHERE q.order_reference = '${code.additional?.referenceLabel ?? ''}'`,
      );
    const closed = [{ reason: 'REVERSAL_REASON_OPERATOR_CANCELLED', match: 'reversed', status: 'declined', decline_code: '17' }];
    await expect.poll(order, { timeout: 30_000 }).toEqual(closed);
    // Past the time the wallet would have paid it: still closed, no approval uploaded for it.
    await new Promise((r) => setTimeout(r, PAYS_AFTER_MS));
    expect(order()).toEqual(closed);
    expect(readStore<{ status: string }>(join(kiosk.stateDir, 'backend.db'), `SELECT status FROM transactions WHERE amount_minor = '4500'`).map((t) => t.status)).not.toContain('TRANSACTION_STATUS_APPROVED');
    // The journal lists it reversed, not approved.
    expect(await listedByAmount('4500', 'qr-en-merchant-cancel-listed')).toEqual(['QR payment CN¥45.00  reversed']);
  }, 120_000);

  it('Cancel on "show your payment code" ends the wait: back to idle, nothing printed, the attempt journaled as failed', async () => {
    await qrPayment('100', 'consumer');
    await at('scan-code');
    const before = printed();
    await button('cancel');
    await at('idle');
    expect(printed()).toBe(before);
    // The journal's query lists it, failed, beside the approved QR sales.
    expect(await listedByAmount('100', 'qr-en-cancelled-listed')).toEqual(['QR payment CN¥1.00  failed']);
  }, 120_000);
});
