// The terminal side of the engine crash test, run as its own process and killed with SIGKILL:
// the payment engine selling on the real journal file and outbox, with virtual cards in
// in-process readers (contact with online PIN, contactless offline), the keyed PIN pad and the
// local test issuer answering after a pause, as a round trip does. Each fact is written to
// stdout synchronously once it is true, so a line is a promise the engine made:
//   recovered <json>        the journal's RecoveryReport at open
//   ready
//   sent <id>               the request is about to leave (the journal has authorising)
//   approved <id> <amount>  sale() returned approved
//   declined <id>, reversed <id>, failed <id>
// Usage: terminal.ts <dir>
import { existsSync, mkdtempSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Outbox } from '../../../../src/channel/outbox.js';
import { TerminalLock } from '../../../../src/channel/terminal-lock.js';
import { createCard } from '../../../../src/emulators/card/index.js';
import { createLocalIssuer } from '../../../../src/emulators/issuer/local-issuer.js';
import { keyedPinPad } from '../../../../src/emulators/pinpad/keyed-pin-pad.js';
import { PaymentEngine } from '../../../../src/payment/engine/index.js';
import { Journal, loadJournalKey } from '../../../../src/payment/journal/index.js';
import { OutboxAdapter } from '../../journal/rig.js';
import { Rig as OperatorRig, testDirectory } from '../../operators/rig.js';
import { InProcessReader } from '../../../support/in-process-reader.js';
import { SETTINGS } from '../rig.js';

const [dir] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const journalPath = join(dir!, 'journal.db');
const port = new OutboxAdapter(Outbox.open(join(dir!, 'outbox.db')));
const journal = Journal.open(journalPath, loadJournalKey(join(dir!, 'keys', 'journal.key'), { provision: !existsSync(journalPath) }), port);
say(`recovered ${JSON.stringify(journal.recovery)}`);

const operators = new OperatorRig(undefined, mkdtempSync(join(dir!, 'operators-')));
operators.session.applyDirectory(await testDirectory());
await operators.session.signIn('0003', 'pw0003');
const issuer = createLocalIssuer('approve');
const contact = new InProcessReader('contact');
const contactless = new InProcessReader('contactless');
const engine = new PaymentEngine({
  journal,
  operators: operators.session,
  authorisation: (t) => ({
    async authorise(request) {
      say(`sent ${t.transactionId}`);
      await new Promise((r) => setTimeout(r, 40));
      return issuer.authorise(request);
    },
  }),
  readers: { contact, contactless },
  pinPad: keyedPinPad('123456'),
  screens: { show: () => undefined, askSupervisor: async () => null },
  lock: TerminalLock.open(dir!),
  settings: SETTINGS,
  clock: { now: () => new Date(), elapsedMs: () => performance.now() },
  random: (n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff),
});
say('ready');

// Bounded, so a child whose parent vanished stops by itself.
for (let i = 0; i < 2_000; i++) {
  const tap = i % 3 === 2;
  const reader = tap ? contactless : contact;
  reader.present(createCard(tap ? 'visa-qvsdc' : 'unionpay', { interface: reader.interface }));
  const amount = tap ? 1_000n : BigInt(20_000 + i);
  const outcome = await engine.sale({ amount });
  reader.remove();
  if (outcome.kind === 'refused') throw outcome.error;
  say(`${outcome.kind} ${outcome.transaction.id} ${outcome.transaction.amount}`);
}
