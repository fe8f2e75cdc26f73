// The serial scanner end to end over a real line: socat's pty pair, the scanner emulator process
// (src/emulators/scanner/serve.ts) told to "scan" payloads, the driver through serialport and the
// registry through ScannerDiscovery. Payloads: an 18-digit consumer payment code (the length of
// Alipay and WeChat Pay's "付款码"), an EMV QRCPS consumer-presented payload (EMV QR Code
// Specification for Payment Systems, Consumer-Presented Mode v1.0: base64 of the TLV starting
// with 85 "CPV01" and an Application Template 61), garbage and an over-long line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import { ScannerDiscovery } from '../../../src/devices/scanner/index.js';
import { createLogger, DeviceRegistry, type Scanner, type ScannerEvents } from '../../../src/kernel/index.js';
import { startPtyRig, until, type PtyRig } from '../../support/pty-rig.js';

type Heard = { kind: 'scan'; value: ScannerEvents['scan'] } | { kind: 'failed'; value: ScannerEvents['scan-failed'] };

const text = (s: string) => new TextEncoder().encode(s);
// Format indicator 85 "CPV01"; template 61: AID 4F, label 50, track 2 equivalent 57 (Visa's
// ADVT test PAN), ATC 9F36, cryptogram 9F26, IAD 9F10 — the shape QRCPS §5.2 Table 3 gives.
const CPM_TLV = fromHex(
  '85054350563031' +
    '6160' +
    '4F07A0000000031010' + '500B5649534120435245444954' + '5A0847617390010100105F2403251231' +
    '5713476173900101001' + '0D25122011000000000000F' +
    '9F3602000A' + '9F26081122334455667788' + '9F100706010A03A00000' + '9F2701809F3704A1B2C3D4',
);
const CPM = Buffer.from(CPM_TLV).toString('base64');

let rig: PtyRig;
let registry: DeviceRegistry;
let scanner: Scanner;
let heard: Heard[];

async function start(args: string[] = []): Promise<void> {
  rig = await startPtyRig({ serve: 'src/emulators/scanner/serve.ts', args: (port) => ['--port', port, ...args] });
  registry = new DeviceRegistry({ providers: [new ScannerDiscovery({ paths: [rig.terminalPath], retryMs: 200, settings: args.includes('--aim') ? { symbologyIds: 'aim' } : {} })], log: createLogger({ name: 'test', level: 'silent' }) });
  await registry.start();
  scanner = await registry.waitFor('scanner', () => true, 5_000);
  heard = [];
  scanner.events.on('scan', (value) => heard.push({ kind: 'scan', value }));
  scanner.events.on('scan-failed', (value) => heard.push({ kind: 'failed', value }));
  await scanner.enable();
}

async function heardNext(count: number): Promise<Heard[]> {
  await until(() => heard.length >= count, 5_000, `${count} scanner events`);
  return heard;
}

afterEach(async () => {
  await registry.stop();
  await rig.stop();
});

describe('serial scanner over a pty pair', () => {
  beforeEach(() => start());

  it('reports an 18-digit payment code and an EMV consumer-presented QR payload, each as one scan', async () => {
    expect(CPM.length).toBeGreaterThan(100);
    rig.type('scan 134567890123456789');
    rig.type(`scan ${CPM}`);
    const [first, second] = await heardNext(2);
    expect(first).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text('134567890123456789') } });
    expect(second).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text(CPM) } });
    expect(toHex(Buffer.from(new TextDecoder().decode((second as { value: { data: Uint8Array } }).value.data), 'base64'))).toBe(toHex(CPM_TLV));
  });

  it('takes a code of exactly the bound, and one split across writes ending in CR LF', async () => {
    rig.type(`scan ${'A'.repeat(1024)}`);
    rig.type('raw 3238313233');
    rig.type('raw 3435360D0A');
    const events = await heardNext(2);
    expect(events[0]).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text('A'.repeat(1024)) } });
    expect(events[1]).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text('28123456') } });
  });

  it('reports garbage as E-SCAN-0003 and an over-long line as E-SCAN-0004 with its length, then reads the next code', async () => {
    const health: unknown[] = [];
    scanner.events.on('health', (h) => health.push(h));
    rig.type('raw 00FF1B5B41420D');
    rig.type('raw C3280D');
    rig.type(`scan ${'9'.repeat(5000)}`);
    rig.type('scan 281234567890123456');
    const events = await heardNext(4);
    // Noise degrades the scanner until a code reads cleanly; the long code is not its fault.
    expect(health).toEqual([{ state: 'degraded', code: 'E-SCAN-0003' }, { state: 'ok' }]);
    expect(events.map((e) => (e.kind === 'failed' ? e.value.error.code : e.kind))).toEqual(['E-SCAN-0003', 'E-SCAN-0003', 'E-SCAN-0004', 'scan']);
    const [noise, , long] = events as [{ value: { error: { context: object; message: string } } }, unknown, { value: { error: { context: object; message: string } } }];
    expect(noise.value.error.context).toEqual({ length: 6, offset: 0 });
    expect(long.value.error.context).toEqual({ length: 5000, maxLength: 1024 });
    // The error says how long, never what was read.
    expect(long.value.error.message).not.toContain('9999');
    expect(events[3]).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text('281234567890123456') } });
  });

  it('goes on after a command it cannot carry out (odd hex), as a device does after a typo', async () => {
    rig.type('raw 0D0');
    expect(await rig.next('command-failed')).toEqual({ event: 'command-failed', code: 'E-CORE-0002' });
    rig.type('scan 134567890123456789');
    const [only] = await heardNext(1);
    expect(only).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text('134567890123456789') } });
  });

  it('drops reads while disabled', async () => {
    await scanner.disable();
    rig.type('scan 111111111111111111');
    await rig.next('scanned');
    // Let the bytes cross the pty before scanning is switched back on.
    await new Promise((r) => setTimeout(r, 200));
    await scanner.enable();
    rig.type('scan 222222222222222222');
    const [only] = await heardNext(1);
    expect(only).toEqual({ kind: 'scan', value: { symbology: 'unknown', data: text('222222222222222222') } });
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).toHaveLength(1);
  });

  it('is failed with E-SCAN-0002 and detached when the pty vanishes, and attached again when it comes back', async () => {
    const health: unknown[] = [];
    scanner.events.on('health', (h) => health.push(h));
    const detached = new Promise((resolve) => registry.events.once('detached', resolve));
    await rig.unplug();
    expect(await detached).toBe(scanner);
    expect(health).toEqual([{ state: 'failed', code: 'E-SCAN-0002' }]);
    expect(scanner.health()).toEqual({ state: 'failed', code: 'E-SCAN-0002' });
    await rig.plugIn();
    const back = await registry.waitFor('scanner', () => true, 5_000);
    expect(back).not.toBe(scanner);
    await until(() => registry.health().get('scanner')?.state === 'ok', 5_000, 'provider ok');
    const codes: Uint8Array[] = [];
    back.events.on('scan', ({ data }) => codes.push(data));
    await back.enable();
    rig.type('scan 134567890123456789');
    await until(() => codes.length === 1, 5_000, 'a scan after replug');
    expect(codes[0]).toEqual(text('134567890123456789'));
  });
});

describe('serial scanner sending AIM symbology identifiers', () => {
  beforeEach(() => start(['--aim', ']Q1', '--terminator', 'crlf']));

  it('names the symbology from the ISO/IEC 15424 identifier and strips it from the data', async () => {
    rig.type('scan https://qr.alipay.com/abc');
    const [only] = await heardNext(1);
    expect(only).toEqual({ kind: 'scan', value: { symbology: 'qr', data: text('https://qr.alipay.com/abc') } });
  });
});
