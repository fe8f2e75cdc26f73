// bench/fleet — one `pos backend` process against a fleet of simulated terminals (issue 6).
// The backend runs as a child process on 127.0.0.1 with a fresh SQLite store and one
// provisioning token per terminal (`--token` repeated); the terminals live in `FLEET_DRIVERS`
// driver processes (bench/fleet/driver.ts), each with its own Ed25519 identity, enrolled, one
// Channel.Connect stream each, a heartbeat every second and a transaction upload every
// `FLEET_UPLOAD_EVERY_S`. After the ramp (enrolment, sessions opened, a warm-up) the drivers
// count for `BENCH_SECONDS`; this process samples the backend's RSS and CPU from /proc and
// prints rates, round trips and the ratios against the targets.
//
// Run: npx tsx bench/fleet/fleet.bench.ts
//   FLEET_TERMINALS (2000), FLEET_DRIVERS (2), FLEET_CHANNELS (HTTP/2 connections per driver,
//   shared by its streams round robin; default 1), FLEET_UPLOAD_EVERY_S (10), BENCH_SECONDS (20),
//   FLEET_WARMUP_S (5), FLEET_CPU_PROF=DIR (the backend writes a V8 CPU profile there),
//   FLEET_STORE (sqlite, or postgres: a throwaway PostgreSQL cluster on loopback, started as the
//   tests start theirs, whose server processes' CPU is printed beside the backend's).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { percentile } from '../shared/timing.js';
import { startPostgres, type PostgresServer } from '../../tests/support/postgres-server.js';

const env = (name: string, fallback: number): number => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
};
const TERMINALS = env('FLEET_TERMINALS', 2000);
const DRIVERS = env('FLEET_DRIVERS', 2);
const CHANNELS = env('FLEET_CHANNELS', 1);
const UPLOAD_EVERY_S = env('FLEET_UPLOAD_EVERY_S', 10);
const MEASURE_S = env('BENCH_SECONDS', 20);
const WARMUP_S = env('FLEET_WARMUP_S', 5);
const P99_TARGET_MS = 50;
const STORE = process.env.FLEET_STORE ?? 'sqlite';
if (STORE !== 'sqlite' && STORE !== 'postgres') throw new Error('FLEET_STORE must be sqlite or postgres');

const POS = join(import.meta.dirname, '../../bin/pos.mjs');
const DRIVER = join(import.meta.dirname, 'driver.ts');
const children: ChildProcess[] = [];

/** Reads one JSON line of the given event from a child's stdout. */
function lineOf<T>(child: ChildProcess, what: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${timeoutMs} ms`)), timeoutMs);
    const exited = (code: number | null): void => (clearTimeout(timer), reject(new Error(`${what}: exited with ${code}`)));
    child.once('exit', exited);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.off('exit', exited);
      lines.close();
      resolve(JSON.parse(line) as T);
    });
  });
}

/** VmRSS and VmHWM of a process, MiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** TCP connections established to the backend's port (ss from iproute2). */
function connectionsTo(port: number): number {
  try {
    return execFileSync('ss', ['-tnH', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8' }).split('\n').filter((l) => l.trim() !== '').length;
  } catch {
    return NaN;
  }
}

/** The fields of /proc/<pid>/stat after the command name (state is [0], ppid [1]). */
const statOf = (pid: number | string): string[] => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');

/** utime + stime of a process, ms (clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = statOf(pid);
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** utime + stime of a process and its live children, ms: a PostgreSQL server is a postmaster
 *  with a process per connection, and the pool's connections live through the window. */
function treeCpuMsOf(pid: number): number {
  let ms = cpuMsOf(pid);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statOf(entry)[1]) === pid) ms += cpuMsOf(Number(entry));
    } catch {
      // gone between the listing and the read
    }
  }
  return ms;
}

interface DriverDone {
  readonly offered: number;
  readonly handled: number;
  readonly heartbeats: number;
  readonly uploads: number;
  readonly uploadsStored: number;
  readonly refused: number;
  readonly ended: number;
  readonly cpuMs: number;
  readonly rtts: number[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-fleet-'));
  let postgres: PostgresServer | undefined;
  try {
    if (STORE === 'postgres') postgres = await startPostgres();
    const db = postgres ? await postgres.createDatabase('fleet') : join(dir, 'backend.db');
    const config = join(dir, 'backend.json');
    const base = JSON.parse(readFileSync(join(import.meta.dirname, '../../config/backend.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(config, JSON.stringify({ ...base, heartbeatIntervalS: 1, missedHeartbeats: 5 }));
    const tokens = Array.from({ length: TERMINALS }, (_, i) => `fleet-token-${i}`);
    const prof = process.env.FLEET_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.FLEET_CPU_PROF}`] : [];
    // 2,000 `--token` arguments are about 40 KB of argv, far under Linux's limit: the verb's own
    // interface is enough and no bulk-token path is needed.
    const backend = spawn(process.execPath, [...prof, POS, 'backend', '--port', '0', '--db', db, '--config', config, ...tokens.flatMap((t) => ['--token', t])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(backend);
    let backendLog = '';
    backend.stderr!.on('data', (d: Buffer) => {
      backendLog = (backendLog + d.toString()).slice(-4000);
    });
    const listening = await lineOf<{ port: number }>(backend, 'backend', 30_000);
    const address = `127.0.0.1:${listening.port}`;
    const memIdle = memoryOf(backend.pid!);

    const per = Math.ceil(TERMINALS / DRIVERS);
    const drivers = Array.from({ length: DRIVERS }, (_, d) => {
      const first = d * per;
      const count = Math.min(per, TERMINALS - first);
      const driverArgs = { address, first, count, tokens: tokens.slice(first, first + count), channels: CHANNELS, uploadEveryMs: UPLOAD_EVERY_S * 1000 };
      const child = spawn(process.execPath, [...process.execArgv, DRIVER, JSON.stringify(driverArgs)], { stdio: ['pipe', 'pipe', 'inherit'] });
      children.push(child);
      return child;
    });
    const rampStart = performance.now();
    const ready = await Promise.all(drivers.map((c, i) => lineOf<{ opened: number; enrolMs: number; openMs: number }>(c, `driver ${i} ramp`, 600_000)));
    const rampS = (performance.now() - rampStart) / 1000;
    const opened = ready.reduce((n, r) => n + r.opened, 0);
    const memOpen = memoryOf(backend.pid!);
    const done = drivers.map((c, i) => lineOf<DriverDone>(c, `driver ${i} run`, (WARMUP_S + MEASURE_S + 30) * 1000));
    for (const c of drivers) c.stdin!.write(`${JSON.stringify({ go: true, warmupMs: WARMUP_S * 1000, measureMs: MEASURE_S * 1000 })}\n`);
    // The backend's CPU and memory over the measured window only.
    await new Promise((r) => setTimeout(r, WARMUP_S * 1000));
    const cpu0 = cpuMsOf(backend.pid!);
    const storeCpu0 = postgres ? treeCpuMsOf(postgres.pid()!) : 0;
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(memoryOf(backend.pid!).rss), 1000);
    await new Promise((r) => setTimeout(r, MEASURE_S * 1000));
    clearInterval(sampler);
    const backendCpuMs = cpuMsOf(backend.pid!) - cpu0;
    const storeCpuMs = postgres ? treeCpuMsOf(postgres.pid()!) - storeCpu0 : 0;
    const connections = connectionsTo(listening.port);
    const memEnd = memoryOf(backend.pid!);
    const results = await Promise.all(done);

    const sum = (f: (r: DriverDone) => number): number => results.reduce((n, r) => n + f(r), 0);
    const offered = sum((r) => r.offered);
    const handled = sum((r) => r.handled);
    const all = results.flatMap((r) => r.rtts).sort((a, b) => a - b);
    const p50 = percentile(all, 0.5);
    const p99 = percentile(all, 0.99);
    const nominal = TERMINALS * (1 + 1 / UPLOAD_EVERY_S);
    const f = (n: number, d = 1): string => n.toFixed(d);

    console.log(`fleet: ${TERMINALS} terminals in ${DRIVERS} driver process(es), ${CHANNELS} HTTP/2 connection(s) per driver shared by its streams; one backend process, store ${STORE}`);
    console.log(`load: heartbeat every 1 s + transaction upload every ${UPLOAD_EVERY_S} s per terminal = ${f(nominal, 0)} msg/s nominal; ${WARMUP_S} s warm-up, ${MEASURE_S} s measured`);
    console.log(`connections: ${connections} TCP connection(s) established at the backend's port at the end of the window`);
    console.log(`ramp: ${opened}/${TERMINALS} sessions open after ${f(rampS)} s (enrolment ${ready.map((r) => f(r.enrolMs / 1000)).join(' / ')} s, sessions ${ready.map((r) => f(r.openMs / 1000)).join(' / ')} s per driver)`);
    console.log('');
    console.log('measure                          value');
    console.log(`offered (sent in window)   ${f(offered / MEASURE_S).padStart(11)} msg/s   (${sum((r) => r.heartbeats)} heartbeats, ${sum((r) => r.uploads)} uploads)`);
    console.log(`handled (acked)            ${f(handled / MEASURE_S).padStart(11)} msg/s   (${sum((r) => r.uploadsStored)} upload results; ${sum((r) => r.refused)} refused, ${sum((r) => r.ended)} streams ended)`);
    console.log(`round trip p50             ${f(p50, 2).padStart(11)} ms`);
    console.log(`round trip p99             ${f(p99, 2).padStart(11)} ms      (max ${f(all[all.length - 1] ?? NaN, 2)} ms, ${all.length} samples)`);
    console.log(`backend RSS                ${f(memEnd.rss).padStart(11)} MiB     (idle ${f(memIdle.rss)}, sessions open ${f(memOpen.rss)}, max in window ${f(Math.max(...rss))}, peak ${f(memEnd.peak)})`);
    console.log(`backend CPU                ${f((backendCpuMs / (MEASURE_S * 1000)) * 100, 0).padStart(11)} %       of one core; drivers ${results.map((r) => f((r.cpuMs / (MEASURE_S * 1000)) * 100, 0)).join(' / ')} % (2 cores in all)`);
    if (postgres) console.log(`PostgreSQL server CPU      ${f((storeCpuMs / (MEASURE_S * 1000)) * 100, 0).padStart(11)} %       of one core (the postmaster and its connection processes)`);
    console.log('');
    console.log(`handled / offered: ${f(handled / offered, 4)}x (target >= 1x, keeps up)`);
    console.log(`p99 / target: ${f(p99 / P99_TARGET_MS, 3)}x (target <= 1x, p99 <= ${P99_TARGET_MS} ms)`);
    if (opened !== TERMINALS) throw new Error(`only ${opened} of ${TERMINALS} sessions opened`);
    if (sum((r) => r.refused) > 0) throw new Error(`the backend refused envelopes: ${backendLog.slice(-800)}`);
    await stopBackend(backend);
  } finally {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** SIGTERM so that a CPU profile is written, SIGKILL after 5 s. */
function stopBackend(backend: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => backend.kill('SIGKILL'), 5_000);
    backend.once('exit', () => (clearTimeout(timer), resolve()));
    backend.kill('SIGTERM');
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
