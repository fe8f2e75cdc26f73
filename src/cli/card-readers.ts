// The PC/SC side of the card verbs: a registry with the PC/SC provider, waited on until the
// readers and their card states have settled (pcsclite reports readers, then each reader's
// state, asynchronously), and stopped afterwards so the command exits.
import { destination } from 'pino';
import { PcscDiscovery } from '../devices/pcsc/index.js';
import { PosError } from '../errors/index.js';
import { createLogger, DeviceRegistry, type CardReader } from '../kernel/index.js';
import { readReaderRules } from './config-files.js';

export interface ReaderScope {
  readonly registry: DeviceRegistry;
  readers(): CardReader[];
  stop(): Promise<void>;
}

/** No attach or health change for this long counts as settled. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 4_000;

/** `configDir`: the folder whose readers.json says which readers are contactless (--config). */
export async function openReaders(options: { configDir?: string } = {}): Promise<ReaderScope> {
  const interfaceRules = readReaderRules(options.configDir);
  // CLI output is the command's answer; logs stay on stderr and quiet unless asked for.
  const log = createLogger({ name: 'pos', level: (process.env.POS_LOG_LEVEL ?? 'error') as 'error', destination: destination(2) });
  const registry = new DeviceRegistry({ providers: [new PcscDiscovery({ log, interfaceRules })], log });
  let last = Date.now();
  const touch = (): void => void (last = Date.now());
  const offs = [registry.events.on('attached', (d) => {
    touch();
    if (d.identity.kind === 'card-reader') (d as CardReader).events.on('card-inserted', touch);
  }), registry.events.on('provider-health', touch)];
  await registry.start();
  const started = Date.now();
  while (Date.now() - last < SETTLE_MS && Date.now() - started < MAX_WAIT_MS) await new Promise((r) => setTimeout(r, 50));
  for (const off of offs) off();
  const health = registry.health().get('pcsc');
  if (health && health.state !== 'ok') {
    await registry.stop();
    throw new PosError(health.code, { provider: 'pcsc' });
  }
  return {
    registry,
    readers: () => registry.byKind('card-reader').sort((a, b) => a.identity.path.localeCompare(b.identity.path)),
    stop: () => registry.stop(),
  };
}
