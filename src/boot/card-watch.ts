// Until the payment application arrives (issue 7), npm start shows what it would work on:
// every card presented to any reader is read (directory, applications, records) and the
// masked report printed. One read at a time per reader; a card pulled out mid-read is a
// coded line, never a crash.
import { randomBytes } from 'node:crypto';
import { formatCardReport, readCard } from '../emv/inspect/index.js';
import { PosError } from '../errors/index.js';
import type { CardReader, DeviceRegistry, Logger } from '../kernel/index.js';

export function watchCards(registry: DeviceRegistry, log: Logger, print: (text: string) => void): () => void {
  const offs: (() => void)[] = [];
  const busy = new Set<string>();

  const read = async (reader: CardReader): Promise<void> => {
    const id = reader.identity.id;
    if (busy.has(id)) return;
    busy.add(id);
    try {
      const session = await reader.connect();
      try {
        const cardInterface = reader.interface === 'contactless' ? 'contactless' : 'contact';
        const report = await readCard(session, cardInterface, { now: () => new Date(), random: (n) => Uint8Array.from(randomBytes(n)) });
        print([`— card in ${reader.identity.path} —`, ...formatCardReport(report), ''].join('\n'));
      } finally {
        await session.close();
      }
    } catch (e) {
      if (!(e instanceof PosError)) throw e;
      log.warn({ reader: reader.identity.path, code: e.code, context: e.context }, 'card read ended');
      print(`— card in ${reader.identity.path}: ${e.message} —\n`);
    } finally {
      busy.delete(id);
    }
  };

  const follow = (reader: CardReader): void => {
    offs.push(reader.events.on('card-inserted', () => void read(reader)));
    if (reader.presence().kind === 'present') void read(reader);
  };

  for (const reader of registry.byKind('card-reader')) follow(reader);
  offs.push(
    registry.events.on('attached', (device) => {
      if (device.identity.kind === 'card-reader') follow(device as CardReader);
    }),
  );
  return () => {
    for (const off of offs) off();
  };
}
