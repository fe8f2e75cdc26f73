// Timing: a warm-up so the JIT has compiled the hot path, then as many whole-corpus passes
// as fit in the budget. The clock is read once per batch of passes, not per pass, so timer
// cost stays out of the numbers.
export interface Measurement {
  readonly passes: number;
  readonly seconds: number;
  readonly passesPerSecond: number;
}

export function measure(pass: () => number, warmupSeconds: number, budgetSeconds: number): Measurement {
  run(pass, warmupSeconds);
  return run(pass, budgetSeconds);
}

let sink = 0;

function run(pass: () => number, seconds: number): Measurement {
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let passes = 0;
  let batch = 1;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) sink ^= pass();
    passes += batch;
    elapsed = process.hrtime.bigint() - start;
    // Grow the batch until one takes about a millisecond.
    if (elapsed < 1_000_000n * BigInt(passes) / BigInt(batch)) batch *= 2;
  }
  const secs = Number(elapsed) / 1e9;
  return { passes, seconds: secs, passesPerSecond: passes / secs };
}

/** Keeps the results observable so the engine cannot drop the work as dead code. */
export function consumed(): number {
  return sink;
}
