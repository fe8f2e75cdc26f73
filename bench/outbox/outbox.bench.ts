// bench/outbox: durable appends per second (issue 6, Benchmarks). The outbox's enqueue commits
// with synchronous FULL, so each call waits for the write-ahead log to reach the disk; the peer
// is the bare SQLite insert rate on the same file layout (same schema, WAL, exclusive locking)
// with synchronous OFF, where the commit ends in the page cache. A middle line, the bare insert
// with synchronous FULL, splits the difference into the disk's share and the outbox's own
// (id check, digest, the transaction wrapper).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Outbox } from '../../src/channel/outbox.js';
import { openOutboxFile, type Db } from '../../src/channel/outbox-file.js';
import { median, percentile } from '../shared/timing.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 2);
// A transaction upload: a journal record with its EMV data, a few hundred bytes encoded.
const payload = new Uint8Array(400).map((_, i) => i & 0xff);
const dir = mkdtempSync(join(tmpdir(), 'posrt-bench-outbox-'));

interface Rate {
  readonly name: string;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly appends: number;
}

/** Calls `append(i)` for a quarter of `seconds` untimed, then for `seconds`, each call timed. */
function measure(name: string, append: (i: number) => void): Rate {
  let i = 0;
  const warmUntil = performance.now() + (seconds * 1000) / 4;
  while (performance.now() < warmUntil) append(i++);
  const times: number[] = [];
  const start = performance.now();
  const until = start + seconds * 1000;
  let t = start;
  while (t < until) {
    append(i++);
    const after = performance.now();
    times.push(after - t);
    t = after;
  }
  times.sort((a, b) => a - b);
  return { name, perSecond: times.length / ((t - start) / 1000), p50Ms: median(times), p99Ms: percentile(times, 0.99), appends: i };
}

function bareInsert(db: Db): (i: number) => void {
  const insert = db.prepare(
    `INSERT INTO outbox (id, kind, priority, payload, digest, state, enqueued_at, next_attempt_at)
     VALUES (?, 'transaction-upload', 2, ?, zeroblob(32), 'pending', ?, ?)`,
  );
  return (i) => {
    const now = Date.now();
    insert.run(`txn-${i}`, payload, now, now);
  };
}

/** The rows in the file must be the appends made, or the rate means nothing. Throws (exit 1,
 *  after the finally below removes the files). */
function check(db: Db, rate: Rate): void {
  const rows = db.prepare('SELECT count(*) FROM outbox').pluck().get();
  if (rows !== rate.appends) throw new Error(`${rate.name}: ${String(rows)} rows for ${rate.appends} appends`);
}

function bare(file: string, synchronous: 'FULL' | 'OFF'): Rate {
  const db = openOutboxFile(join(dir, file));
  db.pragma(`synchronous = ${synchronous}`);
  const rate = measure(`bare INSERT, synchronous ${synchronous}`, bareInsert(db));
  check(db, rate);
  db.close();
  return rate;
}

function durable(): Rate {
  const outbox = Outbox.open(join(dir, 'durable.db'));
  const rate = measure('outbox.enqueue, synchronous FULL', (i) => {
    outbox.enqueue('transaction-upload', `txn-${i}`, payload);
  });
  outbox.close();
  const db = openOutboxFile(join(dir, 'durable.db'));
  check(db, rate);
  db.close();
  return rate;
}

try {
  const off = bare('bare-off.db', 'OFF');
  const full = bare('bare-full.db', 'FULL');
  const outbox = durable();
  console.log(`outbox: ${payload.length}-byte messages, one commit per append; ${seconds}s each after a ${seconds / 4}s warm-up; files in ${tmpdir()}`);
  console.log('');
  console.log('append                              per second   p50 ms   p99 ms');
  for (const r of [outbox, full, off]) {
    console.log(`${r.name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(11)} ${r.p50Ms.toFixed(3).padStart(8)} ${r.p99Ms.toFixed(3).padStart(8)}`);
  }
  console.log('');
  console.log(`durable vs bare (synchronous OFF): ${(outbox.perSecond / off.perSecond).toFixed(4)}x the rate`);
  console.log(`outbox's own cost vs bare INSERT at synchronous FULL: ${(outbox.perSecond / full.perSecond).toFixed(2)}x the rate`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
