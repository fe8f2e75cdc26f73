// Scan-to-pay through the engine: the customer's code typed into the scanner emulator on a pty
// and read by the real scanner driver through the device registry; the journal, the outbox to
// pos backend as a process and the printer are real (rig.ts, host.ts), and so is the QR host:
// payment's QrHostPort over the channel (src/boot/qr-channel.ts) to the backend's wallet
// simulator, which decides a code by its wallet's rules and pays a merchant-presented order
// paysAfterMs after it was registered. What the backend decided is read back from its store.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScannerDiscovery } from '../../../src/devices/scanner/index.js';
import { createLogger, DeviceRegistry, type Scanner } from '../../../src/kernel/index.js';
import { channelQrHostPort } from '../../../src/boot/qr-channel.js';
import type { EngineOutcome } from '../../../src/payment/engine/index.js';
import { parseMerchantQr } from '../../../src/payment/qr/index.js';
import { readStore, until } from '../../support/backend-process.js';
import { startPtyRig, type PtyRig } from '../../support/pty-rig.js';
import { decodePng, readQr } from '../../support/png.js';
import { renderReceipt } from '../../../src/emulators/printer/render.js';
import { startHost, type Host } from './host.js';
import { engineRig, type EngineRig } from './rig.js';

let host: Host;
let rig: EngineRig;
let pty: PtyRig | undefined;
let registry: DeviceRegistry | undefined;

beforeAll(async () => {
  host = await startHost('SN-ENGINE-QR', { amountLimit: '50000', paysAfterMs: 1_500, payer: 'unionpay', unavailableProviders: ['alipay'] });
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

afterEach(async () => {
  await rig?.close();
  await registry?.stop();
  await pty?.stop();
  registry = undefined;
  pty = undefined;
});

async function scanner(): Promise<Scanner> {
  pty = await startPtyRig({ serve: 'src/emulators/scanner/serve.ts', args: (port) => ['--port', port] });
  registry = new DeviceRegistry({ providers: [new ScannerDiscovery({ paths: [pty.terminalPath], retryMs: 200, settings: {} })], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  return registry.waitFor('scanner', () => true, 5_000);
}

/** The journal's id of a transaction the engine ran (a refusal has none). */
const idOf = (o: EngineOutcome): string => (o.kind === 'refused' ? '' : o.transaction.id);

/** What the backend's wallet simulator kept of a transaction. */
const decided = (id: string) =>
  readStore<{ kind: string; status: string; provider: string; authorisation_code: string; host_reference: string; decline_code: string }>(host.db, `SELECT kind, status, provider, authorisation_code, host_reference, decline_code FROM qr_payments WHERE transaction_id = '${id}'`)[0];

const MERCHANT_QR = { accounts: [{ kind: 'primitive', id: '15', value: '6221234567890123' }], categoryCode: '5411', countryCode: 'CN', name: 'FRESH MART', city: 'SHANGHAI' } as const;

describe('scan-to-pay against the backend’s wallet simulator', () => {
  it('a WeChat Pay code from the scanner is approved by the backend, journaled as a consumer-presented QR sale with its authorisation code and host reference, uploaded and printed without the code', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, scanner: await scanner(), qrHost: host.qrHost });
    const sale = rig.engine.consumerQr({ amount: 3_800n, timeoutMs: 5_000 });
    await until('the engine waits for a scan', () => rig.shown.some((s) => s.id === 'scan-code'));
    pty!.type('scan 134567890123456789');
    const outcome = await sale;
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    const kept = decided(outcome.transaction.id);
    expect(kept).toMatchObject({ kind: 'consumer-presented', status: 'approved', provider: 'wechat' });
    expect(outcome.transaction).toMatchObject({ type: 'qr-sale', entryMode: 'qr', scheme: 'qr-wechat', qrPresentedBy: 'consumer', responseCode: '00', authorisationCode: kept!.authorisation_code, hostReference: kept!.host_reference });
    expect(kept!.host_reference).toMatch(/^\d{20}$/);
    expect(outcome.receipts?.customer.kind).toBe('printed');
    const paper = rig.printer.receipts.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : []))).join('\n');
    expect(paper).toContain(kept!.host_reference);
    expect(paper).not.toContain('134567890123456789');
    await until('the QR sale reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
    expect(host.backend.stderr).not.toContain('134567890123456789');
  });

  it('a code over the wallet’s limit is declined 51; a URL fails at the terminal with the QR code; a wallet whose provider does not answer leaves the sale reversal-pending', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, scanner: await scanner(), qrHost: host.qrHost });
    const scan = async (code: string, amount: bigint) => {
      rig.shown.length = 0;
      const sale = rig.engine.consumerQr({ amount, timeoutMs: 5_000 });
      await until('the engine waits for a scan', () => rig.shown.some((s) => s.id === 'scan-code'));
      pty!.type(`scan ${code}`);
      return sale;
    };
    const over = await scan('134567890123456780', 50_001n);
    expect(over).toMatchObject({ kind: 'declined', transaction: { phase: { kind: 'declined' }, scheme: 'qr-wechat', responseCode: '51' } });
    expect(decided(idOf(over))).toMatchObject({ status: 'declined', decline_code: '51' });
    expect(await scan('https://shop.example.cn/item/42', 100n)).toMatchObject({ kind: 'failed', error: { code: 'E-QR-0005' }, transaction: { phase: { kind: 'failed', errorCode: 'E-QR-0005' } } });
    const silent = await scan('284567890123456789', 100n);
    expect(silent).toMatchObject({ kind: 'reversed', transaction: { phase: { kind: 'reversal-pending', reason: 'no-answer' }, scheme: 'qr-alipay' } });
    // The provider did not answer: nothing was decided, so nothing is kept as decided.
    expect(decided(idOf(silent))).toBeUndefined();
  });

  it('a merchant-presented dynamic code carries the amount and the order reference (EMV MPM, CRC checked by the parser), registered with the backend, and the sale is approved once the payer’s wallet paid it', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, qrHost: host.qrHost, merchantQr: MERCHANT_QR });
    const outcome = await rig.engine.merchantQr({ amount: 2_372n, timeoutMs: 10_000, printCode: true });
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    const shown = rig.shown.find((s) => s.id === 'merchant-qr');
    expect(shown?.id).toBe('merchant-qr');
    if (shown?.id !== 'merchant-qr') return;
    const parsed = parseMerchantQr(shown.payload);
    const reference = `${String(outcome.transaction.batch).padStart(6, '0')}${String(outcome.transaction.stan).padStart(6, '0')}`;
    expect(parsed).toMatchObject({ initiation: 'dynamic', amount: '23.72', currency: 156, country: 'CN', additional: { referenceLabel: reference } });
    expect(shown.matrix.size).toBeGreaterThanOrEqual(21);
    const kept = readStore<{ order_reference: string; amount_minor: string; status: string; provider: string; host_reference: string }>(host.db, `SELECT order_reference, amount_minor, status, provider, host_reference FROM qr_payments WHERE transaction_id = '${outcome.transaction.id}'`)[0];
    expect(kept).toMatchObject({ order_reference: reference, amount_minor: '2372', status: 'approved', provider: 'unionpay' });
    expect(outcome.transaction).toMatchObject({ type: 'qr-sale', qrPresentedBy: 'merchant', responseCode: '00', hostReference: kept!.host_reference });
    // The code on paper, then the two copies of the approved sale: the paper's code reads back
    // as the payload shown.
    expect(rig.printer.receipts).toHaveLength(3);
    expect(readQr(decodePng(renderReceipt(rig.printer.receipts[0]!).png))).toBe(shown.payload);
  });

  it('a merchant-presented code paid by WeChat Pay is journaled, printed and uploaded as WeChat Pay, the wallet the backend names', async () => {
    const wechat = await startHost('SN-ENGINE-QR-WECHAT', { paysAfterMs: 500, payer: 'wechat' });
    try {
      rig = await engineRig({ terminal: wechat.terminal, host: wechat.authorisation, qrHost: wechat.qrHost, merchantQr: MERCHANT_QR });
      const outcome = await rig.engine.merchantQr({ amount: 1_288n, timeoutMs: 10_000 });
      expect(outcome.kind).toBe('approved');
      if (outcome.kind !== 'approved') return;
      const kept = readStore<{ provider: string }>(wechat.db, `SELECT provider FROM qr_payments WHERE transaction_id = '${outcome.transaction.id}'`)[0];
      expect(kept).toEqual({ provider: 'wechat' });
      expect(outcome.transaction).toMatchObject({ type: 'qr-sale', entryMode: 'qr', scheme: 'qr-wechat', qrPresentedBy: 'merchant' });
      expect(rig.journal.get(outcome.transaction.id).scheme).toBe('qr-wechat');
      const paper = rig.printer.receipts.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : []))).join('\n');
      expect(paper).toContain('微信支付 WeChat Pay');
      expect(paper).not.toContain('UnionPay');
      await until('the QR sale reached the backend', () => readStore(wechat.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
      expect(readStore<{ scheme: string }>(wechat.db, `SELECT scheme FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`)).toEqual([{ scheme: 'qr-wechat' }]);
    } finally {
      await wechat.stop();
    }
  }, 60_000);

  it('a merchant-presented order over the wallet’s limit is declined 51 when the wallet tries to pay it', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, qrHost: host.qrHost, merchantQr: MERCHANT_QR });
    const outcome = await rig.engine.merchantQr({ amount: 60_000n, timeoutMs: 10_000 });
    expect(outcome).toMatchObject({ kind: 'declined', transaction: { qrPresentedBy: 'merchant', responseCode: '51' } });
    expect(decided(idOf(outcome))).toMatchObject({ kind: 'merchant-presented', status: 'declined', decline_code: '51' });
  });

  it('with the link down a merchant-presented order is not taken, so no code is shown and the sale fails with E-TXN-0011; a scanned code goes reversal-pending', async () => {
    // A session client never started: every request is refused at once (E-CHAN-0102).
    const down = channelQrHostPort((ask) => host.terminal.client(`127.0.0.1:${host.backend.port}`).qrPayment(ask));
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, scanner: await scanner(), qrHost: down, merchantQr: MERCHANT_QR });
    const order = await rig.engine.merchantQr({ amount: 2_372n, timeoutMs: 5_000 });
    expect(order).toMatchObject({ kind: 'failed', error: { code: 'E-TXN-0011' }, transaction: { phase: { kind: 'failed', errorCode: 'E-TXN-0011' } } });
    expect(rig.shown.some((s) => s.id === 'merchant-qr')).toBe(false);
    const sale = rig.engine.consumerQr({ amount: 100n, timeoutMs: 5_000 });
    await until('the engine waits for a scan', () => rig.shown.some((s) => s.id === 'scan-code'));
    pty!.type('scan 134567890123456781');
    expect(await sale).toMatchObject({ kind: 'reversed', transaction: { phase: { kind: 'reversal-pending', reason: 'no-answer' } } });
  });
});
