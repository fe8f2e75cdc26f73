// The durable outbox against a real SQLite file on disk: idempotent enqueue, the sending order,
// in flight and acknowledged states, retry delays, reopening, the one-process lock and the
// integrity check. Killing the process and cutting the power are in outbox-crash.test.ts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Outbox, defaultRetryDelayMs } from '../../src/channel/outbox.js';
import { errorOf } from '../support/pos-error.js';

let dir: string;
let path: string;
let clock: number;
const open: Outbox[] = [];
const now = () => clock;

function openOutbox(options: Parameters<typeof Outbox.open>[1] = {}): Outbox {
  const o = Outbox.open(path, { now, ...options });
  open.push(o);
  return o;
}

function reopen(o: Outbox): Outbox {
  o.close();
  open.splice(open.indexOf(o), 1);
  return openOutbox();
}

const bytes = (...b: number[]) => Uint8Array.from(b);
const ids = (o: Outbox, max = 100) => o.take(max).map((m) => m.id);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posrt-outbox-'));
  path = join(dir, 'outbox.db');
  clock = 1_700_000_000_000;
});

afterEach(() => {
  for (const o of open.splice(0)) o.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Outbox', () => {
  it('keeps an enqueued message across close and reopen, payload byte for byte', () => {
    const o = openOutbox();
    expect(o.enqueue('transaction-upload', 'txn-1', bytes(0x0a, 0x00, 0xff))).toEqual({ outcome: 'stored', seq: 1 });
    const [m] = reopen(o).take(10);
    expect(m).toEqual({ seq: 1, id: 'txn-1', kind: 'transaction-upload', payload: bytes(0x0a, 0x00, 0xff), attempts: 1, enqueuedAt: clock });
  });

  it('stores the same id once and says in which state it already is', () => {
    const o = openOutbox();
    o.enqueue('reversal', 'rev-1', bytes(1));
    expect(o.enqueue('reversal', 'rev-1', bytes(1))).toEqual({ outcome: 'duplicate', state: 'pending' });
    o.take(1);
    expect(o.enqueue('reversal', 'rev-1', bytes(1))).toEqual({ outcome: 'duplicate', state: 'in-flight' });
    o.acknowledge(['rev-1']);
    expect(o.enqueue('reversal', 'rev-1', bytes(1))).toEqual({ outcome: 'duplicate', state: 'acknowledged' });
    expect(o.take(10)).toEqual([]);
  });

  it('refuses an id reused for another payload or kind (E-OUTBOX-0004) and keeps the first message', () => {
    const o = openOutbox();
    o.enqueue('transaction-upload', 'txn-1', bytes(1, 2));
    expect(errorOf(() => o.enqueue('transaction-upload', 'txn-1', bytes(1, 3))).code).toBe('E-OUTBOX-0004');
    expect(errorOf(() => o.enqueue('operator-event', 'txn-1', bytes(1, 2))).code).toBe('E-OUTBOX-0004');
    o.take(1);
    o.acknowledge(['txn-1']);
    // The payload is gone once acknowledged; its digest still catches the reuse.
    expect(errorOf(() => o.enqueue('transaction-upload', 'txn-1', bytes(9))).code).toBe('E-OUTBOX-0004');
  });

  it('refuses an empty, over-long or non-printable id (E-OUTBOX-0005)', () => {
    const o = openOutbox();
    for (const bad of ['', 'x'.repeat(129), 'txn 1', 'txn\n1', '交易1']) {
      expect(errorOf(() => o.enqueue('transaction-upload', bad, bytes(1))).code).toBe('E-OUTBOX-0005');
    }
    expect(o.enqueue('transaction-upload', 'x'.repeat(128), bytes(1)).outcome).toBe('stored');
  });

  it('hands out reversals first, then command results, uploads and operator events, each oldest first', () => {
    const o = openOutbox();
    o.enqueue('operator-event', 'op-1', bytes(1));
    o.enqueue('transaction-upload', 'txn-1', bytes(1));
    o.enqueue('command-result', 'cmd-1', bytes(1));
    o.enqueue('transaction-upload', 'txn-2', bytes(1));
    o.enqueue('reversal', 'rev-1', bytes(1));
    o.enqueue('reversal', 'rev-2', bytes(1));
    expect(ids(o, 3)).toEqual(['rev-1', 'rev-2', 'cmd-1']);
    expect(ids(o)).toEqual(['txn-1', 'txn-2', 'op-1']);
    expect(ids(o)).toEqual([]);
  });

  it('never hands out an acknowledged message again, and ignores a second acknowledgement', () => {
    const o = openOutbox();
    for (const id of ['a', 'b', 'c']) o.enqueue('transaction-upload', id, bytes(1));
    o.take(3);
    expect(o.acknowledge(['a', 'c'])).toBe(2);
    expect(o.acknowledge(['a', 'unknown'])).toBe(0);
    expect(o.returnInFlight()).toBe(1);
    expect(ids(reopen(o))).toEqual(['b']);
  });

  it('puts messages in flight back to pending on reopen, keeping their attempt count', () => {
    const o = openOutbox();
    o.enqueue('transaction-upload', 'txn-1', bytes(1));
    o.take(1);
    const again = reopen(o);
    expect(again.stats()).toMatchObject({ pending: 1, inFlight: 0, maxAttempts: 1 });
    expect(again.take(1)[0]?.attempts).toBe(2);
  });

  it('offers a retried message again only after its delay, which grows with its attempts', () => {
    const o = openOutbox();
    o.enqueue('transaction-upload', 'txn-1', bytes(1));
    o.enqueue('transaction-upload', 'txn-2', bytes(2));
    o.take(1);
    o.retry(['txn-1']);
    expect(ids(o)).toEqual(['txn-2']);
    clock += defaultRetryDelayMs(1);
    o.take(1);
    o.retry(['txn-1']);
    clock += defaultRetryDelayMs(2) - 1;
    expect(ids(o)).toEqual([]);
    clock += 1;
    expect(o.take(1)).toMatchObject([{ id: 'txn-1', attempts: 3 }]);
    expect([1, 2, 3, 10, 30].map(defaultRetryDelayMs)).toEqual([1000, 2000, 4000, 300_000, 300_000]);
  });

  it('sends every message in flight again at once when the connection goes', () => {
    const o = openOutbox();
    o.enqueue('transaction-upload', 'txn-1', bytes(1));
    o.enqueue('reversal', 'rev-1', bytes(1));
    o.take(2);
    expect(o.returnInFlight()).toBe(2);
    expect(ids(o)).toEqual(['rev-1', 'txn-1']);
  });

  it('remembers an acknowledged id until keepAcknowledgedMs, then forgets it', () => {
    const o = openOutbox({ keepAcknowledgedMs: 60_000 });
    o.enqueue('transaction-upload', 'txn-1', bytes(1));
    o.take(1);
    o.acknowledge(['txn-1']);
    clock += 60_000;
    o.acknowledge([]);
    expect(o.stats().acknowledged).toBe(1);
    clock += 1;
    o.acknowledge([]);
    expect(o.stats().acknowledged).toBe(0);
    expect(o.enqueue('transaction-upload', 'txn-1', bytes(1)).outcome).toBe('stored');
  });

  it('reports counts, the oldest unacknowledged message and the most attempts', () => {
    const o = openOutbox();
    expect(o.stats()).toEqual({ pending: 0, inFlight: 0, acknowledged: 0, oldestUnacknowledgedAt: null, maxAttempts: 0 });
    const first = clock;
    o.enqueue('transaction-upload', 'a', bytes(1));
    clock += 5;
    o.enqueue('transaction-upload', 'b', bytes(1));
    o.enqueue('transaction-upload', 'c', bytes(1));
    o.take(2);
    o.acknowledge(['a']);
    expect(o.stats()).toEqual({ pending: 1, inFlight: 1, acknowledged: 1, oldestUnacknowledgedAt: first + 5, maxAttempts: 1 });
  });

  it('lets one process hold the file: a second open is E-OUTBOX-0003', () => {
    openOutbox();
    expect(errorOf(() => Outbox.open(path)).code).toBe('E-OUTBOX-0003');
  });

  it('keeps the write-ahead log in the file set and no shared-memory file (exclusive WAL)', () => {
    openOutbox().enqueue('transaction-upload', 'txn-1', bytes(1));
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it('refuses a damaged file with E-OUTBOX-0002 and leaves its bytes as they were', () => {
    const o = openOutbox();
    for (let i = 0; i < 50; i++) o.enqueue('transaction-upload', `txn-${i}`, new Uint8Array(200).fill(i));
    o.close();
    open.splice(0);
    // Page 3 holds table rows; 64 bytes of 0xFF over its header and cell pointers.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 2 * 4096 + 8);
    closeSync(fd);
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    const e = errorOf(() => Outbox.open(path));
    expect(e.code).toBe('E-OUTBOX-0002');
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('refuses a file that is not a database at all with E-OUTBOX-0002', () => {
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    expect(errorOf(() => Outbox.open(path)).code).toBe('E-OUTBOX-0002');
  });

  it('cannot open where the directory does not exist (E-OUTBOX-0001)', () => {
    expect(errorOf(() => Outbox.open(join(dir, 'missing', 'outbox.db'))).code).toBe('E-OUTBOX-0001');
  });
});

describe('Outbox on a full disk', () => {
  it('refuses the enqueue that does not fit with E-OUTBOX-0006 and keeps every one that returned', () => {
    // ulimit -f makes writes past 512 KiB fail with EFBIG, as a full partition fails them with
    // ENOSPC; SIGXFSZ is ignored so the write returns the error instead of killing the process.
    const fill = join(import.meta.dirname, 'outbox-full', 'fill.ts');
    const out = execFileSync('bash', ['-c', `trap '' XFSZ; ulimit -f 512; exec "${process.execPath}" --import tsx "${fill}" "${path}"`], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    const [what, refused, code] = lines.at(-1)!.split(' ');
    expect([what, code]).toEqual(['refused', 'E-OUTBOX-0006']);
    expect(lines.slice(0, -1)).toEqual(Array.from({ length: Number(refused) }, (_, n) => `stored ${n}`));
    expect(Number(refused)).toBeGreaterThan(10);

    const o = openOutbox();
    for (let n = 0; n < Number(refused); n++) {
      expect(o.enqueue('transaction-upload', `msg-${n}`, new Uint8Array(4096).fill(n & 0xff)).outcome).toBe('duplicate');
    }
    expect(o.enqueue('transaction-upload', `msg-${refused}`, new Uint8Array(4096).fill(Number(refused) & 0xff)).outcome).toBe('stored');
  });
});
