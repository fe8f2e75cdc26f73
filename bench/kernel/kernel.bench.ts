// Contact kernel benchmark (issue 3): terminal CPU time per whole contact transaction, for a
// transaction without ODA, with DDA and with CDA, and the APDUs each costs. The card is the
// in-process virtual card, recorded once and played back, so the numbers are the kernel's own
// work (TLV, DOLs, ODA's RSA and hashing, CVM, risk, the state machine), not the card's.
// Run: npx tsx bench/kernel/kernel.bench.ts   (BENCH_SECONDS=n sets the time per scenario)
import { createCaKeyStore } from '../../src/emv/oda/index.js';
import type { AuthorisationPort, AuthorisationResponse } from '../../src/emv/contact/authorisation.js';
import { runContactTransaction, type KernelResult } from '../../src/emv/contact/kernel.js';
import type { KernelEnvironment } from '../../src/emv/contact/session.js';
import type { CardTransport } from '../../src/emv/apdu/index.js';
import { createCardFromProfile, inProcessTransport, testCaPublicKeys } from '../../src/emulators/card/index.js';
import { createLocalIssuer } from '../../src/emulators/issuer/local-issuer.js';
import { keyedPinPad } from '../../src/emulators/pinpad/keyed-pin-pad.js';
import { commandCounts, playbackTransport, recordingTransport, type Exchange } from '../shared/recorded-card.js';
import { median, percentile, timeRuns } from '../shared/timing.js';
import { aids, scenarios, terminal, type Scenario } from './scenarios.js';

const caKeys = createCaKeyStore(testCaPublicKeys());
const NOW = new Date('2026-11-23T10:00:00Z');
const fixedRandom = (n: number): Uint8Array => new Uint8Array(n).fill(0x5a);

function environment(s: Scenario, authorisation: AuthorisationPort): KernelEnvironment {
  return {
    terminal,
    aids: s.floorLimit === undefined ? aids : aids.map((a) => ({ ...a, floorLimit: s.floorLimit! })),
    caKeys,
    revoked: [],
    pinPad: keyedPinPad(s.pin),
    authorisation,
    now: () => NOW,
    elapsedMs: () => 0,
    random: fixedRandom,
  };
}

const request = (s: Scenario) => ({ type: 'purchase' as const, amount: s.amount, amountOther: 0n });

interface Recording {
  readonly exchanges: Exchange[];
  readonly answers: AuthorisationResponse[];
  readonly result: KernelResult;
}

async function record(s: Scenario): Promise<Recording> {
  const card = createCardFromProfile(s.profile, { interface: 'contact', rng: fixedRandom });
  card.reset();
  const exchanges: Exchange[] = [];
  const answers: AuthorisationResponse[] = [];
  const issuer = createLocalIssuer(s.issuer);
  const authorisation: AuthorisationPort = { authorise: async (r) => { const a = await issuer.authorise(r); answers.push(a); return a; } };
  const result = await runContactTransaction(recordingTransport(inProcessTransport(card), exchanges), request(s), environment(s, authorisation));
  return { exchanges, answers, result };
}

function replayed(rec: Recording): { transport: () => CardTransport; authorisation: () => AuthorisationPort } {
  return {
    transport: () => playbackTransport(rec.exchanges),
    authorisation: () => {
      let i = 0;
      return { authorise: () => Promise.resolve(rec.answers[i++]!) };
    },
  };
}

async function measure(s: Scenario, rec: Recording, seconds: number): Promise<{ median: number; p95: number; cpuPerTxn: number; runs: number }> {
  const play = replayed(rec);
  const t = await timeRuns(async () => {
    const r = await runContactTransaction(play.transport(), request(s), environment(s, play.authorisation()));
    if (r.outcome.kind !== s.expected) throw new Error(`${s.name}: ${r.outcome.kind} on playback, recorded ${s.expected}`);
  }, seconds);
  return { median: median(t.wallMs), p95: percentile(t.wallMs, 0.95), cpuPerTxn: t.cpuTotalMs / t.runs, runs: t.runs };
}

async function main(): Promise<number> {
  const seconds = Number(process.env.BENCH_SECONDS ?? '2');
  console.log(`contact kernel, in-process card played back; ${seconds}s per scenario after ${seconds / 4}s warm-up\n`);
  console.log(`${'scenario'.padEnd(18)} ${'outcome'.padEnd(9)} ${'APDUs'.padStart(5)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'cpu ms'.padStart(8)} ${'budget'.padStart(7)} ${'of budget'.padStart(10)}`);
  let broken = false;
  const details: string[] = [];
  for (const s of scenarios) {
    const rec = await record(s);
    if (rec.result.outcome.kind !== s.expected) {
      console.error(`${s.name}: expected ${s.expected}, got ${rec.result.outcome.kind}${rec.result.outcome.kind === 'aborted' ? ` (${rec.result.outcome.error.code})` : ''}`);
      broken = true;
      continue;
    }
    const m = await measure(s, rec, seconds);
    const ratio = m.median / s.budgetMs;
    console.log(
      `${s.name.padEnd(18)} ${rec.result.outcome.kind.padEnd(9)} ${String(rec.result.apdus).padStart(5)} ${m.median.toFixed(3).padStart(10)} ${m.p95.toFixed(3).padStart(8)} ${m.cpuPerTxn.toFixed(3).padStart(8)} ${`${s.budgetMs} ms`.padStart(7)} ${`${(ratio * 100).toFixed(0)}%`.padStart(10)}`,
    );
    details.push(`  ${s.name}: ${commandCounts(rec.exchanges)} (${m.runs} runs)`);
  }
  console.log('\nAPDUs by command:');
  for (const d of details) console.log(d);
  return broken ? 1 : 0;
}

process.exitCode = await main();
