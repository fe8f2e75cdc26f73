// The boot's first step, kept light so main can start it before it loads the rest of the
// runtime: the runtime config (what to emulate, which backend), the state directory, and the
// processes the terminal talks to — pcscd, the emulators for what the config file does not
// name, the embedded backend when it names none — started side by side. Each is a process of
// its own that takes most of a second to come up; loading the device, channel, payment and
// screen modules (about half a second of the boot) overlaps with that instead of preceding it.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { usePcscd, type Pcscd } from '../emulators/vpcd/pcscd.js';
import { PosError } from '../errors/index.js';
import type { BootConfig } from './config.js';
import { startEmbeddedBackend, type EmbeddedBackend } from './embedded-backend.js';
import { startEmulatedPeripherals, type EmulatedPeripherals } from './emulated-peripherals.js';
import { PERIPHERAL_VARIABLES, PINPADS_VARIABLE } from './peripheral-variables.js';
import { loadRuntimeConfig, type RuntimeConfig } from './runtime-config.js';

export const STATE_DIR_VARIABLE = 'POSRT_STATE_DIR';
/** .posrt/ is git-ignored. */
export const DEFAULT_STATE_DIR = resolve(import.meta.dirname, '..', '..', '.posrt', 'state');

export interface BootProcessOptions {
  readonly boot: BootConfig;
  /** A line for the person at the terminal. */
  readonly say: (text: string) => void;
  /** The demo: the emulated PIN pad enters the demo card's PIN by itself. */
  readonly typedAheadPin: string | null;
  readonly env?: NodeJS.ProcessEnv;
}

export interface BootProcesses {
  readonly env: NodeJS.ProcessEnv;
  readonly config: RuntimeConfig;
  readonly stateDir: string;
  readonly pcscd: Pcscd;
  readonly emulated: EmulatedPeripherals | null;
  /** The embedded backend (null: the config file names one), still coming up when pcscd and the
   *  emulators are: the device registry starts meanwhile, and only the channel waits for it. */
  readonly embedded: Promise<EmbeddedBackend | null>;
  /** Stops what was started, last first, the backend once it is up. */
  stop(): Promise<void>;
}

/** The value, or the failure thrown. */
function settledValue<T>(r: PromiseSettledResult<T>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
}

export async function startBootProcesses(o: BootProcessOptions): Promise<BootProcesses> {
  const env = o.env ?? process.env;
  // The runtime config is read and checked before anything starts, so a typo stops nothing
  // half-way.
  const config = loadRuntimeConfig(env);
  const stateDir = resolve(env[STATE_DIR_VARIABLE] || DEFAULT_STATE_DIR);
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  if (config.file) o.say(`config: ${config.file}`);
  o.say(`state: ${stateDir}`);

  // No config file is a laptop: everything emulated. A terminal with one uses what it names and
  // nothing else (a shop without a scanner has none), unless POSRT_EMULATION=always fills in.
  const emulate = o.boot.emulation === 'always' || (o.boot.emulation === 'auto' && config.file === null);
  const wanted = {
    pinPad: emulate && config.pinPads === null && (env[PINPADS_VARIABLE] ?? '') === '',
    display: emulate && config.displays === null && (env[PERIPHERAL_VARIABLES.displays] ?? '') === '',
    scanner: emulate && config.scanners === null && (env[PERIPHERAL_VARIABLES.scanners] ?? '') === '',
    printer: emulate && config.printer === null,
    typedAheadPin: o.typedAheadPin,
  };
  if (config.backend === null && !emulate) {
    throw new PosError('E-CORE-0003', { file: config.file ?? '(none)', field: 'backend', expected: 'the backend in the config file (the embedded one runs only with no config file or POSRT_EMULATION=always)' });
  }
  const undo: (() => Promise<void> | void)[] = [];
  const stop = async (): Promise<void> => {
    for (const step of undo.splice(0).reverse()) await step();
  };
  // None waits for another. The backend is the slowest to come up and only the channel needs
  // it, so this resolves once pcscd and the emulators have settled; a stop waits for the backend
  // to settle too, so one still starting is stopped, not left behind.
  const embedded: Promise<EmbeddedBackend | null> =
    config.backend === null && emulate ? startEmbeddedBackend(stateDir).then((b) => (undo.push(() => b.process.stop()), b)) : Promise.resolve(null);
  // Its failure is the caller's when it awaits it, or nobody's once the boot failed otherwise.
  embedded.catch(() => undefined);
  const stopAll = async (): Promise<void> => {
    await embedded.catch(() => undefined);
    await stop();
  };
  const [pcscdStarted, emulatedStarted] = await Promise.allSettled([
    usePcscd().then((p) => (undo.push(() => p.release()), p)),
    Object.values(wanted).some((w) => w === true) ? startEmulatedPeripherals(stateDir, wanted).then((e) => (undo.push(() => e.stop()), e)) : null,
  ]);
  try {
    return { env, config, stateDir, pcscd: settledValue(pcscdStarted), emulated: settledValue(emulatedStarted), embedded, stop: stopAll };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
