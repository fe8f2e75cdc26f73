// BER-TLV codec benchmark (EMV Book 3 Annex B): posrt against node-tlv and ber-tlv on the
// real-card corpus. Each pass decodes every corpus item to a full tree and encodes it back.
// Before timing, every contender's output is checked: same object count as posrt and the
// same bytes as the input, so a library that skips work cannot look fast.
// Run: npx tsx bench/tlv/tlv.bench.ts   (BENCH_SECONDS=n sets the time per contender)
import { loadBenchCorpus, type CorpusItem } from './corpus.js';
import { contenders, posrt, type Contender } from './contenders.js';
import { consumed, measure } from './measure.js';

const TARGET = 3;

function check(contender: Contender, corpus: readonly CorpusItem[]): string[] {
  const errors: string[] = [];
  for (const item of corpus) {
    try {
      const expected = posrt.roundTrip(posrt.prepare(item.bytes));
      const got = contender.roundTrip(contender.prepare(item.bytes));
      if (got.nodes !== expected.nodes) errors.push(`${item.id}: ${got.nodes} objects, posrt found ${expected.nodes}`);
      if (Buffer.compare(Buffer.from(got.bytes), Buffer.from(item.bytes)) !== 0) errors.push(`${item.id}: re-encoded bytes differ from the input`);
    } catch (e) {
      errors.push(`${item.id}: ${(e as Error).message}`);
    }
  }
  return errors;
}

function main(): number {
  const corpus = loadBenchCorpus();
  const seconds = Number(process.env.BENCH_SECONDS ?? '2');
  const totalBytes = corpus.reduce((n, item) => n + item.bytes.length, 0);
  let failed = false;
  for (const c of contenders) {
    for (const error of check(c, corpus)) {
      console.error(`${c.name}: ${error}`);
      failed = true;
    }
  }
  if (failed) return 1;

  console.log(`corpus: ${corpus.length} responses, ${totalBytes} bytes; ${seconds}s per contender after ${seconds / 4}s warm-up`);
  const rows: { name: string; perSecond: number }[] = [];
  for (const c of contenders) {
    const inputs = corpus.map((item) => c.prepare(item.bytes));
    const pass = (): number => {
      let n = 0;
      for (const input of inputs) n += c.roundTrip(input).bytes.length;
      return n;
    };
    const m = measure(pass, seconds / 4, seconds);
    rows.push({ name: c.name, perSecond: m.passesPerSecond });
  }

  console.log('');
  console.log(`${'contender'.padEnd(10)} ${'corpus passes/s'.padStart(16)} ${'responses/s'.padStart(12)} ${'MB/s'.padStart(8)}`);
  for (const r of rows) {
    const mbs = (r.perSecond * totalBytes) / 1e6;
    console.log(`${r.name.padEnd(10)} ${r.perSecond.toFixed(1).padStart(16)} ${(r.perSecond * corpus.length).toFixed(0).padStart(12)} ${mbs.toFixed(2).padStart(8)}`);
  }
  const own = rows.find((r) => r.name === posrt.name)!.perSecond;
  const fastestPeer = Math.max(...rows.filter((r) => r.name !== posrt.name).map((r) => r.perSecond));
  console.log('');
  console.log(`posrt vs fastest peer: ${(own / fastestPeer).toFixed(2)}x (target >= ${TARGET}x)`);
  // Printed so the engine sees the results used; the value itself means nothing.
  if (process.env.BENCH_DEBUG) console.log(`sink ${consumed()}`);
  return 0;
}

process.exitCode = main();
