// Contactless tap benchmark (issue 4, Budget): a whole tap through Entry Point (EMV Contactless
// Book B) and kernel C-2, C-3 or C-7 on the in-process virtual card, an offline approval and an
// online request for each. Prints, per tap:
//   - the modelled card-in-field time against 500 ms: protocol activation, the ISO 14443 link
//     for the bytes the APDUs actually moved and the card's processing (link-model.ts, added up,
//     never slept), plus the terminal's own time between the first and the last APDU;
//   - the terminal's CPU time per tap (median over the timed runs) against 2 ms;
//   - the APDU count against the fewest the kernel's book allows for that card (minimum.ts).
// Each tap runs once against the virtual card and is recorded; the timed runs play that
// recording back, C-APDU checked byte for byte, so the CPU time is the terminal's alone.
// Run: npx tsx bench/tap/tap.bench.ts   (BENCH_SECONDS=n sets the time per tap)
import { commandName, type CardTransport } from '../../src/emv/apdu/index.js';
import { runContactlessTransaction, type ContactlessResult, type EntryPointEnvironment } from '../../src/emv/contactless/entry-point/index.js';
import type { KernelId } from '../../src/emv/contactless/kernel-contract.js';
import { kernelFor } from '../../src/emv/contactless/kernels.js';
import { createCaKeyStore } from '../../src/emv/oda/index.js';
import { createCard, inProcessTransport, testCaPublicKeys } from '../../src/emulators/card/index.js';
import { playbackTransport, recordingTransport, type Exchange } from '../shared/recorded-card.js';
import { median, timeRuns } from '../shared/timing.js';
import { activationMs, CARD_COMMAND_MS, CARD_CRYPTOGRAM_MS, CARD_RSA_1024_MS, exchangeCost, LINK, rsaSignatureMs, type ExchangeCost } from './link-model.js';
import { minimumApdus } from './minimum.js';
import { combinations, taps, terminal, type Tap } from './scenarios.js';

const FIELD_BUDGET_MS = 500;
const CPU_BUDGET_MS = 2;
/** EMV Book 2 §5.1 / Annex A: an ICC public key modulus is at most 1984 bits (248 bytes). */
const MAX_ICC_KEY_BITS = 1984;

const caKeys = createCaKeyStore(testCaPublicKeys());
const NOW = new Date('2026-11-23T10:00:00Z');
const fixedRandom = (n: number): Uint8Array => new Uint8Array(n).fill(0x5a);

function environment(elapsedMs: () => number): EntryPointEnvironment {
  return { terminal, combinations, kernelFor, caKeys, revoked: [], now: () => NOW, elapsedMs, random: fixedRandom };
}

const request = (t: Tap) => ({ type: 'purchase' as const, amount: t.amount, amountOther: 0n });

interface Recording {
  readonly exchanges: Exchange[];
  readonly costs: ExchangeCost[];
  readonly result: ContactlessResult;
}

/** The card modelled on the link: each exchange advances the clock Entry Point reads by its
 *  modelled link and card time, so Entry Point's own card-in-field span is the model's. */
function modelledTransport(inner: CardTransport, costs: ExchangeCost[], clock: { ms: number }): CardTransport {
  return {
    async transmit(command) {
      const response = await inner.transmit(command);
      const cost = exchangeCost({ command, response });
      costs.push(cost);
      clock.ms += cost.linkMs + cost.cardMs;
      return response;
    },
  };
}

async function record(t: Tap): Promise<Recording> {
  const card = createCard(t.profile, { interface: 'contactless', rng: fixedRandom });
  card.reset();
  const exchanges: Exchange[] = [];
  const costs: ExchangeCost[] = [];
  const clock = { ms: 0 };
  const transport = modelledTransport(recordingTransport(inProcessTransport(card), exchanges), costs, clock);
  const result = await runContactlessTransaction(transport, request(t), environment(() => clock.ms));
  return { exchanges, costs, result };
}

function problem(t: Tap, r: ContactlessResult): string | undefined {
  const o = r.outcome;
  if (o.kernel === null) return `Entry Point ended it: ${o.error.code} ${o.error.message}`;
  if (o.kernel !== t.kernel) return `kernel ${o.kernel} ran, expected ${t.kernel}`;
  if (o.outcome.status !== t.status) return `${o.outcome.status}${o.error ? ` (${o.error.code})` : ''}, expected ${t.status}`;
  if ((o.cryptogram?.type ?? 'none') !== t.cryptogram) return `cryptogram ${o.cryptogram?.type ?? 'none'}, expected ${t.cryptogram}`;
  return undefined;
}

interface Timing {
  readonly cpuMs: number;
  readonly wallMs: number;
  /** Terminal time from the first APDU to the end of the last, the card answering at once. */
  readonly inFieldMs: number;
  readonly runs: number;
}

async function measure(t: Tap, rec: Recording, seconds: number): Promise<Timing> {
  const inField: number[] = [];
  const env = environment(() => performance.now());
  const times = await timeRuns(async () => {
    const r = await runContactlessTransaction(playbackTransport(rec.exchanges), request(t), env);
    const wrong = problem(t, r) ?? (r.apdus === rec.exchanges.length ? undefined : `${r.apdus} APDUs on playback, ${rec.exchanges.length} recorded`);
    if (wrong !== undefined) throw new Error(`${t.name}: ${wrong}`);
    inField.push(r.cardInFieldMs ?? 0);
  }, seconds);
  inField.sort((a, b) => a - b);
  return { cpuMs: median(times.cpuMs), wallMs: median(times.wallMs), inFieldMs: median(inField), runs: times.runs };
}

/** "SELECT 2 (13.1 ms), ..." : each command's count and modelled link + card time. */
function byCommand(rec: Recording): string {
  const by = new Map<string, { n: number; ms: number }>();
  rec.exchanges.forEach((e, i) => {
    const name = commandName(e.command[1]!);
    const entry = by.get(name) ?? { n: 0, ms: 0 };
    entry.n++;
    entry.ms += rec.costs[i]!.linkMs + rec.costs[i]!.cardMs;
    by.set(name, entry);
  });
  return [...by].map(([name, { n, ms: t }]) => `${name} ${n} (${t.toFixed(1)} ms)`).join(', ');
}

/** DF811B b5 in the Kernel 2 combination the bench configures. */
function readerRelayResistance(kernel: KernelId): boolean {
  const c = combinations.find((x) => x.kernel === kernel && kernel === 2);
  const raw = c?.kernelConfig.DF811B ?? c?.kernelConfig.kernelConfiguration;
  return typeof raw === 'string' && (Number.parseInt(raw, 16) & 0x10) !== 0;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const ms = (x: number, digits = 1): string => x.toFixed(digits);

async function main(): Promise<number> {
  const seconds = Number(process.env.BENCH_SECONDS ?? '2');
  const activation = activationMs();
  console.log(`contactless taps through Entry Point, in-process card; ISO 14443-A link at 106 kbit/s and card processing modelled;`);
  console.log(`terminal timed on playback, ${seconds}s per tap after ${seconds / 4}s warm-up\n`);
  const header = [
    'tap'.padEnd(20),
    'outcome'.padEnd(19),
    'APDUs'.padStart(5),
    'min'.padStart(4),
    'field ms'.padStart(9),
    'of 500 ms'.padStart(10),
    'cpu ms'.padStart(7),
    'of 2 ms'.padStart(8),
  ];
  console.log(header.join(' '));
  let broken = false;
  let worst = { field: 0, rsaBits: 0 };
  const breakdown: string[] = [];
  const details: string[] = [];
  for (const t of taps) {
    const rec = await record(t);
    const wrong = problem(t, rec.result);
    if (wrong !== undefined) {
      console.error(`${t.name}: ${wrong}`);
      broken = true;
      continue;
    }
    const link = sum(rec.costs.map((c) => c.linkMs));
    const card = sum(rec.costs.map((c) => c.cardMs));
    // Entry Point read the modelled clock: its card-in-field span must be the model's sum.
    if (Math.abs((rec.result.cardInFieldMs ?? -1) - (link + card)) > 1e-6) {
      console.error(`${t.name}: Entry Point's card-in-field ${rec.result.cardInFieldMs} ms, the model's ${link + card} ms`);
      broken = true;
    }
    const m = await measure(t, rec, seconds);
    const field = activation + link + card + m.inFieldMs;
    const min = minimumApdus(t.kernel, rec.exchanges, readerRelayResistance(t.kernel));
    const o = rec.result.outcome;
    const outcome = `${o.outcome.status} ${o.kernel === null ? '' : (o.cryptogram?.type ?? '')}`;
    console.log(
      [
        t.name.padEnd(20),
        outcome.padEnd(19),
        String(rec.result.apdus).padStart(5),
        String(min.count).padStart(4),
        ms(field).padStart(9),
        pct(field / FIELD_BUDGET_MS).padStart(10),
        ms(m.cpuMs, 3).padStart(7),
        pct(m.cpuMs / CPU_BUDGET_MS).padStart(8),
      ].join(' '),
    );
    const rsa = rec.costs.find((c) => c.rsaBits !== undefined)?.rsaBits;
    if (field > worst.field) worst = { field, rsaBits: rsa ?? 0 };
    const wtx = sum(rec.costs.map((c) => c.wtx));
    const air = sum(rec.costs.map((c) => c.airBytes));
    breakdown.push(
      `${t.name.padEnd(20)} ${ms(activation).padStart(10)} ${ms(link).padStart(6)} ${ms(card).padStart(6)} ${ms(m.inFieldMs, 3).padStart(9)} ${String(air).padStart(9)} ${(rsa === undefined ? '-' : `${rsa}-bit`).padStart(9)} ${String(wtx).padStart(4)} ${ms(m.wallMs, 3).padStart(8)}`,
    );
    const over = rec.result.apdus - min.count;
    details.push(`  ${t.name}: ${byCommand(rec)}; minimum ${min.formula} = ${min.count}${over > 0 ? `; ${over} over` : ''} (${m.runs} runs)`);
  }
  console.log('\nfield ms = activation + link + card (modelled) + terminal between first and last APDU (median, measured)');
  console.log(`${'tap'.padEnd(20)} ${'activation'.padStart(10)} ${'link'.padStart(6)} ${'card'.padStart(6)} ${'terminal'.padStart(9)} ${'air bytes'.padStart(9)} ${'signature'.padStart(9)} ${'WTX'.padStart(4)} ${'wall ms'.padStart(8)}`);
  for (const b of breakdown) console.log(b);
  console.log(
    `\nmodel: etu ${LINK.etuUs.toFixed(2)} µs, 9 etu a byte + S/E per frame, I-block PCB + CRC_A, FSC = FSD = ${LINK.fsc}, FDT min ${LINK.fdtMinUs.toFixed(1)} µs, FWT ${LINK.fwtMs.toFixed(1)} ms;`,
  );
  console.log(`       card ${CARD_COMMAND_MS} ms a command, +${CARD_CRYPTOGRAM_MS} ms a cryptogram, +${CARD_RSA_1024_MS} ms × (bits/1024)^3 an RSA signature (bench/README.md)`);
  if (worst.rsaBits > 0) {
    const at1984 = worst.field - rsaSignatureMs(worst.rsaBits) + rsaSignatureMs(MAX_ICC_KEY_BITS);
    console.log(
      `       the test cards sign with ${worst.rsaBits}-bit ICC keys; with a ${MAX_ICC_KEY_BITS}-bit one (the largest EMV allows) the slowest tap would take ${ms(at1984)} ms (${pct(at1984 / FIELD_BUDGET_MS)}), signature time alone, before its longer certificates and signature on the link`,
    );
  }
  console.log('\nAPDUs by command (modelled link + card ms), against the fewest the kernel book allows (bench/tap/minimum.ts):');
  for (const d of details) console.log(d);
  return broken ? 1 : 0;
}

process.exitCode = await main();
