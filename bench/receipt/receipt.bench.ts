// bench/receipt: build and encode a typical zh-CN sale receipt with a QR code (issue 5,
// Benchmarks: median at most 5 ms). One run lays the receipt out as the kernel's PrintJob
// (tests/fixtures/receipts/sale.ts: logo, bilingual header, ten label/value rows, three items
// in columns, the total at double size, QR, CODE128, cut) and encodes it to ESC/POS with
// GB18030 text. The logo PNG is the same buffer every run, as a terminal prints the same logo
// on every receipt, so its decode is cached after the first run; the first run is shown apart.
import { encodeJob } from '../../src/devices/printer/index.js';
import { EscPosParser } from '../../src/emulators/printer/parser.js';
import { receiptJob } from '../../src/payment/receipt/index.js';
import { SETTINGS, UNIONPAY_PIN_SALE } from '../../tests/fixtures/receipts/payment.js';
import { logoPng, saleReceipt } from '../../tests/fixtures/receipts/sale.js';
import { median, percentile, timeRuns } from '../shared/timing.js';

const BUDGET_MS = 5;
const seconds = Number(process.env.BENCH_SECONDS ?? 2);
const logo = logoPng();

const slip = () => receiptJob(UNIONPAY_PIN_SALE, SETTINGS, { copy: 'customer', language: 'zh-CN', reprint: false });

// The bytes must be receipts the virtual printer reads without an error, or the time means nothing.
const problems: string[] = [];
for (const sample of [encodeJob(saleReceipt('bench-check', logo)), encodeJob(slip())]) new EscPosParser((e) => e.kind === 'error' && problems.push(e.error.code)).push(sample);
if (problems.length > 0) {
  console.error(`the encoded receipt does not parse: ${problems.join(', ')}`);
  process.exit(1);
}

const t0 = performance.now();
encodeJob(saleReceipt('bench-cold', logoPng()));
const coldMs = performance.now() - t0;

let n = 0;
let bytes = 0;
const times = await timeRuns(async () => {
  bytes = encodeJob(saleReceipt(`bench-${n++}`, logo)).length;
}, seconds);

let slipBytes = 0;
const slipTimes = await timeRuns(async () => {
  slipBytes = encodeJob(slip()).length;
}, seconds);

const med = median(times.wallMs);
const row = (name: string, t: typeof times) =>
  `${name.padEnd(16)} ${median(t.wallMs).toFixed(3).padStart(10)} ${percentile(t.wallMs, 0.95).toFixed(3).padStart(8)} ${(t.cpuTotalMs / t.runs).toFixed(3).padStart(8)}   ${BUDGET_MS} ms ${`${((median(t.wallMs) / BUDGET_MS) * 100).toFixed(1)}%`.padStart(11)}`;
console.log(`receipt: ${bytes} bytes of ESC/POS; ${times.runs} runs in ${seconds}s after a ${seconds / 4}s warm-up`);
console.log(`payment slip: ${slipBytes} bytes of ESC/POS; ${slipTimes.runs} runs`);
console.log('');
console.log('step              median ms   p95 ms   cpu ms   budget   of budget');
console.log(row('build + encode', times));
console.log(row('payment slip', slipTimes));
console.log(`first run (cold: GB18030 tables loaded, logo PNG decoded): ${coldMs.toFixed(3)} ms`);
console.log('');
console.log(`median vs the ${BUDGET_MS} ms target: ${(med / BUDGET_MS).toFixed(4)}x (target <= 1x)`);
console.log(`payment slip median vs the ${BUDGET_MS} ms target: ${(median(slipTimes.wallMs) / BUDGET_MS).toFixed(4)}x (target <= 1x)`);
