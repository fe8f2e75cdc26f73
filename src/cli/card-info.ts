// pos card-info [--reader NAME] [--show-pan] [--config DIR] [--json]: select PPSE or PSE, list the
// applications, select each, GPO and read the AFL records, and print it all decoded.
// Without --reader the first reader holding a card is used.
import { randomBytes } from 'node:crypto';
import { cardReportJson, formatCardReport, readCard } from '../emv/inspect/index.js';
import { PosError } from '../errors/index.js';
import { parseVerbArgs } from './args.js';
import { openReaders } from './card-readers.js';

export async function cardInfoVerb(argv: string[]): Promise<void> {
  const { values } = parseVerbArgs(argv, { reader: { type: 'string' }, 'show-pan': { type: 'boolean' }, json: { type: 'boolean' }, config: { type: 'string' } }, 'card-info');
  const scope = await openReaders({ ...(values.config === undefined ? {} : { configDir: values.config }) });
  try {
    const readers = scope.readers();
    const reader =
      values.reader !== undefined
        ? readers.find((r) => r.identity.path === values.reader)
        : readers.find((r) => r.presence().kind === 'present');
    if (!reader) {
      throw values.reader !== undefined
        ? new PosError('E-DEV-0010', { reader: values.reader, readers: readers.length })
        : new PosError('E-DEV-0008', { readers: readers.length });
    }
    const session = await reader.connect();
    try {
      // A reader serving both interfaces is read as contact: a card in a slot is the usual case.
      const cardInterface = reader.interface === 'contactless' ? 'contactless' : 'contact';
      const report = await readCard(session, cardInterface, { now: () => new Date(), random: (n) => Uint8Array.from(randomBytes(n)) });
      const options = { showPan: values['show-pan'] === true };
      if (values.json) process.stdout.write(`${JSON.stringify({ reader: reader.identity.path, ...cardReportJson(report, options) }, null, 2)}\n`);
      else process.stdout.write(`reader: ${reader.identity.path}\n${formatCardReport(report, options).join('\n')}\n`);
    } finally {
      await session.close();
    }
  } finally {
    await scope.stop();
  }
}
