// The terminal's boot, shared by npm start (src/main.ts) and npm run demo (src/demo.ts):
// config -> pcscd and the emulated hardware the config file does not name -> the embedded
// backend when it names none -> kernel registry with every provider -> virtual cards when no
// real reader is found -> the channel (enrolled on the first start) -> the payment files ->
// the web display with the idle screen. Each step registers how to undo it; stop() undoes them
// in reverse, and a step that fails undoes the ones before it, so nothing started is left.
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { PcscDiscovery } from '../devices/pcsc/index.js';
// discovery.js, not the folder's index: the index also loads the usb addon (5 MB resident) for
// USB printers, which the config file cannot name yet.
import { PrinterDiscovery } from '../devices/printer/discovery.js';
import { readReaderRules, loadTerminalFiles } from '../cli/config-files.js';
import { VPCD_READERS } from '../emulators/vpcd/pcscd.js';
import { PosError } from '../errors/index.js';
import { DeviceRegistry, type DeviceKind, type Logger } from '../kernel/index.js';
import { operatorDirectoryOf } from './operator-channel.js';
import { startBootProcesses, type BootProcesses, type BootProcessOptions } from './boot-processes.js';
import type { EmulatedPeripherals } from './emulated-peripherals.js';
import { openPaymentFiles, type PaymentFiles } from './payment-files.js';
import { peripheralProviders, PERIPHERAL_VARIABLES } from './peripherals.js';
import { PINPADS_VARIABLE, pinPadProviders } from './pin-pads.js';
import type { BackendLink, RuntimeConfig } from './runtime-config.js';
import { openTerminalChannel, type TerminalChannel } from './terminal-channel.js';
import { reconciliationResultOf } from './journal-channel.js';
import { insertVirtualCards } from './virtual-cards.js';
import { startIdleDisplay, type IdleDisplay } from './idle-display.js';
import { deviceRootOf, reportRollback, settleUpdateAtStart, updateInstaller } from './updates.js';
import type { HealthCheck } from '../image/over-the-air.js';

export interface TerminalOptions extends BootProcessOptions {
  readonly log: Logger;
  /** The processes main started before loading this module (boot-processes.ts); absent, they
   *  are started here. */
  readonly processes?: Promise<BootProcesses>;
  /** A transaction is running: no firmware is installed meanwhile. */
  readonly busy: () => boolean;
}

export interface Terminal {
  readonly config: RuntimeConfig;
  readonly stateDir: string;
  readonly registry: DeviceRegistry;
  readonly channel: TerminalChannel;
  readonly payment: PaymentFiles;
  readonly display: IdleDisplay;
  readonly emulated: EmulatedPeripherals | null;
  readonly backend: BackendLink;
  /** The operations centre's page, when known (the embedded backend's, or the config file's). */
  readonly opsCentreUrl: string | null;
  /** The backend's, the emulators' and the virtual cards' processes (the cards once inserted),
   *  for the tests' pid checks. */
  childPids(): number[];
  /** Undoes every step, last first. */
  stop(): Promise<void>;
}

/** Lets the command's result leave in the outbox before the restart. */
const RESTART_DELAY_MS = 2_000;

/** How long a named device may take to answer its probe before the idle screen goes up
 *  without it (it attaches later by itself, and the screen says so). */
const DEVICE_WAIT_MS = 5_000;

async function devicesAttached(registry: DeviceRegistry, kinds: readonly DeviceKind[]): Promise<void> {
  const deadline = performance.now() + DEVICE_WAIT_MS;
  while (kinds.some((k) => registry.byKind(k).length === 0) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/** Lets pcsclite report the readers before we look: pcscd hands over its list in one status
 *  change, each reader an event after the first, so shortly after the first the list is in; a
 *  machine with none is known after a second. */
async function readersListed(registry: DeviceRegistry): Promise<void> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const deadline = performance.now() + 1_000;
  while (registry.byKind('card-reader').length === 0 && performance.now() < deadline) await sleep(20);
  await sleep(100);
}

export async function bootTerminal(o: TerminalOptions): Promise<Terminal> {
  const env = o.env ?? process.env;
  const undo: (() => Promise<void> | void)[] = [];
  const stop = async (): Promise<void> => {
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (e) {
        o.log.error({ err: e }, 'a step of the shutdown failed; going on with the rest');
      }
    }
    undo.length = 0;
  };
  // Each step's time since the process started, in the log: where a slow boot spends it.
  const mark = (step: string): void => o.log.info({ step, atMs: Math.round(performance.now()) }, 'boot step done');
  try {
    // Started by main before it loaded this module, or now (the demo, the tests).
    const processes = await (o.processes ?? startBootProcesses(o));
    undo.push(() => processes.stop());
    const { config, stateDir, pcscd, emulated } = processes;
    // The EMV files are read and checked before anything uses them.
    const interfaceRules = readReaderRules();
    const files = loadTerminalFiles();
    mark('processes');
    if (pcscd.owned) o.say(`started pcscd (log: ${pcscd.logFile})`);
    if (emulated?.receiptDir) o.say(`virtual printer: receipts as PNG in ${emulated.receiptDir}`);

    // The config file's devices, else the variables', else the emulators'.
    const list = (named: readonly string[] | null, variable: string, emulatedPaths: readonly string[] | undefined): string =>
      (named ?? (emulatedPaths && emulatedPaths.length > 0 ? emulatedPaths : null))?.join(',') ?? env[variable] ?? '';
    const deviceEnv = {
      ...env,
      [PINPADS_VARIABLE]: list(config.pinPads, PINPADS_VARIABLE, emulated?.pinPads),
      [PERIPHERAL_VARIABLES.displays]: list(config.displays, PERIPHERAL_VARIABLES.displays, emulated?.displays),
      [PERIPHERAL_VARIABLES.scanners]: list(config.scanners, PERIPHERAL_VARIABLES.scanners, emulated?.scanners),
    };
    const printer = config.printer ?? emulated?.printer ?? null;
    const registry = new DeviceRegistry({
      providers: [
        new PcscDiscovery({ log: o.log, interfaceRules }),
        ...peripheralProviders(deviceEnv),
        ...pinPadProviders(deviceEnv),
        ...(printer ? [new PrinterDiscovery({ endpoints: [printer] })] : []),
      ],
      log: o.log,
    });
    await registry.start();
    undo.push(() => registry.stop());
    await readersListed(registry);
    mark('registry');

    const virtual = new Set<string>(VPCD_READERS);
    let cardPids: readonly number[] = [];
    const realReaders = registry.byKind('card-reader').filter((r) => !virtual.has(r.identity.path));
    if (o.boot.emulation === 'always' || (o.boot.emulation === 'auto' && realReaders.length === 0)) {
      o.say(realReaders.length === 0 ? 'no card reader found: using emulated hardware' : 'emulated hardware requested');
      // A card in the reader is a customer's doing, not the terminal's readiness: the cards go in
      // while the rest comes up, and the stop waits for them.
      const inserting = insertVirtualCards(o.boot.virtualCards, o.log).then((cards) => {
        cardPids = cards.pids;
        for (const c of o.boot.virtualCards) o.say(`virtual ${c.profile} card in ${VPCD_READERS[c.slot]}`);
        return cards;
      });
      undo.push(async () => (await inserting.catch(() => null))?.stop());
      inserting.catch((e: unknown) => o.log.error({ code: e instanceof PosError ? e.code : undefined, err: e instanceof PosError ? undefined : e }, 'virtual cards not inserted'));
    }

    let payment: PaymentFiles | null = null;
    // A stop as SIGTERM would: the same orderly shutdown, and the supervisor starts us again.
    const restart = (): void => void setTimeout(() => process.kill(process.pid, 'SIGTERM'), RESTART_DELAY_MS);
    const deviceRoot = deviceRootOf(process.argv[1] ?? '');
    const install = updateInstaller({ root: deviceRoot, busy: o.busy });
    // The devices came up while the embedded backend did; the channel is the first to need it.
    const embedded = await processes.embedded;
    const backend = (config.backend ?? embedded?.link)!;
    if (embedded) o.say(`embedded backend on ${embedded.link.address} (store ${resolve(stateDir, 'backend.db')})`);
    mark('backend');
    const channel = await openTerminalChannel({
      stateDir,
      serial: config.serial,
      backend,
      registry,
      log: o.log,
      operatorId: () => payment?.session.current()?.id ?? null,
      onParameters: (set) => {
        // The embedded backend's table is its development set (config/backend-parameters.json,
        // other passwords, other terminals): the demo operators stay. A real backend's table is
        // the terminal's.
        if (set.kind === 'operators' && config.backend !== null) payment?.session.applyDirectory(operatorDirectoryOf(set.set, set.version));
      },
      onReboot: restart,
      // The runtime restarts into the new slot once the trial is installed (its supervisor,
      // systemd, starts it again); a checkout's installer refuses with E-IMAGE-0014.
      install: async (image, notBeforeMs) => {
        await install(image, notBeforeMs);
        restart();
      },
      logLines: () => [],
      onReconciliation: (r) => {
        try {
          // The operator signed in when the result arrives is the one at the terminal to see it.
          payment?.journal.reconcile(reconciliationResultOf(r), payment.session.current()?.id ?? null);
        } catch (e) {
          // One the journal cannot take (unknown settlement, unreadable) is logged by its code;
          // the backend keeps its side and the operations centre shows it.
          o.log.warn({ code: e instanceof PosError ? e.code : undefined }, 'reconciliation not stored');
        }
      },
    });
    undo.push(() => channel.stop());
    if (channel.enrolledNow) o.say(`enrolled with the backend at ${backend.address} as ${config.serial}`);

    mark('channel');
    payment = await openPaymentFiles(stateDir, files.terminal.terminalId, channel.outbox, () => channel.client.kick(), o.log, config.journalBackupDir ?? undefined);
    undo.push(() => payment!.close());
    if (payment.demoOperators) o.say('operators: the development set (0001/111111 administrator, 0002/222222 supervisor, 0003/333333 cashier)');

    mark('payment files');
    // The idle screen is ready when the devices it is to show are: each family named (or
    // emulated) has attached, or has had its time and shows as missing.
    await devicesAttached(registry, [
      ...(deviceEnv[PINPADS_VARIABLE] ? (['pin-pad'] as const) : []),
      ...(printer ? (['printer'] as const) : []),
      ...(deviceEnv[PERIPHERAL_VARIABLES.displays] ? (['display'] as const) : []),
      ...(deviceEnv[PERIPHERAL_VARIABLES.scanners] ? (['scanner'] as const) : []),
    ]);
    mark('devices');
    const display = await startIdleDisplay({ port: config.webDisplayPort, log: o.log, registry, channel, session: payment.session });
    undo.push(() => display.close());
    settleUpdate(deviceRoot, registry, channel, payment, o.log, restart);

    const opsCentreUrl = embedded?.link.opsCentreUrl ?? config.backend?.opsCentreUrl ?? null;
    return {
      config,
      stateDir,
      registry,
      channel,
      payment,
      display,
      emulated,
      backend,
      opsCentreUrl,
      childPids: () => [...(emulated?.pids() ?? []), ...(embedded ? [embedded.process.pid] : []), ...cardPids],
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** An update on trial is committed once this start proves healthy — a card reader found, the
 *  channel's session open, the journal readable — and rolled back (then restarted into the old
 *  slot) when it does not within the deadline; the last rollback is reported to the centre. Runs
 *  beside the terminal's work: the checks wait for the session without holding the start up. */
function settleUpdate(root: string | undefined, registry: DeviceRegistry, channel: TerminalChannel, payment: PaymentFiles, log: Logger, restart: () => void): void {
  if (root === undefined) return;
  const checks: HealthCheck[] = [
    {
      name: 'kernel',
      check: async () => {
        if (registry.byKind('card-reader').length === 0) throw new PosError('E-DEV-0008', { readers: 0 });
      },
    },
    { name: 'channel', check: () => new Promise<void>((resolve) => (channel.link().state === 'online' ? resolve() : channel.onLinkChange(() => channel.link().state === 'online' && resolve()))) },
    { name: 'journal', check: async () => void payment.journal.xReport() },
  ];
  settleUpdateAtStart(root, checks).then(
    (verdict) => {
      log.info({ verdict: verdict.kind }, 'update at start');
      reportRollback(root, (id, e) => channel.runner.reportFirmware(id, e));
      if (verdict.kind === 'rolled-back') restart();
    },
    (e: unknown) => log.error({ err: e }, 'update at start'),
  );
}
