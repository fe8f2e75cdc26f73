// bench/operators: what operators and the audit log cost where someone waits (issue 7). A sign-in
// is one scrypt (N=16384, r=8, p=1, as parameters.proto's Operator says) plus audit and event
// writes, against a budget of 500 ms at the keypad; an audit append (one fsync, one Ed25519
// signature of the head) against 20 ms added to a void or a refund; verifying a
// year of entries (20,000: about 55 a day) against 1 s at start-up, beside what one Ed25519
// verification per entry would take, which is why only the head is signed.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeDetails, entryHash, GENESIS_HASH } from '../../src/payment/audit-entry.js';
import { AuditLog } from '../../src/payment/audit-log.js';
import { ed25519AuditSeal } from '../../src/payment/audit-seal.js';
import { HEAD_DOMAIN, headPayload } from '../../src/payment/audit-verify.js';
import { demoDirectory, DEMO_OPERATORS } from '../../src/payment/demo-operators.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../src/payment/operator-credentials.js';
import { OperatorSession } from '../../src/payment/operator-session.js';
import { OperatorStore } from '../../src/payment/operator-store.js';
import { ed25519KeyPairFromSeed } from '../../src/security/index.js';
import { median, percentile, timeRuns } from '../shared/timing.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 2);
const YEAR_OF_ENTRIES = 20_000;
const BUDGET = { signInMs: 500, appendMs: 20, verifyMs: 1000 };
const TERMINAL_ID = 'T0000001';
const dir = mkdtempSync(join(tmpdir(), 'posrt-bench-operators-'));
const seal = ed25519AuditSeal(ed25519KeyPairFromSeed(new Uint8Array(32).fill(7)).secretKey);

async function signIn(): Promise<readonly number[]> {
  const store = OperatorStore.open(join(dir, 'operators.db'));
  const audit = AuditLog.open(join(dir, 'sign-in-audit.db'), { seal });
  const session = new OperatorSession({ store, audit, events: { operatorEvent: () => undefined }, terminalId: TERMINAL_ID, policy: DEFAULT_SIGN_IN_POLICY, now: Date.now, newEventId: () => crypto.randomUUID() });
  session.applyDirectory(await demoDirectory(TERMINAL_ID));
  const cashier = DEMO_OPERATORS[2]!;
  const times = await timeRuns(async () => {
    const op = await session.signIn(cashier.id, cashier.password);
    if (op.id !== cashier.id) throw new Error(`signed in as ${op.id}`);
    session.signOut();
  }, seconds);
  store.close();
  audit.close();
  return times.wallMs;
}

function appends(): readonly number[] {
  const audit = AuditLog.open(join(dir, 'append-audit.db'), { seal });
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const t0 = performance.now();
    audit.append({ kind: 'void', operatorId: '0003', approverId: '0002', details: { transaction: `txn-${i}`, amount: 1234n, currency: '156' } });
    times.push(performance.now() - t0);
  }
  if (audit.verify().kind !== 'intact') throw new Error('the appended log does not verify');
  audit.close();
  return times.sort((a, b) => a - b);
}

/** A year's file, written straight into SQLite (appending 20,000 through the log would take a
 *  signature and an fsync each), then its head signed as the log signs it. */
function yearOfEntries(path: string): void {
  AuditLog.open(path, { seal }).close();
  const db = new Database(path);
  const insert = db.prepare('INSERT INTO entries (seq, at, kind, operator_id, approver_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  let prev: Uint8Array = GENESIS_HASH;
  db.transaction(() => {
    for (let seq = 1; seq <= YEAR_OF_ENTRIES; seq++) {
      const details = encodeDetails({ transaction: `txn-${seq}`, amount: BigInt(seq), currency: '156' });
      const at = 1_790_000_000_000 + seq * 1_500_000;
      const hash = entryHash(prev, seq, at, 'login', '0003', null, details);
      insert.run(seq, at, 'login', '0003', null, details, Buffer.from(prev), Buffer.from(hash));
      prev = hash;
    }
    db.prepare('INSERT INTO head (one, seq, hash, signature) VALUES (1, ?, ?, ?)').run(YEAR_OF_ENTRIES, Buffer.from(prev), Buffer.from(seal.sign(HEAD_DOMAIN, headPayload(YEAR_OF_ENTRIES, prev))));
  })();
  db.close();
}

function verifyYear(): { verifyMs: number; perEntrySignatureMs: number } {
  const path = join(dir, 'year-audit.db');
  yearOfEntries(path);
  const audit = AuditLog.open(path, { seal });
  const t0 = performance.now();
  const verdict = audit.verify();
  const verifyMs = performance.now() - t0;
  audit.close();
  if (verdict.kind !== 'intact' || verdict.entries !== YEAR_OF_ENTRIES) throw new Error(`a year of entries verified as ${JSON.stringify(verdict)}`);
  // What one Ed25519 verification per entry would add: 50 timed, scaled to the year.
  const payload = headPayload(1, GENESIS_HASH);
  const signature = seal.sign(HEAD_DOMAIN, payload);
  const s0 = performance.now();
  for (let i = 0; i < 50; i++) if (!seal.verify(HEAD_DOMAIN, payload, signature)) throw new Error('signature did not verify');
  return { verifyMs, perEntrySignatureMs: ((performance.now() - s0) / 50) * YEAR_OF_ENTRIES };
}

try {
  const signInMs = await signIn();
  const appendMs = appends();
  const { verifyMs, perEntrySignatureMs } = verifyYear();
  console.log(`operators: ${seconds}s per timed part; files in ${tmpdir()}`);
  console.log('');
  console.log('                                              p50 ms    p99 ms   budget ms   p50/budget');
  const row = (name: string, sorted: readonly number[], budget: number) =>
    console.log(`${name.padEnd(44)} ${median(sorted).toFixed(1).padStart(7)} ${percentile(sorted, 0.99).toFixed(1).padStart(9)} ${String(budget).padStart(11)} ${(median(sorted) / budget).toFixed(3).padStart(12)}`);
  row('sign-in (scrypt N=16384) + sign-out', signInMs, BUDGET.signInMs);
  row('audit append (fsync + signed head)', appendMs, BUDGET.appendMs);
  console.log('');
  console.log(`verify ${YEAR_OF_ENTRIES} entries (chain + signed head): ${verifyMs.toFixed(0)} ms, ${(verifyMs / BUDGET.verifyMs).toFixed(3)}x the ${BUDGET.verifyMs} ms budget`);
  console.log(`one Ed25519 verification per entry would add about ${(perEntrySignatureMs / 1000).toFixed(0)} s (${(perEntrySignatureMs / verifyMs).toFixed(0)}x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
