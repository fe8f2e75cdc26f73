// A card left in the reader: when vpcd hangs up (pcscd restarted) or a removal fault tore the
// link, dial again until vpcd answers, as the card would be seen again once pcscd is back.
import type { VpcdLink, VpcdLinkClosed } from './link.js';

const REDIAL_MS = 500;

/** Keeps the link attached until the returned function is called (then detach it yourself). */
export function stayInserted(link: VpcdLink, onRedial: (closed: VpcdLinkClosed) => void = () => undefined): () => void {
  let stopped = false;
  const off = link.onClosed((closed) => {
    if (stopped || closed.kind === 'detached') return;
    onRedial(closed);
    void (async () => {
      while (!stopped) {
        try {
          await link.attach();
          return;
        } catch {
          await new Promise((r) => setTimeout(r, REDIAL_MS));
        }
      }
    })();
  });
  return () => {
    stopped = true;
    off();
  };
}
