// Consumer-presented codes the way they reach the payment layer: the scanner emulator process on
// one end of a socat pty pair "scans", the serial scanner driver reads the line through the
// registry, and each scan event goes to paymentCode — a WeChat Pay code, an Alipay code in AIM
// mode, the EMV QRCPS-CPM v1.0 example payload, and a shop's URL the terminal must refuse.
import { afterEach, describe, expect, it } from 'vitest';
import { ScannerDiscovery } from '../../src/devices/scanner/index.js';
import { isPosError } from '../../src/errors/index.js';
import { createLogger, DeviceRegistry, type Scanner, type ScannerEvents } from '../../src/kernel/index.js';
import { paymentCode, type PaymentCode } from '../../src/payment/qr/index.js';
import { startPtyRig, until, type PtyRig } from '../support/pty-rig.js';

const CPM_EXAMPLE = 'hQVDUFYwMWETTwegAAAAVVVVUAhQcm9kdWN0MWETTwegAAAAZmZmUAhQcm9kdWN0MmJJWggSNFZ4kBI0WF8gDkNBUkRIT0xERVIvRU1WXy0IcnVlc2RlZW5kIZ8QBwYBCgMAAACfJghYT9OF+iNLzJ82AgABnzcEbVjvEw==';

let rig: PtyRig;
let registry: DeviceRegistry;

afterEach(async () => {
  await registry.stop();
  await rig.stop();
});

/** The scanner attached through the registry, each scan turned into a payment code or its error code. */
async function scanning(aim: boolean): Promise<(PaymentCode | string)[]> {
  rig = await startPtyRig({ serve: 'src/emulators/scanner/serve.ts', args: (port) => ['--port', port, ...(aim ? ['--aim', ']Q1'] : [])] });
  registry = new DeviceRegistry({ providers: [new ScannerDiscovery({ paths: [rig.terminalPath], retryMs: 200, settings: aim ? { symbologyIds: 'aim' } : {} })], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  const scanner: Scanner = await registry.waitFor('scanner', () => true, 5_000);
  const codes: (PaymentCode | string)[] = [];
  scanner.events.on('scan', (scan: ScannerEvents['scan']) => {
    try {
      codes.push(paymentCode(scan));
    } catch (e) {
      if (!isPosError(e)) throw e;
      codes.push(e.code);
    }
  });
  await scanner.enable();
  return codes;
}

describe('payment codes from the scanner over a pty', () => {
  it('turns each scan into a typed payment code, and a URL into E-QR-0005', async () => {
    const codes = await scanning(false);
    rig.type('scan 134567890123456789');
    rig.type(`scan ${CPM_EXAMPLE}`);
    rig.type('scan https://shop.example.cn/item/42');
    await until(() => codes.length >= 3, 5_000, 'three scans');
    const [wechat, cpm, url] = codes;
    expect(wechat).toMatchObject({ kind: 'wallet', wallet: 'wechat', masked: '1345**********6789' });
    expect(typeof wechat === 'object' && wechat.kind === 'wallet' && wechat.code.reveal()).toBe('134567890123456789');
    expect(cpm).toMatchObject({ kind: 'emv-cpm', maskedPan: '123456******3458', applications: [{ aid: 'A0000000555555' }, { aid: 'A0000000666666' }] });
    expect(url).toBe('E-QR-0005');
  });

  it('reads an Alipay code behind an AIM symbology identifier', async () => {
    const codes = await scanning(true);
    rig.type('scan 281234567890123456');
    await until(() => codes.length >= 1, 5_000, 'one scan');
    expect(codes[0]).toMatchObject({ kind: 'wallet', wallet: 'alipay', masked: '2812**********3456' });
  });
});
