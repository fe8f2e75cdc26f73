// Remote commands end to end: `pos backend-command` queues into the real backend's store, the
// backend process signs and sends them over real gRPC, a terminal process (remote-commands/
// terminal.ts) admits or refuses each and answers through its outbox, and the result is read
// back from the backend's store and its operations-centre page. Forgeries are made the ways a
// real one could arrive: another backend's key (a copy of the store with another signing seed),
// a command sent again (its sent mark cleared in the store), one expired by the terminal's
// clock, one whose payload names another terminal.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TerminalLock } from '../../src/channel/terminal-lock.js';
import { posrt } from '../../src/protos/index.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig, type BackendProcess } from '../support/backend-process.js';
import { copyStoreWithAnotherKey, tamperStore } from '../support/backend-store.js';
import { killStartedChildren, startChild, type ChildRun } from '../support/crash-child.js';
import { CARD_PAN } from './remote-commands/log-lines.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');
const TERMINAL = join(import.meta.dirname, 'remote-commands', 'terminal.ts');
const v1 = posrt.channel.v1;

interface ResultRow {
  command_id: string;
  status: string;
  error_code: string;
  body: Buffer;
}

function pos<T>(args: readonly string[]): T {
  return JSON.parse(execFileSync(process.execPath, [POS, ...args], { encoding: 'utf8' })) as T;
}

function queue(db: string, serial: string, action: string, extra: readonly string[] = []): string {
  return pos<{ commandId: string }>(['backend-command', '--db', db, '--serial', serial, '--action', action, ...extra]).commandId;
}

const resultsOf = (db: string, commandId: string): ResultRow[] =>
  readStore<ResultRow>(db, `SELECT command_id, status, error_code, body FROM command_results WHERE command_id = '${commandId}' ORDER BY received_at, rowid`);

async function resultFor(db: string, commandId: string, count = 1): Promise<ResultRow[]> {
  await until(`${count} result(s) of ${commandId}`, () => resultsOf(db, commandId).length >= count, 15_000);
  return resultsOf(db, commandId);
}


async function startTerminal(dir: string, serial: string, port: number, clockOffsetMs = 0): Promise<ChildRun> {
  const run = startChild(TERMINAL, [dir, serial, `127.0.0.1:${port}`, String(clockOffsetMs)]);
  await run.ready;
  return run;
}

async function stopTerminal(run: ChildRun): Promise<void> {
  run.child.kill('SIGKILL');
  await run.exited;
}

describe('remote commands between the backend and the terminal', () => {
  const dir = tempDir('posrt-commands-');
  const db = join(dir, 'backend.db');
  let backend: BackendProcess;
  let a: { dir: string; serial: string };
  let b: { dir: string; serial: string };

  beforeAll(async () => {
    backend = await startBackend({ db, tokens: ['tok-a', 'tok-b'], config: writeBackendConfig(dir), extra: ['--http-port', '0'] });
    for (const [serial, token] of [['SN-CMD-A', 'tok-a'], ['SN-CMD-B', 'tok-b']] as const) {
      const t = makeTerminal(dir, serial);
      await enrol(t, `127.0.0.1:${backend.port}`, token);
      t.outbox.close();
      if (serial === 'SN-CMD-A') a = t;
      else b = t;
    }
  }, 30_000);

  // A test that failed half-way leaves no terminal behind to take the next test's commands.
  afterEach(() => killStartedChildren());

  afterAll(async () => {
    killStartedChildren();
    await backend?.stop();
  });

  it('delivers a queued lock, keeps the result and the lock across a restart, and shows both on the page', async () => {
    const terminal = await startTerminal(a.dir, a.serial, backend.port);
    const id = queue(db, a.serial, 'lock', ['--reason', 'audit <b>now</b>']);
    const [result] = await resultFor(db, id);
    expect(result).toMatchObject({ status: 'COMMAND_STATUS_SUCCEEDED', error_code: '' });
    await until('the command marked sent', () => readStore<{ sent_at: number | null }>(db, `SELECT sent_at FROM commands WHERE command_id = '${id}'`)[0]!.sent_at !== null);
    await stopTerminal(terminal);
    expect(TerminalLock.open(a.dir).state).toMatchObject({ locked: true, reason: 'audit <b>now</b>' });
    const again = await startTerminal(a.dir, a.serial, backend.port);
    await until('the lock as opened', () => again.lines.some((l) => l.startsWith('lock ')));
    expect(again.lines).toContain('lock locked');
    const en = await (await fetch(`http://127.0.0.1:${backend.httpPort}/terminals/${a.serial}?lang=en`)).text();
    expect(en).toMatch(new RegExp(`<tr data-command="${id}" data-state="sent">.*<td>lock</td><td>sent</td>.*<td>succeeded</td></tr>`));
    const zh = await (await fetch(`http://127.0.0.1:${backend.httpPort}/terminals/${a.serial}?lang=zh-CN`)).text();
    expect(zh).toMatch(new RegExp(`<tr data-command="${id}" data-state="sent">.*<td>锁定</td><td>已送达</td>.*<td>成功</td></tr>`));
    const unlock = queue(db, a.serial, 'unlock');
    expect((await resultFor(db, unlock))[0]!.status).toBe('COMMAND_STATUS_SUCCEEDED');
    await stopTerminal(again);
    expect(TerminalLock.open(a.dir).state.locked).toBe(false);
  }, 60_000);

  it('uploads the logs gzipped with no card data in them', async () => {
    const terminal = await startTerminal(a.dir, a.serial, backend.port);
    const id = queue(db, a.serial, 'upload-logs', ['--max-bytes', '65536']);
    const [row] = await resultFor(db, id);
    const result = v1.CommandResult.decode(row!.body);
    expect(result.status).toBe(v1.CommandStatus.COMMAND_STATUS_SUCCEEDED);
    const text = gunzipSync(result.logs!.gzip!).toString('utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(4);
    expect(text).toContain('printer ok');
    expect(text).not.toContain(CARD_PAN);
    expect(text).not.toContain('25122011143878089');
    expect(text).not.toContain('"123"');
    expect(text).toContain('476173…0119');
    await stopTerminal(terminal);
  }, 60_000);

  it('sends a command queued while the terminal was away when its session opens: diagnostics for each device', async () => {
    const id = queue(db, a.serial, 'run-diagnostics', ['--device', 'printer:tcp', '--device', 'pcsc:Virtual PCD 00 00']);
    expect(readStore<{ sent_at: number | null }>(db, `SELECT sent_at FROM commands WHERE command_id = '${id}'`)).toEqual([{ sent_at: null }]);
    const terminal = await startTerminal(a.dir, a.serial, backend.port);
    const result = v1.CommandResult.decode((await resultFor(db, id))[0]!.body);
    expect(result.diagnostics!.results!.map((r) => [r.deviceId, r.passed])).toEqual([['printer:tcp', true], ['pcsc:Virtual PCD 00 00', true]]);
    await stopTerminal(terminal);
  }, 60_000);

  it('asks the backend for the parameter sets again on refresh-parameters', async () => {
    const terminal = await startTerminal(a.dir, a.serial, backend.port);
    await until('the sets the backend announced', () => terminal.lines.some((l) => l.startsWith('parameters ')));
    const downloads = (): string[] => terminal.lines.filter((l) => l.startsWith('parameters '));
    expect(downloads()).toHaveLength(1);
    expect(downloads()[0]).toMatch(/^parameters terminal(,[a-z-]+)* -$/);
    const id = queue(db, a.serial, 'refresh-parameters');
    expect((await resultFor(db, id))[0]!.status).toBe('COMMAND_STATUS_SUCCEEDED');
    await until('a second download', () => downloads().length === 2);
    expect(terminal.lines).toContain('refresh');
    // Asked with the versions held: the backend had nothing newer, and nothing was refused.
    expect(downloads()[1]).toBe('parameters - -');
    await stopTerminal(terminal);
  }, 60_000);

  it('refuses a command replayed in the same life and after a restart, and reports E-CHAN-0014 each time without running it again', async () => {
    let terminal = await startTerminal(a.dir, a.serial, backend.port);
    const id = queue(db, a.serial, 'reboot');
    await resultFor(db, id);
    await until('reboot ran', () => terminal.lines.includes('reboot'));
    await until('the reboot marked sent', () => readStore<{ sent_at: number | null }>(db, `SELECT sent_at FROM commands WHERE command_id = '${id}'`)[0]!.sent_at !== null);
    tamperStore(db, `UPDATE commands SET sent_at = NULL WHERE command_id = '${id}'`);
    const twice = await resultFor(db, id, 2);
    expect(twice.map((r) => [r.status, r.error_code])).toEqual([['COMMAND_STATUS_SUCCEEDED', ''], ['COMMAND_STATUS_REFUSED', 'E-CHAN-0014']]);
    await until('the replay marked sent', () => readStore<{ sent_at: number | null }>(db, `SELECT sent_at FROM commands WHERE command_id = '${id}'`)[0]!.sent_at !== null);
    expect(terminal.lines.filter((l) => l === 'reboot')).toHaveLength(1);
    await stopTerminal(terminal);

    terminal = await startTerminal(a.dir, a.serial, backend.port);
    tamperStore(db, `UPDATE commands SET sent_at = NULL WHERE command_id = '${id}'`);
    const thrice = await resultFor(db, id, 3);
    expect(thrice[2]).toMatchObject({ status: 'COMMAND_STATUS_REFUSED', error_code: 'E-CHAN-0014' });
    expect(terminal.lines).not.toContain('reboot');
    await stopTerminal(terminal);
  }, 60_000);

  it('refuses a command the terminal\'s clock says has expired (E-CHAN-0011)', async () => {
    const terminal = await startTerminal(a.dir, a.serial, backend.port, 25 * 3_600_000);
    const id = queue(db, a.serial, 'reboot', ['--expires-min', '5']);
    expect((await resultFor(db, id))[0]).toMatchObject({ status: 'COMMAND_STATUS_REFUSED', error_code: 'E-CHAN-0011' });
    expect(terminal.lines).not.toContain('reboot');
    await stopTerminal(terminal);
  }, 60_000);

  it('refuses a command signed for another terminal (E-CHAN-0013)', async () => {
    const terminal = await startTerminal(a.dir, a.serial, backend.port);
    // Queued for B while B is away, then handed to A's queue: the signed payload still names B.
    tamperStore(db, `UPDATE commands SET expires_at = 0 WHERE serial = '${a.serial}' AND sent_at IS NULL`);
    const id = queue(db, b.serial, 'lock', ['--reason', 'for B']);
    tamperStore(db, `UPDATE commands SET serial = '${a.serial}' WHERE command_id = '${id}'`);
    const [row] = await resultFor(db, id);
    expect(row).toMatchObject({ status: 'COMMAND_STATUS_REFUSED', error_code: 'E-CHAN-0013' });
    await stopTerminal(terminal);
    expect(TerminalLock.open(a.dir).state.locked).toBe(false);
  }, 60_000);

  it('refuses a command signed by another backend\'s key (E-CHAN-0007) and reports it there', async () => {
    const copy = join(dir, 'other-backend.db');
    copyStoreWithAnotherKey(db, copy);
    const other = await startBackend({ db: copy, config: writeBackendConfig(dir) });
    try {
      const terminal = await startTerminal(a.dir, a.serial, other.port);
      const id = queue(copy, a.serial, 'lock', ['--reason', 'forged']);
      expect((await resultFor(copy, id))[0]).toMatchObject({ status: 'COMMAND_STATUS_REFUSED', error_code: 'E-CHAN-0007' });
      await stopTerminal(terminal);
      expect(TerminalLock.open(a.dir).state.locked).toBe(false);
    } finally {
      await other.stop();
    }
  }, 60_000);
});
