// The in-process link: a VirtualIcc as the EMV library's CardTransport, for unit tests and
// the demo without pcscd. A card that leaves the field rejects with E-EMU-0001, as a reader
// reports a removed card.
import { PosError } from '../../errors/index.js';
import type { CardTransport } from '../../emv/apdu/transport.js';
import type { VirtualIcc } from '../icc.js';

export function inProcessTransport(card: VirtualIcc): CardTransport {
  let exchanged = 0;
  return {
    async transmit(capdu: Uint8Array): Promise<Uint8Array> {
      exchanged++;
      const reply = await card.transmit(capdu);
      if (reply.kind === 'removed') throw new PosError('E-EMU-0001', { apdu: exchanged, ins: (capdu[1] ?? 0).toString(16).toUpperCase().padStart(2, '0') });
      return reply.rapdu;
    },
  };
}
