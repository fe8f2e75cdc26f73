// npm run demo's entry (src/demo.ts) as a process with nothing started beforehand: the sale is
// approved online with the PIN from the PIN pad emulator, both receipt copies are PNG files, the
// summary shows the masked PAN only, no process it started outlives it, and the operations
// centre — pos backend started again on the demo's store — lists the transaction with the
// masked PAN and nowhere the clear one; then the QR sales the backend's wallet simulator
// decided — the terminal's code paid, the customer's WeChat Pay code read by the scanner emulator
// approved — kept by the backend and listed beside the card sale, the code printed nowhere.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStore, startBackend } from '../support/backend-process.js';
import { alive } from './support/process-alive.js';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** The UnionPay TEST card's PAN (src/emulators/card/profiles/unionpay.ts). */
const CLEAR_PAN = '6212345678901232';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const stateDir = mkdtempSync(join(tmpdir(), 'posrt-demo-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

interface Summary {
  event: 'demo';
  outcome: string;
  transactionId: string;
  amount: string;
  maskedPan: string;
  pinEntry: string;
  decision: string;
  operator: string;
  receipts: string[];
  qrSale: QrSale;
  scannedQrSale: QrSale;
  children: number[];
}

interface QrSale {
  outcome: string;
  transactionId: string;
  amount: string;
  presentedBy: string;
  scheme: string;
  hostReference: string;
}

/** The demo's customer's code (src/demo.ts): a bearer token, printed nowhere. */
const WECHAT_CODE = '134567890123456789';

describe('npm run demo (src/demo.ts)', () => {
  it('sells 88.88 CNY unattended, prints both copies, and leaves the transaction on the operations centre with the masked PAN only; then a QR sale each way the backend\'s wallet simulator decided', async () => {
    const child = spawn(TSX, ['src/demo.ts'], { cwd: ROOT, env: { ...process.env, POSRT_STATE_DIR: stateDir, POSRT_CONFIG: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code, err.slice(-2_000)).toBe(0);

    const summary = JSON.parse(/^\{"event":"demo".*$/m.exec(out)![0]) as Summary;
    expect(summary).toMatchObject({ outcome: 'approved', amount: '88.88', maskedPan: '621234******1232', pinEntry: 'online', decision: 'online', operator: '0003' });
    expect(summary.receipts).toHaveLength(2);
    for (const file of summary.receipts) expect(readFileSync(file).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(out).not.toContain(CLEAR_PAN);
    expect(err).not.toContain(CLEAR_PAN);
    expect(summary.qrSale).toMatchObject({ outcome: 'approved', amount: '12.88', presentedBy: 'merchant' });
    expect(summary.scannedQrSale).toMatchObject({ outcome: 'approved', amount: '6.66', presentedBy: 'consumer', scheme: 'qr-wechat' });
    for (const qr of [summary.qrSale, summary.scannedQrSale]) expect(qr.hostReference).toMatch(/^\d{20}$/);
    expect(out + err).not.toContain(WECHAT_CODE);
    expect(summary.children.length).toBeGreaterThan(0);
    expect(summary.children.filter(alive)).toEqual([]);

    const backend = await startBackend({ db: join(stateDir, 'backend.db'), extra: ['--http-port', '0'] });
    try {
      const page = await (await fetch(`http://127.0.0.1:${backend.httpPort}/terminals/POSRT-DEV-0001`)).text();
      const row = new RegExp(`<tr data-transaction="${summary.transactionId}">.*?</tr>`).exec(page)?.[0];
      expect(row).toBeDefined();
      expect(row).toContain('>88.88<');
      expect(row).toContain('621234******1232');
      expect(page).not.toContain(CLEAR_PAN);
      for (const qr of [summary.qrSale, summary.scannedQrSale]) {
        expect(new RegExp(`<tr data-transaction="${qr.transactionId}">.*?</tr>`).exec(page)?.[0]).toContain(`>${qr.amount}<`);
        expect(readStore(join(stateDir, 'backend.db'), `SELECT status, host_reference FROM qr_payments WHERE transaction_id = '${qr.transactionId}'`)).toEqual([{ status: 'approved', host_reference: qr.hostReference }]);
      }
      expect(JSON.stringify(readStore(join(stateDir, 'backend.db'), 'SELECT * FROM qr_payments'))).not.toContain(WECHAT_CODE);
    } finally {
      await backend.stop();
    }
  }, 180_000);
});
