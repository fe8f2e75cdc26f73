// npm start: the composition root. config -> pcscd (ours when none runs) -> kernel registry
// with the PC/SC provider -> virtual cards when no real reader is found -> watch the readers
// and read every card presented, until Ctrl-C; then stop what we started.
// Later issues add the channel, the payment application and the UI between these steps.
import { destination } from 'pino';
import { bootConfigFromEnv } from './boot/config.js';
import { readReaderRules } from './cli/config-files.js';
import { watchCards } from './boot/card-watch.js';
import { insertVirtualCards, type VirtualCards } from './boot/virtual-cards.js';
import { pinPadProviders } from './boot/pin-pads.js';
import { peripheralProviders } from './boot/peripherals.js';
import { PcscDiscovery } from './devices/pcsc/index.js';
import { usePcscd, VPCD_READERS } from './emulators/vpcd/pcscd.js';
import { languageFromEnv, PosError } from './errors/index.js';
import { createLogger, DeviceRegistry, type AnyDevice } from './kernel/index.js';

const config = bootConfigFromEnv();
// The screen (stdout) is for people; the JSON log goes to stderr for the system journal.
const log = createLogger({ name: 'posrt', level: config.logLevel as 'info', destination: destination(2) });
const say = (text: string): void => void process.stdout.write(`${text}\n`);

async function boot(): Promise<() => Promise<void>> {
  // Which readers are contactless: POSRT_READER_INTERFACES, else config/readers.json, else the
  // driver's defaults. Read before anything starts, so a bad file stops nothing half-way.
  const interfaceRules = readReaderRules();
  const pcscd = await usePcscd();
  if (pcscd.owned) say(`started pcscd (log: ${pcscd.logFile})`);
  const registry = new DeviceRegistry({ providers: [new PcscDiscovery({ log, interfaceRules }), ...peripheralProviders(), ...pinPadProviders()], log });
  await registry.start();
  await settle();

  const virtual = new Set<string>(VPCD_READERS);
  const realReaders = registry.byKind('card-reader').filter((r) => !virtual.has(r.identity.path));
  let cards: VirtualCards | null = null;
  if (config.emulation === 'always' || (config.emulation === 'auto' && realReaders.length === 0)) {
    say(realReaders.length === 0 ? 'no card reader found: using emulated hardware' : 'emulated hardware requested');
    cards = await insertVirtualCards(config.virtualCards, log);
    for (const c of config.virtualCards) say(`virtual ${c.profile} card in ${VPCD_READERS[c.slot]}`);
  }

  say('devices:');
  for (const device of registry.list()) say(`  ${describe(device)}`);
  // A provider that could not start (BLE with no adapter) says why, and the terminal goes on.
  for (const [provider, health] of registry.health()) if (health.state !== 'ok') say(`${provider}: ${health.state} ${health.code}`);
  registry.events.on('attached', (d) => say(`attached: ${describe(d)}`));
  registry.events.on('detached', (d) => say(`detached: ${describe(d)}`));
  registry.events.on('provider-health', ({ provider, health }) => say(`${provider}: ${health.state === 'ok' ? 'ok' : `${health.state} ${health.code}`}`));

  const unwatch = watchCards(registry, log, say);
  say('watching for cards; Ctrl-C to stop');
  return async () => {
    unwatch();
    await cards?.stop();
    await registry.stop();
    await pcscd.release();
    log.info({ pcscdStopped: pcscd.owned }, 'stopped');
  };
}

function describe(device: AnyDevice): string {
  const { kind, driver, path } = device.identity;
  return `${kind} ${path} (${driver}${'interface' in device ? `, ${device.interface}` : ''})`;
}

/** Lets pcsclite report the readers and their card states before we look. */
function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 1_000));
}

try {
  const shutdown = await boot();
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('stopping');
  // A second Ctrl-C while stopping ends the process at once, as a person expects.
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  await shutdown();
  // Everything we opened is closed; pcsclite can still hold native async handles for a while
  // after its context closed, and a terminal service must not linger after SIGTERM.
  process.exit(0);
} catch (e) {
  if (!(e instanceof PosError)) throw e;
  const { message, fix } = e.describe(languageFromEnv());
  process.stderr.write(`${e.message}\n${message}: ${fix}\n`);
  process.exitCode = 2;
}
