// Scan-to-pay through the engine: the customer's code typed into the scanner emulator on a pty
// and read by the real scanner driver through the device registry; the journal, the outbox to
// pos backend as a process and the printer are real (rig.ts, host.ts). The QR host is the one
// stand-in: pos backend's issuer simulator authorises card cryptograms only and has no wallet
// or merchant-presented QR path yet, so a host that answers as a wallet acquirer would is
// recorded here, and what it was sent is checked.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScannerDiscovery } from '../../../src/devices/scanner/index.js';
import { createLogger, DeviceRegistry, type Scanner } from '../../../src/kernel/index.js';
import type { QrHostPort } from '../../../src/payment/engine/index.js';
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
  host = await startHost('SN-ENGINE-QR');
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

function walletHost(answer: 'approve' | 'decline' | 'silent'): QrHostPort & { codes: string[]; asked: string[] } {
  const codes: string[] = [];
  const asked: string[] = [];
  return {
    codes,
    asked,
    async authoriseCode(r) {
      codes.push(r.code);
      if (answer === 'silent') return { kind: 'unavailable' };
      return answer === 'approve' ? { kind: 'approved', responseCode: '00', authorisationCode: '123456', hostReference: '4200000001202612010001' } : { kind: 'declined', responseCode: '51' };
    },
    async merchantQrStatus(reference) {
      asked.push(reference);
      if (answer === 'silent' || asked.length < 2) return undefined;
      return answer === 'approve' ? { kind: 'paid', hostReference: '4200000001202612010002' } : { kind: 'declined', responseCode: '51' };
    },
  };
}

describe('scan-to-pay', () => {
  it('a WeChat Pay code from the scanner is authorised with the code, journaled as a consumer-presented QR sale, uploaded and printed without the code', async () => {
    const qrHost = walletHost('approve');
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, scanner: await scanner(), qrHost });
    const sale = rig.engine.consumerQr({ amount: 3_800n, timeoutMs: 5_000 });
    await until('the engine waits for a scan', () => rig.shown.some((s) => s.id === 'scan-code'));
    pty!.type('scan 134567890123456789');
    const outcome = await sale;
    expect(outcome.kind).toBe('approved');
    if (outcome.kind !== 'approved') return;
    expect(qrHost.codes).toEqual(['134567890123456789']);
    expect(outcome.transaction).toMatchObject({ type: 'qr-sale', entryMode: 'qr', scheme: 'qr-wechat', qrPresentedBy: 'consumer', responseCode: '00', authorisationCode: '123456', hostReference: '4200000001202612010001' });
    expect(outcome.receipts?.customer.kind).toBe('printed');
    const paper = rig.printer.receipts.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'text' ? [e.runs.map((x) => x.text).join('')] : []))).join('\n');
    expect(paper).toContain('4200000001202612010001');
    expect(paper).not.toContain('134567890123456789');
    await until('the QR sale reached the backend', () => readStore(host.db, `SELECT 1 FROM transactions WHERE transaction_id = '${outcome.transaction.id}'`).length === 1);
  });

  it('a URL scanned instead of a payment code fails with the QR code, and a silent wallet host leaves the sale reversal-pending', async () => {
    rig = await engineRig({ terminal: host.terminal, host: host.authorisation, scanner: await scanner(), qrHost: walletHost('silent') });
    const bad = rig.engine.consumerQr({ amount: 100n, timeoutMs: 5_000 });
    await until('the engine waits for a scan', () => rig.shown.some((s) => s.id === 'scan-code'));
    pty!.type('scan https://shop.example.cn/item/42');
    expect(await bad).toMatchObject({ kind: 'failed', error: { code: 'E-QR-0005' }, transaction: { phase: { kind: 'failed', errorCode: 'E-QR-0005' } } });
    rig.shown.length = 0;
    const silent = rig.engine.consumerQr({ amount: 100n, timeoutMs: 5_000 });
    await until('the engine waits for a scan', () => rig.shown.some((s) => s.id === 'scan-code'));
    pty!.type('scan 284567890123456789');
    expect(await silent).toMatchObject({ kind: 'reversed', transaction: { phase: { kind: 'reversal-pending', reason: 'no-answer' }, scheme: 'qr-alipay' } });
  });

  it('a merchant-presented dynamic code carries the amount and the order reference (EMV MPM, CRC checked by the parser), and the sale is approved once the host says the wallet paid', async () => {
    const qrHost = walletHost('approve');
    rig = await engineRig({
      terminal: host.terminal,
      host: host.authorisation,
      qrHost,
      merchantQr: { accounts: [{ kind: 'primitive', id: '15', value: '6221234567890123' }], categoryCode: '5411', countryCode: 'CN', name: 'FRESH MART', city: 'SHANGHAI' },
    });
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
    expect(qrHost.asked).toEqual([reference, reference]);
    expect(outcome.transaction).toMatchObject({ type: 'qr-sale', qrPresentedBy: 'merchant', hostReference: '4200000001202612010002' });
    // The code on paper, then the two copies of the approved sale: the paper's code reads back
    // as the payload shown.
    expect(rig.printer.receipts).toHaveLength(3);
    expect(readQr(decodePng(renderReceipt(rig.printer.receipts[0]!).png))).toBe(shown.payload);
  });
});
