// The operations-centre page in headless Chromium (Debian's chromium driven by playwright-core)
// against `pos backend --http-port 0` as a child process, with a terminal enrolled and talking
// over real gRPC: the fleet row with its devices' health, the terminal's page (devices, bound
// operators, transactions with the masked PAN only, a reversal and how it matched, batch totals,
// a batch's settlement out of balance with its mismatches), the switch to zh-CN, and the status
// turning offline on the open page when heartbeats stop. Screenshots go to the test's
// temporary directory (POSRT_SCREENSHOTS=DIR copies them there to look at);
// docs/operations-centre.png is one of them.
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { posrt, toLong } from '../../src/protos/index.js';
import { enrol, makeTerminal, startBackend, tempDir, until, uploadPayload, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';
import { cardRequest } from '../support/issuer-cards.js';
import { openRawSession } from '../support/raw-session.js';

const v1 = posrt.channel.v1;
const CHROMIUM = '/usr/bin/chromium';
const cleanup: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function openBrowser(): Promise<Page> {
  // Tests run as root, where Chromium's sandbox refuses to start.
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 10_000 });
  cleanup.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(8_000);
  return page;
}

describe('the operations-centre page in Chromium', () => {
  it('shows the fleet, a terminal with masked cards only, switches to zh-CN, and marks the terminal offline live', { timeout: 30_000 }, async () => {
    const dir = tempDir('posrt-ops-');
    const b: BackendProcess = await startBackend({ db: join(dir, 'backend.db'), tokens: ['tok'], config: writeBackendConfig(dir), extra: ['--http-port', '0'] });
    cleanup.push(() => b.kill());
    expect(b.httpPort).toBeGreaterThan(0);
    const address = `127.0.0.1:${b.port}`;
    const t = makeTerminal(dir, 'SN-OPS-1');
    await enrol(t, address, 'tok');
    for (let i = 0; i < 3; i++) t.outbox.enqueue('transaction-upload', `u-${i}`, uploadPayload(`ops-${i}`, 1250 + i));
    // A terminal that wrongly sends the PAN whole in masked_pan: the page masks it again.
    const leak = v1.TransactionUpload.encode({
      records: [{ transactionId: 'ops-leak', batchNumber: 1, stan: 9, status: v1.TransactionStatus.TRANSACTION_STATUS_DECLINED, amount: { minorUnits: toLong(100n), currency: '156' }, scheme: 'visa', maskedPan: '4761739001010119' }],
    }).finish();
    t.outbox.enqueue('transaction-upload', 'u-leak', leak);
    // The seeds' 使用者不一致: an operator not bound to this terminal tried to log in.
    const notBound = { eventId: 'ev-1', kind: v1.OperatorEventKind.OPERATOR_EVENT_KIND_NOT_BOUND, operatorId: 'op-07', occurredAtMs: toLong(BigInt(Date.UTC(2026, 10, 30, 8, 0, 0))), failedAttempts: 1 };
    t.outbox.enqueue('operator-event', 'ev-1', v1.OperatorEvent.encode(notBound).finish());
    const client = t.client(address, {
      heartbeat: () => ({
        uptimeS: toLong(42n, true),
        paper: v1.PaperState.PAPER_STATE_OK,
        devices: [
          // A device id is free text from the terminal: it must reach the page as text.
          { deviceId: '<img src=x onerror="document.title=1">', kind: v1.DeviceKind.DEVICE_KIND_CARD_READER, state: v1.DeviceState.DEVICE_STATE_FAILED, errorCode: 'E-PCSC-0005' },
          { deviceId: 'escpos:tcp:127.0.0.1:9100', kind: v1.DeviceKind.DEVICE_KIND_PRINTER, state: v1.DeviceState.DEVICE_STATE_OK, errorCode: '' },
        ],
      }),
    });
    cleanup.push(() => client.stop());
    client.start();
    await until('the uploads are stored', () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0);
    await until('a heartbeat', () => t.events.some((e) => e.kind === 'session-open'));
    await new Promise((r) => setTimeout(r, 400));
    // An authorisation, its reversal, and batch 2 settled out of balance: the terminal counts
    // ops-s9, never uploaded, and not ops-s2, which was, and declares 34.00 for two sales.
    const raw = await openRawSession(address, t.identity, t.serial);
    cleanup.push(() => raw.close());
    const { request } = cardRequest('4761739001010119', 1234n);
    request.transactionId = 'ops-auth';
    await raw.request({ authorisationRequest: request }, 'authorisationResponse');
    await raw.request({ reversalRequest: { reversalId: 'rev-1', originalTransactionId: 'ops-auth', reason: v1.ReversalReason.REVERSAL_REASON_TIMEOUT, amount: { minorUnits: toLong(1234n), currency: '156' } } }, 'reversalResponse');
    const sale = (transactionId: string, minor: bigint) => ({ transactionId, batchNumber: 2, stan: 2, type: v1.TransactionType.TRANSACTION_TYPE_SALE, status: v1.TransactionStatus.TRANSACTION_STATUS_APPROVED, amount: { minorUnits: toLong(minor), currency: '156' }, scheme: 'visa', maskedPan: '622202******0003' });
    await raw.request({ transactionUpload: { records: [sale('ops-s1', 1000n), sale('ops-s2', 2500n)] } }, 'transactionUploadResult');
    const declared = { scheme: 'visa', type: v1.TransactionType.TRANSACTION_TYPE_SALE, count: toLong(2n, true), amount: { minorUnits: toLong(3400n), currency: '156' } };
    await raw.request({ settlementRequest: { settlementId: 'set-2', batchNumber: 2, totals: [declared], transactionIds: ['ops-s1', 'ops-s9'], operatorId: '0002' } }, 'reconciliationResult');
    raw.close();

    const page = await openBrowser();
    const base = `http://127.0.0.1:${b.httpPort}`;
    await page.goto(`${base}/`);
    const row = page.locator('#fleet tr[data-serial="SN-OPS-1"]');
    await expect.poll(() => row.locator('[data-field="status"]').textContent()).toBe('online');
    expect(await row.locator('td').nth(1).textContent()).toBe('T0000001');
    expect(await row.locator('[data-field="devices"]').textContent()).toBe('card reader: failed E-PCSC-0005, printer: OK');
    // The not-bound event raised its alert beside the failing reader.
    expect(await row.locator('[data-field="alerts"]').textContent()).toBe('Login by an operator not bound here, Card reader failing');
    await page.screenshot({ path: join(dir, 'fleet-en.png'), fullPage: true });

    await row.locator('a').click();
    await page.waitForURL(/\/terminals\/SN-OPS-1/);
    expect(await page.locator('#devices tbody tr').count()).toBe(2);
    expect(await page.locator('#devices tbody tr').first().locator('td').first().textContent()).toBe('<img src=x onerror="document.title=1">');
    expect(await page.locator('img').count()).toBe(0);
    const cards = await page.locator('#transactions tbody tr td:nth-child(8)').allTextContents();
    expect(cards.sort()).toEqual(['476173******0119', '476173******0119', '476173******0119', '476173…0119', '622202******0003', '622202******0003']);
    expect(await page.content()).not.toContain('4761739001010119');
    expect(await page.locator('#batches tbody tr').allTextContents()).toEqual(['2156approved235.00', '1156approved337.53', '1156declined11.00']);
    expect(await page.locator('#operators tbody tr td').allTextContents()).toEqual(['2026-11-30 08:00:00 UTC', 'op-07', 'not bound to this terminal', '1', '']);
    expect(await page.locator('table.facts tr', { hasText: 'Merchant' }).locator('td').allTextContents()).toEqual(['POSRT0000000001', 'posrt Demo Convenience Store']);
    expect(await page.locator('#bound-operators tbody tr td:first-child').allTextContents()).toEqual(['0001', '0002', '0099']);
    expect(await page.locator('#reversals tbody tr td').allTextContents()).toEqual([expect.stringMatching(/UTC$/), 'rev-1', 'ops-auth', '12.34 156', 'no answer in time', 'reversed', '']);
    const settlement = page.locator('section.settlement[data-settlement="set-2"]');
    expect(await settlement.getAttribute('data-balanced')).toBe('false');
    expect(await settlement.locator('.reconciliation').textContent()).toBe('out of balance');
    expect(await settlement.locator('table.totals tbody tr td').allTextContents()).toEqual(['visa', 'sale', '156', '2', '34.00', '2', '35.00']);
    expect(await settlement.locator('table.totals tbody tr').getAttribute('data-differs')).toBe('true');
    expect(await settlement.locator('table.mismatches tbody tr').allTextContents()).toEqual(['declared, never uploadedops-s9', 'uploaded, not declaredops-s2visa sale25.00']);
    expect(await page.content()).not.toContain('not kept');
    await page.screenshot({ path: join(dir, 'terminal-en.png'), fullPage: true });

    await page.locator('a[data-lang="zh-CN"]').click();
    await page.waitForURL(/lang=zh-CN/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('posrt 运行中心');
    expect(await page.locator('#devices tbody tr').first().locator('td').nth(2).textContent()).toBe('故障');
    expect(await page.locator('#operators tbody tr td').nth(2).textContent()).toBe('使用者不一致(未绑定本终端)');
    expect(await page.locator('table.facts tr', { hasText: '商户名称' }).locator('td').textContent()).toBe('posrt 示范便利店');
    expect(await settlement.locator('.reconciliation').textContent()).toBe('不平');
    expect(await settlement.locator('table.mismatches tbody tr td:first-child').allTextContents()).toEqual(['终端申报,后台未收到', '后台已收到,终端未申报']);
    expect(await page.locator('#reversals tbody tr td').nth(5).textContent()).toBe('已冲正');
    await page.screenshot({ path: join(dir, 'terminal-zh.png'), fullPage: true });

    await page.locator('h1 a').click();
    await page.waitForURL(/\/\?lang=zh-CN/);
    const status = page.locator('#fleet tr[data-serial="SN-OPS-1"] [data-field="status"]');
    expect(await status.textContent()).toBe('在线');
    // heartbeatIntervalS 1, missedHeartbeats 2: offline 2 s after the last heartbeat, at the
    // next sweep; the page's 2 s poll shows it without a reload.
    client.stop();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('离线');
    expect(await status.getAttribute('data-state')).toBe('offline');
    expect(await page.locator('#alerts tbody tr[data-open="true"] td').first().textContent()).toMatch(/终端离线|读卡器故障/);
    expect(await page.locator('#alerts tbody').textContent()).toContain('终端离线');
    await page.screenshot({ path: join(dir, 'fleet-zh-offline.png'), fullPage: true });
    const keep = process.env.POSRT_SCREENSHOTS;
    if (keep) for (const name of ['fleet-en.png', 'terminal-en.png', 'terminal-zh.png', 'fleet-zh-offline.png']) copyFileSync(join(dir, name), resolve(keep, name));
  });
});
