// Run under a file size limit (ulimit -f, SIGXFSZ ignored, so a write past it fails with EFBIG
// as on a full disk): enqueues 4 KiB messages until the outbox refuses one, then reports.
//   stored <n>        enqueue(msg-n) returned
//   refused <n> <code> enqueue(msg-n) threw a PosError with that code
// Usage: fill.ts <outbox path>
import { writeSync } from 'node:fs';
import { Outbox } from '../../../src/channel/outbox.js';
import { isPosError } from '../../../src/errors/index.js';

const outbox = Outbox.open(process.argv[2]!);
for (let n = 0; ; n++) {
  try {
    outbox.enqueue('transaction-upload', `msg-${n}`, new Uint8Array(4096).fill(n & 0xff));
    writeSync(1, `stored ${n}\n`);
  } catch (e) {
    writeSync(1, `refused ${n} ${isPosError(e) ? e.code : String(e)}\n`);
    break;
  }
}
