// pos readers [--config DIR] [--json]: every PC/SC reader with its interface type (by the
// reader rules of readers.json or POSRT_READER_INTERFACES), whether a card is in it,
// and the card's ATR.
import { toHex } from '../bytes/hex.js';
import type { CardReader } from '../kernel/index.js';
import { parseVerbArgs } from './args.js';
import { openReaders } from './card-readers.js';

interface ReaderRow {
  name: string;
  interface: CardReader['interface'];
  card: 'present' | 'empty' | 'mute';
  atr: string | null;
  health: string;
}

export async function readersVerb(argv: string[]): Promise<void> {
  const { values } = parseVerbArgs(argv, { json: { type: 'boolean' }, config: { type: 'string' } }, 'readers');
  const scope = await openReaders({ ...(values.config === undefined ? {} : { configDir: values.config }) });
  try {
    const rows: ReaderRow[] = scope.readers().map((r) => {
      const presence = r.presence();
      const health = r.health();
      return {
        name: r.identity.path,
        interface: r.interface,
        card: presence.kind,
        atr: presence.kind === 'present' ? toHex(presence.atr) : null,
        health: health.state === 'ok' ? 'ok' : `${health.state} ${health.code}`,
      };
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ readers: rows }, null, 2)}\n`);
      return;
    }
    if (rows.length === 0) {
      process.stdout.write('no readers\n');
      return;
    }
    for (const row of rows) {
      const card = row.card === 'present' ? `card present, ATR ${row.atr}` : row.card === 'mute' ? 'card mute' : 'no card';
      process.stdout.write(`${row.name}\t${row.interface}\t${card}${row.health === 'ok' ? '' : `\t${row.health}`}\n`);
    }
  } finally {
    await scope.stop();
  }
}
