// The journal under test: a real SQLite file in a temporary directory, a real device key file and
// the channel's real outbox behind the port, the way the composition root wires them. Messages
// go into the outbox as tagged JSON here (the root encodes protobuf), each in the kind the root
// gives it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Outbox, type OutboxKind } from '../../../src/channel/outbox.js';
import { Journal, journalPaths, loadJournalKey, type JournalMessage, type JournalOptions, type OutboxPort } from '../../../src/payment/journal/index.js';
import { decodeTaggedJson, encodeTaggedJson } from '../../../src/payment/journal/tagged-json.js';

const KINDS: Record<JournalMessage['kind'], OutboxKind> = {
  reversal: 'reversal',
  'transaction-upload': 'transaction-upload',
  settlement: 'settlement',
  'reconciliation-mismatch': 'mismatch-report',
};

export class OutboxAdapter implements OutboxPort {
  constructor(readonly outbox: Outbox) {}

  enqueue(message: JournalMessage): void {
    this.outbox.enqueue(KINDS[message.kind], message.id, encodeTaggedJson(message));
  }

  /** Every message waiting in the outbox, decoded, in the order it would send them. */
  pending(): JournalMessage[] {
    const taken = this.outbox.take(10_000);
    this.outbox.returnInFlight();
    return taken.map((m) => decodeTaggedJson<JournalMessage>(m.payload));
  }
}

/** Visa's public test card (the PAN in the contract's masked_pan example, 476173******0119). */
export const TEST_PAN = '4761739001010119';
/** Its Track 2 Equivalent Data (57): PAN, separator D, expiry 2212, service code 201, discretionary data. */
export const TEST_TRACK2_HEX = '4761739001010119D22122011143804400000F';

/** Every way the card number or track 2 could sit in a file: ASCII digits, the BCD of 5A, the
 *  track as hex text, as bytes, the PAN's last 12 digits in either form. */
export function cardDataIn(bytes: Buffer): string[] {
  const needles: Record<string, Buffer> = {
    'PAN ascii': Buffer.from(TEST_PAN, 'ascii'),
    'PAN bcd': Buffer.from(TEST_PAN, 'hex'),
    'middle digits ascii': Buffer.from(TEST_PAN.slice(6, 12), 'ascii'),
    'track 2 hex text': Buffer.from(TEST_TRACK2_HEX, 'ascii'),
    'track 2 hex text lower': Buffer.from(TEST_TRACK2_HEX.toLowerCase(), 'ascii'),
    'track 2 bytes': Buffer.from(TEST_TRACK2_HEX, 'hex'),
    'track 2 after the PAN': Buffer.from(TEST_TRACK2_HEX.slice(16), 'hex'),
  };
  return Object.entries(needles)
    .filter(([, needle]) => bytes.includes(needle))
    .map(([name]) => name);
}

export interface Rig {
  readonly dir: string;
  readonly journalPath: string;
  readonly keyPath: string;
  readonly outboxPath: string;
  journal: Journal;
  port: OutboxAdapter;
  /** Closes and opens journal and outbox again, as a restart does. */
  reopen(options?: JournalOptions): Journal;
  close(): void;
  remove(): void;
}

export function journalRig(options: JournalOptions = {}): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-journal-'));
  // Laid out as the terminal's state directory is (`pos journal-restore --state dir` finds them).
  const { journal: journalPath, key: keyPath } = journalPaths(dir);
  const outboxPath = join(dir, 'outbox.db');
  const open = (opts: JournalOptions) => {
    const port = new OutboxAdapter(Outbox.open(outboxPath));
    const key = loadJournalKey(keyPath, { provision: true });
    return { port, journal: Journal.open(journalPath, key, port, opts) };
  };
  const first = open(options);
  const rig: Rig = {
    dir,
    journalPath,
    keyPath,
    outboxPath,
    journal: first.journal,
    port: first.port,
    reopen(opts = options) {
      rig.close();
      const next = open(opts);
      rig.journal = next.journal;
      rig.port = next.port;
      return next.journal;
    },
    close() {
      rig.journal.close();
      rig.port.outbox.close();
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return rig;
}

/** A contact card read: the PAN, and ICC data that carries card data tags the journal must drop. */
export const contactCard = {
  to: 'card-read',
  card: {
    entryMode: 'contact',
    scheme: 'visa',
    pan: TEST_PAN,
    emv: {
      aid: Uint8Array.of(0xa0, 0, 0, 0, 0x03, 0x10, 0x10),
      label: 'VISA CREDIT',
      iccData: new Map([
        [0x5a, Buffer.from(TEST_PAN, 'hex')],
        [0x57, Buffer.from(TEST_TRACK2_HEX, 'hex')],
        [0x9f1a, Uint8Array.of(0x01, 0x56)],
      ]),
    },
  },
} as const;

/** The first GENERATE AC's ARQC and what an authorisation carries (EMV Book 3 §10.9). */
export const arqcSent = {
  to: 'authorising',
  emv: {
    cryptogram: { type: 'ARQC', value: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8) },
    cid: 0x80,
    atc: Uint8Array.of(0, 0x2a),
    tvr: Uint8Array.of(0, 0, 0, 0x80, 0),
    iccData: new Map([
      [0x9f26, Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)],
      [0x9f36, Uint8Array.of(0, 0x2a)],
      [0x57, Buffer.from(TEST_TRACK2_HEX, 'hex')],
    ]),
  },
} as const;

export const tcFromCard = {
  to: 'approved',
  emv: { cryptogram: { type: 'TC', value: Uint8Array.of(9, 9, 9, 9, 9, 9, 9, 9) }, cid: 0x40, tsi: Uint8Array.of(0xe8, 0) },
} as const;

export const hostApproval = { to: 'host-approved', host: { responseCode: '00', authorisationCode: '123456', hostReference: '512345678901' } } as const;
