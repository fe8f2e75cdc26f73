// bench/sale: one whole sale through the payment engine, from the card present to both slips
// handed to the printer, with every part real but the wires: a virtual card in an in-process
// reader, the keyed PIN pad (DUKPT under the test BDK), the local test issuer in-process (it
// checks the ARQC and answers with an ARPC), the journal's encrypted SQLite file with the
// channel's durable outbox behind its port, and the ESC/POS driver over TCP into the virtual
// printer. Each port is wrapped in a stopwatch, so a sale's time splits into the card (kernel
// and APDUs: what is left), PIN, online, journal (begin, every step, fsync each) and print.
// Budget: a contactless tap well under 500 ms with the card in the field (EMV Contactless
// Book A's guidance for the tap; the card-in-field time here is everything up to the slips).
// Also: journal writes per second (begin + card-read + offline-approved, one fsync each).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { outboxJournalMessages } from '../../src/boot/journal-channel.js';
import { Outbox } from '../../src/channel/outbox.js';
import { TerminalLock } from '../../src/channel/terminal-lock.js';
import { EscPosPrinter, tcpLine } from '../../src/devices/printer/index.js';
import type { AuthorisationPort } from '../../src/emv/contact/authorisation.js';
import type { PinPadPort } from '../../src/emv/cvm/index.js';
import { createCard } from '../../src/emulators/card/index.js';
import { createLocalIssuer } from '../../src/emulators/issuer/local-issuer.js';
import { keyedPinPad } from '../../src/emulators/pinpad/keyed-pin-pad.js';
import { VirtualPrinter } from '../../src/emulators/printer/virtual-printer.js';
import type { Printer } from '../../src/kernel/index.js';
import { PaymentEngine } from '../../src/payment/engine/index.js';
import { Journal, loadJournalKey } from '../../src/payment/journal/index.js';
import { Rig as OperatorRig, testDirectory } from '../../tests/payment/operators/rig.js';
import { SETTINGS } from '../../tests/payment/engine/rig.js';
import { InProcessReader } from '../../tests/support/in-process-reader.js';
import { median, percentile } from '../shared/timing.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TAP_BUDGET_MS = 500;
const dir = mkdtempSync(join(tmpdir(), 'posrt-bench-sale-'));

type Phase = 'pin' | 'online' | 'journal' | 'print';
const spent: Record<Phase, number> = { pin: 0, online: 0, journal: 0, print: 0 };
const timed = async <T>(phase: Phase, work: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    spent[phase] += performance.now() - t0;
  }
};
const timedSync = <T>(phase: Phase, work: () => T): T => {
  const t0 = performance.now();
  try {
    return work();
  } finally {
    spent[phase] += performance.now() - t0;
  }
};

const outbox = Outbox.open(join(dir, 'outbox.db'));
const journalFile = Journal.open(join(dir, 'journal.db'), loadJournalKey(join(dir, 'keys', 'journal.key'), { provision: true }), outboxJournalMessages(outbox));
// Every journal call the engine makes, on the stopwatch (each write is one fsync).
const journal = new Proxy(journalFile, {
  get(target, key, receiver) {
    const value = Reflect.get(target, key, receiver) as unknown;
    return typeof value === 'function' ? (...args: unknown[]) => timedSync('journal', () => (value as (...a: unknown[]) => unknown).apply(target, args)) : value;
  },
});
const operators = new OperatorRig(undefined, mkdtempSync(join(dir, 'operators-')));
operators.session.applyDirectory(await testDirectory());
await operators.session.signIn('0003', 'pw0003');
const virtual = new VirtualPrinter();
const open = tcpLine('127.0.0.1', await virtual.listen(0));
const escpos = new EscPosPrinter(await open(), open, { pollMs: 50, confirmTimeoutMs: 3_000, answerTimeoutMs: 500, watchMs: 0 });
// Print time is the job handed over and confirmed by the printer's status answer.
const printer = new Proxy(escpos, {
  get(target, key, receiver) {
    if (key === 'print') return (job: Parameters<Printer['print']>[0]) => timed('print', () => target.print(job));
    const value = Reflect.get(target, key, receiver) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
}) as Printer;
const keyed = keyedPinPad('123456');
const pinPad: PinPadPort = {
  verifyOfflinePin: (request, card) => timed('pin', () => keyed.verifyOfflinePin(request, card)),
  getOnlinePin: (request) => timed('pin', () => keyed.getOnlinePin(request)),
};
const issuer = createLocalIssuer('approve');
const host: AuthorisationPort = { authorise: (r) => timed('online', () => issuer.authorise(r)) };
const contact = new InProcessReader('contact');
const contactless = new InProcessReader('contactless');
let t = 0;
const engine = new PaymentEngine({
  journal,
  operators: operators.session,
  authorisation: () => host,
  readers: { contact, contactless },
  pinPad,
  printer,
  screens: { show: () => undefined, askSupervisor: async () => null },
  lock: TerminalLock.open(dir),
  settings: SETTINGS,
  clock: { now: () => new Date(), elapsedMs: () => (t += 1) },
  random: (n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff),
});

interface Scenario {
  readonly name: string;
  readonly reader: InProcessReader;
  readonly profile: string;
  readonly amount: bigint;
}
const scenarios: readonly Scenario[] = [
  { name: 'tap, offline TC', reader: contactless, profile: 'visa-qvsdc', amount: 1_000n },
  { name: 'tap, online', reader: contactless, profile: 'unionpay-ec', amount: 15_000n },
  { name: 'chip, online PIN', reader: contact, profile: 'unionpay', amount: 20_000n },
];

console.log(`sale: ${RUNS} sales per scenario, card present to both slips confirmed by the printer`);
console.log('');
console.log('scenario            total ms  p95 ms |  card   PIN  online  journal  print |  budget  of budget');
for (const s of scenarios) {
  const totals: number[] = [];
  const phases: Record<Phase | 'card', number[]> = { card: [], pin: [], online: [], journal: [], print: [] };
  for (let i = 0; i < RUNS + 3; i++) {
    s.reader.present(createCard(s.profile, { interface: s.reader.interface }));
    for (const k of Object.keys(spent) as Phase[]) spent[k] = 0;
    const t0 = performance.now();
    const outcome = await engine.sale({ amount: s.amount });
    const total = performance.now() - t0;
    s.reader.remove();
    if (outcome.kind !== 'approved' || outcome.receipts?.customer.kind !== 'printed') {
      console.error(`${s.name}: the sale ended ${outcome.kind}${'error' in outcome ? ` ${outcome.error.code}` : ''}`);
      process.exit(1);
    }
    if (i < 3) continue; // warm-up: module loading, the first fsyncs, the printer's first status
    totals.push(total);
    for (const k of Object.keys(spent) as Phase[]) phases[k].push(spent[k]);
    phases.card.push(total - spent.pin - spent.online - spent.journal - spent.print);
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const med = (xs: number[]) => median(sorted(xs));
  const total = med(totals);
  const f = (x: number, w: number) => x.toFixed(1).padStart(w);
  const budget = s.reader === contactless ? `${TAP_BUDGET_MS} ms ${`${((total / TAP_BUDGET_MS) * 100).toFixed(1)}%`.padStart(9)}` : '     (no budget)';
  console.log(
    `${s.name.padEnd(18)} ${f(total, 9)} ${f(percentile(sorted(totals), 0.95), 7)} | ${f(med(phases.card), 5)} ${f(med(phases.pin), 5)} ${f(med(phases.online), 7)} ${f(med(phases.journal), 8)} ${f(med(phases.print), 6)} | ${budget}`,
  );
}

// Journal writes alone: a decided offline transaction is three writes (begin, card-read,
// offline-approved), each an IMMEDIATE transaction with an fsync, plus its upload to the outbox.
const WRITES_S = Number(process.env.BENCH_SECONDS ?? 2);
let writes = 0;
const until = performance.now() + WRITES_S * 1000;
while (performance.now() < until) {
  const id = journalFile.begin({ type: 'sale', amount: 100n, currency: '156', operatorId: '0003' }).id;
  journalFile.step(id, { to: 'card-read', card: { entryMode: 'contactless', scheme: 'visa', pan: '4761739001010119' } });
  journalFile.step(id, { to: 'offline-approved', path: 'offline' });
  writes += 3;
}
console.log('');
console.log(`journal: ${Math.round(writes / WRITES_S)} writes/s (each one fsync; ${Math.round(writes / 3 / WRITES_S)} offline transactions/s with their uploads in the outbox)`);

journalFile.close();
outbox.close();
operators.dispose();
await escpos.close();
await virtual.close();
rmSync(dir, { recursive: true, force: true });
