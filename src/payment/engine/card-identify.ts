// A card presented to name an original, not to pay: a void, a pre-authorisation's completion or
// cancel is the same card's (the journal checks it by the PAN's keyed hash, so another card is
// refused with its code). The card's applications are read (EMV Book 3 §10.1-10.2: selection,
// GET PROCESSING OPTIONS, READ RECORD) without a GENERATE AC: no cryptogram is asked for what
// the card is not paying.
import { readCard } from '../../emv/inspect/index.js';
import { PosError } from '../../errors/index.js';
import type { EmvData, EntryMode } from '../journal/index.js';
import { listenForPan } from './card-pan.js';
import type { PresentedOn } from './card-wait.js';
import type { EnginePorts } from './ports.js';
import { schemeOfAid } from './scheme.js';

export interface IdentifiedCard {
  readonly entryMode: Extract<EntryMode, 'contact' | 'contactless'>;
  readonly scheme: string;
  /** In memory for the journal's card-read step only. */
  readonly pan: string;
  /** The application read, for the slip. */
  readonly emv: EmvData;
}

export async function identifyCard(ports: EnginePorts, presented: PresentedOn): Promise<IdentifiedCard> {
  const session = await presented.reader.connect();
  try {
    const card = listenForPan(session);
    const report = await readCard(card, presented.kind, { now: ports.clock.now, random: ports.random, currencyCode: ports.settings.currency.code, countryCode: ports.settings.terminal.countryCode });
    const read = report.applications.find((a) => a.kind === 'read');
    const pan = card.pan();
    if (read === undefined || pan === undefined) throw new PosError('E-TXN-0006', { step: 'read-card', applications: report.applications.length });
    return { entryMode: presented.kind, scheme: schemeOfAid(read.aid), pan, emv: { aid: read.aid, ...(read.fci.label !== undefined ? { label: read.fci.label } : {}) } };
  } finally {
    await session.close();
  }
}
