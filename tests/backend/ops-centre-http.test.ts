// The operations centre's HTTP surface in-process over a real SQLite store: the JSON the page
// polls, the language fallback, unknown paths and methods, and escaping of what a terminal
// sends (a serial is shown as text). The browser test drives the same pages in Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackendLogger } from '../../src/backend/log.js';
import { startOpsCentre, type RunningOpsCentre } from '../../src/backend/ops-centre/http-server.js';
import { escapeHtml, html } from '../../src/backend/ops-centre/html.js';
import { SqliteRepository } from '../../src/backend/sqlite-repository.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function centre(now = 10_000): Promise<{ repo: SqliteRepository; ops: RunningOpsCentre; get: (path: string, method?: string) => Promise<Response> }> {
  const repo = SqliteRepository.open(join(mkdtempSync(join(tmpdir(), 'posrt-ops-http-')), 'backend.db'));
  cleanup.push(() => repo.close());
  const ops = await startOpsCentre({ host: '127.0.0.1', port: 0, repo, log: createBackendLogger('silent'), now: () => now });
  cleanup.push(() => ops.close());
  return { repo, ops, get: (path, method = 'GET') => fetch(`http://127.0.0.1:${ops.port}${path}`, { method }) };
}

async function enrol(repo: SqliteRepository, serial: string): Promise<void> {
  await repo.addProvisioningToken(serial, 1);
  await repo.enrol(serial, { serial, model: 'm', firmwareVersion: '1', capabilities: [], publicKey: new Uint8Array(32), merchantId: '000000000000001' }, 1);
}

describe('the operations centre over HTTP', () => {
  it('serves the fleet as JSON with display text in the asked language: online, offline by the open alert, never seen', async () => {
    const { repo, get } = await centre(10_000);
    for (const s of ['SN-1', 'SN-2', 'SN-3']) await enrol(repo, s);
    await repo.recordHeartbeat('SN-1', { uptimeS: 1, paper: 'PAPER_STATE_OK', devices: [], approvals: 0, declines: 0, errors: 0, outboxDepth: 0 }, 7_000);
    await repo.recordHeartbeat('SN-2', { uptimeS: 1, paper: 'PAPER_STATE_OK', devices: [], approvals: 0, declines: 0, errors: 0, outboxDepth: 0 }, 1_000);
    await repo.raiseAlert('SN-2', 'terminal-offline', 4_000);
    const res = await get('/api/terminals?lang=zh-CN');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as { terminals: { serial: string; liveness: string; text: { status: string; lastSeen: string } }[]; alerts: { serial: string; text: { alert: string } }[] };
    expect(body.terminals.map((t) => [t.serial, t.liveness, t.text.status])).toEqual([
      ['SN-1', 'online', '在线'],
      ['SN-2', 'offline', '离线'],
      ['SN-3', 'never-seen', '尚未上线'],
    ]);
    expect(body.terminals[0]!.text.lastSeen).toBe('1970-01-01 00:00:07 UTC (3 秒前)');
    expect(body.alerts.map((a) => [a.serial, a.text.alert])).toEqual([['SN-2', '终端离线']]);
  });

  it('shows the versions across the fleet and each rollout’s progress: offered, downloaded whole, running the image’s version', async () => {
    const { repo, get } = await centre(10_000);
    for (const serial of ['SN-1', 'SN-2', 'SN-3']) await enrol(repo, serial);
    const hash = new Uint8Array(32).fill(9);
    await repo.commands.storeFirmware({ firmwareId: 'fw-0.2.0', version: '0.2.0', model: 'm', notes: '', size: 2, sha256: hash, chunkSize: 1, chunkSha256: [hash, hash], storedAt: 1 }, new Uint8Array(2));
    for (const serial of ['SN-1', 'SN-2']) await repo.commands.offerFirmware(serial, 'fw-0.2.0', 5_000, 50_000);
    // SN-1 took both chunks and now says it runs 0.2.0; SN-2 has one chunk; SN-3 was not offered it.
    await repo.commands.recordChunkServed('SN-1', 'fw-0.2.0', 1);
    await repo.commands.recordChunkServed('SN-2', 'fw-0.2.0', 0);
    await repo.recordFirmwareVersion('SN-1', '0.2.0');
    const body = (await (await get('/api/terminals?lang=zh-CN')).json()) as { versions: unknown; rollouts: unknown };
    expect(body.versions).toEqual([
      { version: '1', terminals: 2 },
      { version: '0.2.0', terminals: 1 },
    ]);
    expect(body.rollouts).toEqual([{ firmwareId: 'fw-0.2.0', version: '0.2.0', offered: 2, downloaded: 1, running: 1, text: { progress: '2 台中 1 台已运行,1 台已下载' } }]);
    const page = await (await get('/?lang=en')).text();
    expect(page).toContain('<tr data-firmware="fw-0.2.0" data-offered="2" data-downloaded="1" data-running="1">');
    expect(page).toContain('1 of 2 running it, 1 downloaded');
  });

  it('falls back to English for a language it lacks, answers 404 for an unknown terminal or path and 405 for a write', async () => {
    const { get } = await centre();
    const page = await get('/?lang=fr');
    expect(await page.text()).toContain('<html lang="en">');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/terminals/SN-NONE')).status).toBe(404);
    expect((await get('/nothing')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/terminals/%E0%A4%A')).status).toBe(400);
  });

  it("shows a terminal that has sent nothing yet as such: no heartbeat, no transaction, no batch", async () => {
    const { repo, get } = await centre();
    await enrol(repo, 'SN-NEW');
    const text = await (await get('/terminals/SN-NEW')).text();
    for (const said of ['<p id="devices">No heartbeat yet.</p>', '<p id="transactions">No transaction uploaded yet.</p>', '<p id="batches">No batch yet.</p>', '<p id="operators">No operator event received.</p>', 'data-state="never-seen">not seen yet<']) expect(text).toContain(said);
  });

  it('escapes what a terminal sends: a serial with markup is text on the fleet page', async () => {
    const { repo, get } = await centre();
    await enrol(repo, '<b>x</b>"&');
    const text = await (await get('/')).text();
    expect(text).toContain('&lt;b&gt;x&lt;/b&gt;&quot;&amp;');
    expect(text).not.toContain('<b>x</b>');
  });

  it('escapes every interpolated value of html`` but nests its own markup as it is', async () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p>${'<i>'}${html`<i>${'&'}</i>`}${[html`<br>`]}${null}</p>`.text).toBe('<p>&lt;i&gt;<i>&amp;</i><br></p>');
  });
});
