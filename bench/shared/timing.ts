// Timing of whole transactions, shared by bench/kernel and bench/tap: a warm-up so the JIT has
// compiled the hot path, then as many runs as fit in the time given, each timed on its own
// (wall clock and process CPU), so medians and percentiles can be taken.
export interface RunTimes {
  /** Wall time per run, ms, sorted. */
  readonly wallMs: readonly number[];
  /** Process CPU time (user + system, all threads, so GC helpers too) per run, ms, sorted. */
  readonly cpuMs: readonly number[];
  /** Process CPU time over all timed runs, ms. */
  readonly cpuTotalMs: number;
  readonly runs: number;
}

export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export const median = (sorted: readonly number[]): number => percentile(sorted, 0.5);

/** Runs `run` for a quarter of `seconds` untimed, then for `seconds` timed. */
export async function timeRuns(run: () => Promise<void>, seconds: number): Promise<RunTimes> {
  const warmUntil = performance.now() + (seconds * 1000) / 4;
  while (performance.now() < warmUntil) await run();
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  const cpuBefore = process.cpuUsage();
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wallMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  const cpu = process.cpuUsage(cpuBefore);
  wallMs.sort((a, b) => a - b);
  cpuMs.sort((a, b) => a - b);
  return { wallMs, cpuMs, cpuTotalMs: (cpu.user + cpu.system) / 1000, runs: wallMs.length };
}
