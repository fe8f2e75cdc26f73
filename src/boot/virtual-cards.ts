// Emulated card hardware for npm start: virtual cards dialled into the vpcd slots of pcscd,
// each kept inserted across pcscd restarts like a card left in the reader.
import { createCard } from '../emulators/card/index.js';
import { VpcdLink } from '../emulators/vpcd/link.js';
import { stayInserted } from '../emulators/vpcd/stay-inserted.js';
import type { Logger } from '../kernel/index.js';
import type { VirtualCardPlacement } from './config.js';

export interface VirtualCards {
  stop(): Promise<void>;
}

export async function insertVirtualCards(placements: readonly VirtualCardPlacement[], log: Logger): Promise<VirtualCards> {
  const cards = placements.map(({ profile, slot }) => {
    const link = new VpcdLink(createCard(profile, { interface: slot === 0 ? 'contact' : 'contactless' }), { slot });
    const release = stayInserted(link, (closed) => log.warn({ profile, slot, reason: closed.kind }, 'virtual card link closed; dialling again'));
    return { link, release, profile, slot };
  });
  await Promise.all(cards.map(({ link }) => link.attach()));
  for (const { profile, slot } of cards) log.info({ profile, slot }, 'virtual card inserted');
  return {
    async stop() {
      for (const c of cards) c.release();
      await Promise.all(cards.map(({ link }) => link.detach()));
    },
  };
}
