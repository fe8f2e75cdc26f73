// The lock's file and the log archive's size cap, on real files and real gzip: a damaged lock
// file keeps the terminal locked, and an archive over its cap keeps the newest lines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { logArchive } from '../../src/channel/command-runner.js';
import { TERMINAL_LOCK_FILE, TerminalLock } from '../../src/channel/terminal-lock.js';
import { expectCode } from './identity/fixtures.js';

describe('the terminal lock', () => {
  it('is kept across opening again, and refuses transactions with E-CHAN-0201 while locked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-lock-'));
    const lock = TerminalLock.open(dir);
    expect(lock.state).toEqual({ locked: false });
    lock.assertUnlocked();
    lock.lock('stolen', 42);
    expect(TerminalLock.open(dir).state).toEqual({ locked: true, reason: 'stolen', sinceMs: 42 });
    expectCode('E-CHAN-0201', () => TerminalLock.open(dir).assertUnlocked());
    lock.unlock();
    expect(TerminalLock.open(dir).state).toEqual({ locked: false });
  });

  it('stays locked when its file says anything but unlocked, and refuses a file that is not JSON (E-CHAN-0202)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-lock-'));
    writeFileSync(join(dir, TERMINAL_LOCK_FILE), '{"locked":"no"}');
    expect(TerminalLock.open(dir).state.locked).toBe(true);
    writeFileSync(join(dir, TERMINAL_LOCK_FILE), '{"lock');
    expectCode('E-CHAN-0202', () => TerminalLock.open(dir));
  });
});

describe('the uploaded log archive', () => {
  it('keeps the newest lines that fit the cap and says it was truncated', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ n: i, msg: `line ${i} ${Math.random().toString(36)}` }));
    const archive = logArchive(lines, 4_096);
    expect(archive.truncated).toBe(true);
    expect(archive.gzip!.length).toBeLessThanOrEqual(4_096);
    const kept = gunzipSync(archive.gzip!).toString('utf8').trim().split('\n');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.at(-1)).toBe(lines.at(-1));
    expect(logArchive(lines.slice(0, 3), 4_096)).toMatchObject({ truncated: false });
  });
});
