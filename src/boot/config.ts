// Boot configuration from the environment. Later issues add a config file; until then the
// few knobs npm start has are environment variables, each with a default that works on a
// laptop with no hardware.
import { PosError } from '../errors/index.js';

export type EmulationMode = 'auto' | 'always' | 'never';

export interface VirtualCardPlacement {
  readonly profile: string;
  readonly slot: 0 | 1;
}

export interface BootConfig {
  /** auto: virtual cards only when no real reader is found; always; never. */
  readonly emulation: EmulationMode;
  readonly virtualCards: readonly VirtualCardPlacement[];
  readonly logLevel: string;
}

export function bootConfigFromEnv(env: NodeJS.ProcessEnv = process.env): BootConfig {
  const emulation = env.POSRT_EMULATION ?? 'auto';
  if (emulation !== 'auto' && emulation !== 'always' && emulation !== 'never') {
    throw new PosError('E-CORE-0003', { variable: 'POSRT_EMULATION', expected: 'auto|always|never' });
  }
  return { emulation, virtualCards: parseCards(env.POSRT_VIRTUAL_CARDS ?? 'visa@0,unionpay@1'), logLevel: env.POSRT_LOG_LEVEL ?? 'info' };
}

/** "visa@0,unionpay@1": a profile per vpcd slot (0 contact, 1 contactless); "" for none. */
function parseCards(text: string): VirtualCardPlacement[] {
  if (text.trim() === '') return [];
  return text.split(',').map((item) => {
    const m = /^\s*([a-z0-9-]+)@([01])\s*$/.exec(item);
    if (!m) throw new PosError('E-CORE-0003', { variable: 'POSRT_VIRTUAL_CARDS', expected: 'profile@slot,...' });
    return { profile: m[1]!, slot: Number(m[2]) as 0 | 1 };
  });
}
