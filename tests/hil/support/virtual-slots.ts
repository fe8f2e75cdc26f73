// The HIL suites' common frame: one pcscd (ours, or the one already running) for the file,
// virtual EMV cards put into vpcd slots by a test and taken out after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createCard, type Fault } from '../../../src/emulators/card/index.js';
import { VpcdLink } from '../../../src/emulators/vpcd/link.js';
import { usePcscd, type Pcscd } from '../../../src/emulators/vpcd/pcscd.js';

/** pcscd polls vpcd for presence about every 400 ms; a card is usable after a full poll or two. */
const PRESENCE_POLL_MS = 1_000;

/** insert() hands back the card's link, for a test that takes the card out or brings it back. */
export function useVirtualSlots(): { insert(profile: string, slot: 0 | 1, faults?: Fault[]): Promise<VpcdLink> } {
  let pcscd: Pcscd;
  const links: VpcdLink[] = [];
  beforeAll(async () => {
    pcscd = await usePcscd();
  });
  afterEach(async () => {
    await Promise.all(links.splice(0).map((l) => l.detach()));
  });
  afterAll(async () => {
    await pcscd.release();
  });
  return {
    async insert(profile, slot, faults = []) {
      const link = new VpcdLink(createCard(profile, { interface: slot === 0 ? 'contact' : 'contactless', faults }), { slot });
      links.push(link);
      await link.attach();
      await new Promise((r) => setTimeout(r, PRESENCE_POLL_MS));
      return link;
    },
  };
}
