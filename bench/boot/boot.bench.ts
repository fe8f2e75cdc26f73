// bench/boot (issue 7, Benchmarks): npm start's runtime as a device runs it — built JavaScript
// under plain node with the unit's flags (device-layout.ts), not tsx — on emulated hardware: the time from process start to the idle
// screen ready (main's {"event":"ready"} line, timed by this parent from the spawn; beside it
// when main's {"event":"warm"} line came: the transaction menus, engine and EMV kernels, which
// main loads once the idle screen is up, loaded — before any sign-in could reach them) and the
// terminal process's resident memory once idle (/proc/PID/status VmRSS, a few seconds after
// ready). Targets: 1.5 s and 120 MB on this machine; printed as ratios (≤ 1 meets the target).
// The first start of a state directory also provisions the device key and enrols with the
// backend; later starts only open what is there, as a terminal does every morning. The
// processes main starts beside itself (pcscd, emulators, the embedded backend) are printed
// for their memory, not counted in the budget: on a device they are real hardware and a
// remote backend.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { RUNTIME_NODE_FLAGS } from '../../src/image/device-layout.js';
import { runtimeSources } from '../../src/image/runtime-files.js';
import { median } from '../shared/timing.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const BOOT_BUDGET_MS = 1_500;
const RSS_BUDGET_MB = 120;
const RESTARTS = Number(process.env.BOOT_RESTARTS ?? 3);
const IDLE_SETTLE_MS = 5_000;
const work = mkdtempSync(join(tmpdir(), 'posrt-bench-boot-'));

/** tsc into `work`, and the assets (JSON beside the sources, the generated protobuf module,
 *  config/) where the code looks, as an image carries them. */
function build(): void {
  const compiled = spawnSync('npm', ['exec', '--', 'tsc', '-p', 'tsconfig.build.json', '--outDir', join(work, 'dist')], { cwd: REPO, encoding: 'utf8' });
  if (compiled.status !== 0) throw new Error(`tsc: ${compiled.stdout}${compiled.stderr}`);
  const sources = runtimeSources({ repo: REPO, compiled: work, packages: [], unitFile: '', arch: 'x64' });
  for (const s of sources.filter((x) => x.path.startsWith('dist/') && !x.from.startsWith(work))) {
    mkdirSync(dirname(join(work, s.path)), { recursive: true });
    copyFileSync(s.from, join(work, s.path));
  }
  // The checkout's production modules, where node resolves them from dist/src.
  symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'));
}

const rssMb = (pid: number): number => {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

interface Boot {
  readonly readyMs: number;
  readonly warmMs: number;
  readonly rssMb: number;
  readonly childrenRssMb: number;
}

async function bootOnce(stateDir: string): Promise<Boot> {
  const started = performance.now();
  const child = spawn(process.execPath, [...RUNTIME_NODE_FLAGS, join(work, 'dist', 'src', 'main.js')], { env: { ...process.env, POSRT_STATE_DIR: stateDir, POSRT_CONFIG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4_000)));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    let warmMs = Number.NaN;
    const ready = await new Promise<{ readyMs: number; children: number[] }>((resolveReady, reject) => {
      child.once('exit', (code) => reject(new Error(`main exited ${code} before ready:\n${stderr}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.startsWith('{"event":"ready"')) resolveReady({ readyMs: performance.now() - started, children: (JSON.parse(line) as { children: number[] }).children });
        if (line.startsWith('{"event":"warm"')) warmMs = performance.now() - started;
      });
    });
    await new Promise((r) => setTimeout(r, IDLE_SETTLE_MS));
    if (Number.isNaN(warmMs)) throw new Error(`the menus did not load within ${IDLE_SETTLE_MS} ms of ready:\n${stderr}`);
    return { readyMs: ready.readyMs, warmMs, rssMb: rssMb(child.pid!), childrenRssMb: ready.children.reduce((n, pid) => n + rssMb(pid), 0) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  build();
  const stateDir = join(work, 'state');
  const first = await bootOnce(stateDir);
  const restarts: Boot[] = [];
  for (let i = 0; i < RESTARTS; i++) restarts.push(await bootOnce(stateDir));
  const readyMs = median(restarts.map((b) => b.readyMs).sort((a, b) => a - b));
  const warmMs = median(restarts.map((b) => b.warmMs).sort((a, b) => a - b));
  const rss = median(restarts.map((b) => b.rssMb).sort((a, b) => a - b));
  const line = (label: string, b: { readyMs: number; warmMs: number; rssMb: number; childrenRssMb?: number }): string =>
    `${label.padEnd(22)} ready ${b.readyMs.toFixed(0).padStart(6)} ms (${(b.readyMs / BOOT_BUDGET_MS).toFixed(2)}x of ${BOOT_BUDGET_MS} ms)   menus warm ${b.warmMs.toFixed(0).padStart(5)} ms   RSS ${b.rssMb.toFixed(1).padStart(6)} MB (${(b.rssMb / RSS_BUDGET_MB).toFixed(2)}x of ${RSS_BUDGET_MB} MB)${b.childrenRssMb === undefined ? '' : `   children ${b.childrenRssMb.toFixed(0)} MB`}`;
  console.log('bench/boot — node dist/src/main.js on emulated hardware, time to the idle screen and RSS at idle');
  console.log(line('first start (enrols)', first));
  for (const [i, b] of restarts.entries()) console.log(line(`restart ${i + 1}`, b));
  console.log(line(`median of ${RESTARTS} restarts`, { readyMs, warmMs, rssMb: rss }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
