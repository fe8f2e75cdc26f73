// Emulated card hardware for npm start: each virtual card its own process (src/emulators/card/
// serve.ts) dialled into a vpcd slot of pcscd and kept inserted across pcscd restarts, like a
// card left in the reader. Out of the terminal's process, the card's keys and state are not
// the terminal's memory, as with a real card.
import type { Logger } from '../kernel/index.js';
import type { VirtualCardPlacement } from './config.js';
import { nodeModuleCommand, startChild, type Child } from './child-process.js';

export interface VirtualCards {
  readonly pids: readonly number[];
  stop(): Promise<void>;
}

export async function insertVirtualCards(placements: readonly VirtualCardPlacement[], log: Logger): Promise<VirtualCards> {
  const { command, args } = nodeModuleCommand('emulators/card/serve');
  const started = await Promise.allSettled(
    placements.map(({ profile, slot }) => startChild({ name: `${profile} card`, command, args: [...args, '--profile', profile, '--slot', String(slot)], readyEvent: 'ready' })),
  );
  const cards = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async (): Promise<void> => void (await Promise.all(cards.map((c: Child) => c.stop())));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  for (const [i, c] of cards.entries()) {
    const { profile, slot } = placements[i]!;
    log.info({ profile, slot }, 'virtual card inserted');
    c.onEvent((e) => e.event === 'redial' && log.warn({ profile, slot, reason: e.reason }, 'virtual card link closed; dialling again'));
  }
  return { pids: cards.map((c) => c.pid), stop };
}
