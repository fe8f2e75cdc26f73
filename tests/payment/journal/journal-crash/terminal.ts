// The terminal side of the journal crash test, run as its own process and killed with SIGKILL at
// random points: it opens the journal (recovering what the last run left) and takes transactions
// along every path — online sale, offline approval, no answer, decline, QR — closing the batch
// every seventh (shifted by the run number, so runs killed after two or three close some too).
// Each fact the test checks is written to stdout with a synchronous write after the call that
// made it true returned, so a line is a promise the journal made:
//   recovered <json>        the open's RecoveryReport
//   ready
//   begun <id>              begin returned
//   sent <id>               the authorising step returned: the request would go out now
//   approved <id> <amount>  the approval step returned
//   declined <id>, reversal <id>
//   closed <batch> <settlement id>
// Usage: terminal.ts <dir> <run>
import { existsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Outbox } from '../../../../src/channel/outbox.js';
import { Journal, loadJournalKey, type Step } from '../../../../src/payment/journal/index.js';
import { arqcSent, contactCard, hostApproval, OutboxAdapter, tcFromCard } from '../rig.js';

const [dir, runArg] = process.argv.slice(2);
const run = Number(runArg);
const say = (line: string) => writeSync(1, `${line}\n`);
const journalPath = join(dir!, 'journal.db');

const port = new OutboxAdapter(Outbox.open(join(dir!, 'outbox.db')));
const key = loadJournalKey(join(dir!, 'keys', 'journal.key'), { provision: !existsSync(journalPath) });
const journal = Journal.open(journalPath, key, port);
say(`recovered ${JSON.stringify(journal.recovery)}`);
say('ready');

// The host's answer takes a while, as a real round trip does: most kills during a transaction
// then land while its request is out, the phase recovery must reverse.
const waitForHost = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);

const qr: Step = { to: 'card-read', card: { entryMode: 'qr', scheme: 'qr-wechat', presentedBy: 'consumer' } };

// Bounded, so a child whose parent vanished stops by itself.
for (let i = 0; i < 5_000; i++) {
  if ((i + run * 3) % 7 === 6) {
    const z = journal.closeBatch('op-01');
    say(`closed ${z.batch} ${z.settlementId}`);
  }
  const amount = BigInt(run * 10_000 + i + 1);
  // Each run starts on another path, so short runs between kills still cover all of them.
  const path = (i + run) % 6;
  const type = path === 5 ? 'qr-sale' : 'sale';
  const { id } = journal.begin({ type, amount, currency: '156', operatorId: 'op-01' });
  say(`begun ${id}`);
  switch (path) {
    case 0:
    case 1:
      journal.step(id, contactCard);
      journal.step(id, arqcSent);
      say(`sent ${id}`);
      waitForHost();
      journal.step(id, hostApproval);
      journal.step(id, tcFromCard);
      say(`approved ${id} ${amount}`);
      break;
    case 2:
      journal.step(id, contactCard);
      journal.step(id, { to: 'offline-approved', path: 'offline', emv: { cryptogram: { type: 'TC', value: new Uint8Array(8) } } });
      say(`approved ${id} ${amount}`);
      break;
    case 3:
      journal.step(id, contactCard);
      journal.step(id, arqcSent);
      say(`sent ${id}`);
      waitForHost();
      journal.step(id, { to: 'reversal-pending', reason: 'no-answer' });
      say(`reversal ${id}`);
      break;
    case 4:
      journal.step(id, contactCard);
      journal.step(id, arqcSent);
      say(`sent ${id}`);
      waitForHost();
      journal.step(id, { to: 'declined', path: 'online', host: { responseCode: '05' } });
      say(`declined ${id}`);
      break;
    default:
      journal.step(id, qr);
      journal.step(id, { to: 'authorising' });
      say(`sent ${id}`);
      waitForHost();
      journal.step(id, { to: 'approved', host: { responseCode: '00', hostReference: `QR${amount}` } });
      say(`approved ${id} ${amount}`);
  }
}
