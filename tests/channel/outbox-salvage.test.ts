// The recovery policy for a damaged outbox: the damaged files are kept as they were, every
// readable row goes into a new outbox, and what could not be read is reported, never silently
// dropped. The damage is real: bytes overwritten in the SQLite file on disk.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../src/channel/outbox.js';
import { salvageOutbox } from '../../src/channel/outbox-salvage.js';
import { errorOf } from '../support/pos-error.js';

const PAGE = 4096;
const ROWS = 200;
const ACKED = 20;
const NOW = 1_700_000_000_000;

let dir: string;
let path: string;

// A payload whose bytes say which row they are, so the page holding a row can be found in the file.
const marker = (n: number) => `PAYLOAD-${String(n).padStart(4, '0')}|`;
const payload = (n: number) => Buffer.from(marker(n).repeat(14));
const id = (n: number) => `txn-${n}`;

/** ROWS uploads, the first ACKED acknowledged, closed so the WAL is checkpointed into the file. */
function fill(): void {
  const o = Outbox.open(path, { now: () => NOW });
  for (let n = 0; n < ROWS; n++) o.enqueue('transaction-upload', id(n), payload(n));
  o.take(ACKED);
  o.acknowledge(Array.from({ length: ACKED }, (_, n) => id(n)));
  o.take(5); // in flight when the damage happens: must come back pending
  o.close();
}

function damagePage(page: number): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(8, 0xff), 0, 8, (page - 1) * PAGE);
  closeSync(fd);
}

const pageOf = (file: Buffer, n: number) => Math.floor(file.indexOf(marker(n)) / PAGE) + 1;

function rootPage(name: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[string], number>('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(name)!;
  } finally {
    db.close();
  }
}

/** Everything the new outbox will send, in order, with the payloads checked. */
function drain(o: Outbox): number[] {
  const out: number[] = [];
  for (const m of o.take(1000)) {
    const n = Number(m.id.slice(4));
    expect(Buffer.from(m.payload)).toEqual(payload(n));
    out.push(n);
  }
  return out;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posrt-outbox-salvage-'));
  path = join(dir, 'outbox.db');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('salvageOutbox', () => {
  it('rebuilds every row when only an index is damaged, keeping the damaged file byte for byte', () => {
    fill();
    damagePage(rootPage('outbox_sending'));
    const damaged = readFileSync(path);
    expect(errorOf(() => Outbox.open(path)).code).toBe('E-OUTBOX-0002');

    const report = salvageOutbox(path, NOW);
    expect(report).toEqual({ movedTo: `${path}.corrupt-${NOW}`, pending: ROWS - ACKED, acknowledged: ACKED, invalid: 0, unreadable: null });
    expect(readFileSync(report.movedTo)).toEqual(damaged);

    const o = Outbox.open(path, { now: () => NOW });
    try {
      expect(drain(o)).toEqual(range(ACKED, ROWS));
      // Acknowledged ids are still known, so the application enqueueing one again sends nothing.
      expect(o.enqueue('transaction-upload', id(0), payload(0))).toEqual({ outcome: 'duplicate', state: 'acknowledged' });
      // New messages go after the salvaged ones (AUTOINCREMENT carried over; a refused insert
      // may use up a number, so only the order is certain).
      const next = o.enqueue('transaction-upload', id(ROWS), payload(ROWS));
      expect(next.outcome === 'stored' && next.seq > ROWS).toBe(true);
    } finally {
      o.close();
    }
  });

  it('keeps the rows on both sides of a damaged table page and names the sequence numbers it lost', () => {
    fill();
    const file = readFileSync(path);
    const page = pageOf(file, 100);
    const lost = range(ACKED, ROWS).filter((n) => pageOf(file, n) === page);
    expect(lost.length).toBeGreaterThan(0);
    damagePage(page);

    const report = salvageOutbox(path, NOW);
    // seq is n + 1: the rows were enqueued in order into a new file.
    expect(report.unreadable).toEqual({ fromSeq: lost[0]! + 1, toSeq: lost.at(-1)! + 1 });
    expect(report.pending).toBe(ROWS - ACKED - lost.length);

    const o = Outbox.open(path, { now: () => NOW });
    try {
      expect(drain(o)).toEqual(range(ACKED, ROWS).filter((n) => !lost.includes(n)));
    } finally {
      o.close();
    }
  });

  it('moves aside a file that is not a database and says nothing could be read', () => {
    writeFileSync(path, Buffer.alloc(3 * PAGE, 0x41));
    const report = salvageOutbox(path, NOW);
    expect(report).toEqual({ movedTo: `${path}.corrupt-${NOW}`, pending: 0, acknowledged: 0, invalid: 0, unreadable: { fromSeq: 1, toSeq: null } });
    expect(readFileSync(report.movedTo)).toEqual(Buffer.alloc(3 * PAGE, 0x41));
    expect(existsSync(`${report.movedTo}.reading`)).toBe(false);
    Outbox.open(path).close();
  });
});
