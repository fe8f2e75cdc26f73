// Firmware download end to end: `pos backend-firmware` stores an image and offers it in the real
// backend's store, the backend process signs the offer and serves chunks over real gRPC, and a
// terminal process (remote-commands/terminal.ts) downloads them into files, through the faulty
// proxy (which slows the link so a download can be interrupted, and black-holes it), across a
// SIGKILL of the terminal, past a chunk the backend serves corrupted, and refuses an offer
// signed by another key.
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';
import { copyStoreWithAnotherKey, tamperStore } from '../support/backend-store.js';
import { killStartedChildren, sleep, startChild, type ChildRun } from '../support/crash-child.js';
import { FaultyProxy } from '../support/faulty-proxy.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');
const TERMINAL = join(import.meta.dirname, 'remote-commands', 'terminal.ts');
const SERIAL = 'SN-FW-A';
const CHUNK = 4096;
const CHUNKS = 40;
/** Chunks per request: small, so the download takes many round trips and can be cut. */
const WINDOW = 2;

const sha256hex = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** The chunk indexes of each FirmwareChunkRequest the terminal sent, in order. */
const requests = (run: ChildRun): number[] => run.lines.filter((l) => l.startsWith('request ')).map((l) => Number(l.split(' ')[1]));

describe('firmware download between the backend and the terminal', () => {
  const dir = tempDir('posrt-firmware-');
  const db = join(dir, 'backend.db');
  const image = new Uint8Array(randomBytes(CHUNK * CHUNKS - 100));
  const imagePath = join(dir, 'posrt-0.2.0.img');
  let backend: BackendProcess;
  let proxy: FaultyProxy;
  let stateDir: string;

  const offer = (firmwareId: string, path = imagePath, store = db): void => {
    const out = JSON.parse(execFileSync(process.execPath, [POS, 'backend-firmware', '--db', store, '--serial', SERIAL, '--image', path, '--version', '0.2.0', '--model', 'posrt-dev', '--firmware-id', firmwareId, '--chunk-size', String(CHUNK)], { encoding: 'utf8' })) as { chunks: number };
    expect(out.chunks).toBe(CHUNKS);
  };
  const terminal = async (port: number): Promise<ChildRun> => {
    const run = startChild(TERMINAL, [stateDir, SERIAL, `127.0.0.1:${port}`, '0', String(WINDOW)]);
    await run.ready;
    return run;
  };
  const kill = async (run: ChildRun): Promise<void> => {
    run.child.kill('SIGKILL');
    await run.exited;
  };
  const served = (firmwareId: string): number => readStore<{ chunks_served: number }>(db, `SELECT chunks_served FROM firmware_offers WHERE firmware_id = '${firmwareId}'`)[0]?.chunks_served ?? 0;

  beforeAll(async () => {
    writeFileSync(imagePath, image);
    backend = await startBackend({ db, tokens: ['tok-fw'], config: writeBackendConfig(dir), extra: ['--http-port', '0'] });
    proxy = await FaultyProxy.start(backend.port, 7);
    const t = makeTerminal(dir, SERIAL);
    await enrol(t, `127.0.0.1:${backend.port}`, 'tok-fw');
    t.outbox.close();
    stateDir = t.dir;
  }, 30_000);

  afterAll(async () => {
    killStartedChildren();
    await proxy?.close();
    await backend?.stop();
  });

  it('completes through a proxy that black-holes the link mid-download, resuming where it stopped', async () => {
    proxy.fault = { kind: 'delay', ms: 30 };
    const run = await terminal(proxy.port);
    offer('fw-drop');
    await until('a quarter of the image', () => requests(run).some((first) => first >= CHUNKS / 4), 20_000);
    proxy.fault = { kind: 'drop' };
    await until('the session given up', () => run.lines.filter((l) => l === 'session-open').length >= 1 && proxy.counts.dropped > 0, 10_000);
    await sleep(3_000);
    const before = requests(run).length;
    proxy.fault = { kind: 'delay', ms: 30 };
    await until('the image verified', () => run.lines.some((l) => l.startsWith('verified fw-drop')), 40_000);
    expect(run.lines).toContain(`verified fw-drop ${sha256hex(image)}`);
    expect(run.lines.filter((l) => l === 'session-open').length).toBeGreaterThanOrEqual(2);
    // The session after the black hole asked from where the download stood, not from chunk 0.
    expect(requests(run).slice(before)[0]).toBeGreaterThanOrEqual(CHUNKS / 4);
    expect(readFileSync(join(stateDir, 'firmware', 'fw-drop.image')).equals(image)).toBe(true);
    expect(served('fw-drop')).toBe(CHUNKS);
    const page = await (await fetch(`http://127.0.0.1:${backend.httpPort}/terminals/${SERIAL}?lang=en`)).text();
    expect(page).toContain(`data-firmware="fw-drop" data-served="${CHUNKS}" data-chunks="${CHUNKS}"`);
    expect(page).toContain(`${CHUNKS} / ${CHUNKS} chunks sent`);

    // InstallFirmware hands the verified image to the installer port; an image not held fails.
    const install = (firmwareId: string): string =>
      (JSON.parse(execFileSync(process.execPath, [POS, 'backend-command', '--db', db, '--serial', SERIAL, '--action', 'install-firmware', '--firmware-id', firmwareId], { encoding: 'utf8' })) as { commandId: string }).commandId;
    const results = (id: string) => readStore<{ status: string; error_code: string }>(db, `SELECT status, error_code FROM command_results WHERE command_id = '${id}'`);
    const good = install('fw-drop');
    await until('the install result', () => results(good).length === 1);
    expect(results(good)[0]).toEqual({ status: 'COMMAND_STATUS_SUCCEEDED', error_code: '' });
    expect(run.lines).toContain(`install fw-drop ${sha256hex(image)}`);
    const missing = install('fw-never-offered');
    await until('the failed install', () => results(missing).length === 1);
    expect(results(missing)[0]).toEqual({ status: 'COMMAND_STATUS_FAILED', error_code: 'E-CHAN-0204' });
    await kill(run);
  }, 90_000);

  it('resumes from the first chunk missing after the terminal process is killed mid-download', async () => {
    proxy.fault = { kind: 'delay', ms: 30 };
    const first = await terminal(proxy.port);
    offer('fw-restart');
    await until('a third of the image', () => requests(first).some((c) => c >= CHUNKS / 3), 20_000);
    await kill(first);
    const held = Math.max(...requests(first));
    const second = await terminal(proxy.port);
    await until('the image verified', () => second.lines.some((l) => l.startsWith('verified fw-restart')), 40_000);
    expect(second.lines).toContain(`verified fw-restart ${sha256hex(image)}`);
    // The offer came from the terminal's disk (the backend had it marked sent), and the download
    // went on from the chunks the partial file held.
    expect(requests(second)[0]).toBeGreaterThanOrEqual(held - WINDOW);
    expect(requests(second)[0]).toBeGreaterThan(0);
    expect(readFileSync(join(stateDir, 'firmware', 'fw-restart.image')).equals(image)).toBe(true);
    await kill(second);
  }, 90_000);

  it('asks again for a chunk the backend serves corrupted, reports giving up, and completes once it is right', async () => {
    proxy.fault = { kind: 'pass' };
    offer('fw-tamper');
    const bad = Buffer.from(image);
    bad[5 * CHUNK + 17]! ^= 0x40;
    tamperStore(db, "UPDATE firmware_images SET image = ? WHERE firmware_id = 'fw-tamper'", bad);
    const first = await terminal(backend.port);
    await until('the download given up', () => first.lines.includes('refused fw-tamper E-CHAN-0206'), 20_000);
    // Chunk 5 came in the window from 4 and was asked for twice more on its own.
    expect(requests(first).filter((c) => c === 5)).toHaveLength(2);
    expect(requests(first)).toContain(4);
    expect(Math.max(...requests(first))).toBe(5);
    await until('the failure reported', () => readStore(db, "SELECT 1 FROM command_results WHERE command_id = 'firmware:fw-tamper' AND status = 'COMMAND_STATUS_FAILED' AND error_code = 'E-CHAN-0206'").length === 1);
    tamperStore(db, "UPDATE firmware_images SET image = ? WHERE firmware_id = 'fw-tamper'", Buffer.from(image));
    await kill(first);
    const second = await terminal(backend.port);
    await until('the image verified', () => second.lines.some((l) => l.startsWith('verified fw-tamper')), 20_000);
    expect(second.lines).toContain(`verified fw-tamper ${sha256hex(image)}`);
    expect(requests(second)[0]).toBe(5);
    await kill(second);
  }, 60_000);

  it('refuses an offer signed by another key, asks for no chunk, and reports E-CHAN-0007', async () => {
    const copy = join(dir, 'other-backend.db');
    copyStoreWithAnotherKey(db, copy);
    const other = await startBackend({ db: copy, config: writeBackendConfig(dir) });
    try {
      offer('fw-forged', imagePath, copy);
      const run = await terminal(other.port);
      await until('the offer refused', () => run.lines.includes('refused fw-forged E-CHAN-0007'), 20_000);
      await until('the refusal reported', () => readStore(copy, "SELECT 1 FROM command_results WHERE command_id = 'firmware:fw-forged' AND status = 'COMMAND_STATUS_REFUSED' AND error_code = 'E-CHAN-0007'").length === 1);
      expect(requests(run)).toEqual([]);
      await kill(run);
    } finally {
      await other.stop();
    }
  }, 60_000);
});
