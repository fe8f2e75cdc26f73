// The terminal side of the crash test, run as its own process and killed with SIGKILL at random
// points: it enqueues transaction uploads n = from, from+1, ... through the outbox and sends
// what the outbox hands out to the receiver, acknowledging what the receiver answers.
// Every fact the test checks is written to stdout with a synchronous write after the call that
// made it true returned, so a line the test reads is a promise the outbox made:
//   ready                          the outbox is open (in-flight messages went back to pending)
//   enqueued <n> <stored|duplicate> enqueue(txn-n) returned
//   acked <id>                     acknowledge([id]) returned
//   drained                        n reached `until` and nothing is left to send
// Usage: terminal.ts <outbox path> <receiver port> <from> <until>
import { writeSync } from 'node:fs';
import { connect } from 'node:net';
import { Outbox } from '../../../src/channel/outbox.js';
import { FrameReader, messageFrame, uploadId, uploadPayload } from './frames.js';

const [path, port, fromArg, untilArg] = process.argv.slice(2);
const until = Number(untilArg);
let n = Number(fromArg);
const say = (line: string) => writeSync(1, `${line}\n`);

const outbox = Outbox.open(path!);
const socket = connect(Number(port), '127.0.0.1');
const reader = new FrameReader();

socket.on('data', (chunk) => {
  for (const body of reader.push(chunk)) {
    const id = body.toString('ascii');
    outbox.acknowledge([id]);
    say(`acked ${id}`);
  }
});

socket.once('connect', () => {
  say('ready');
  tick();
});

function tick(): void {
  if (n < until) {
    const result = outbox.enqueue('transaction-upload', uploadId(n), uploadPayload(n));
    say(`enqueued ${n} ${result.outcome}`);
    n++;
  }
  for (const m of outbox.take(8)) socket.write(messageFrame(m.id, m.payload));
  const { pending, inFlight } = outbox.stats();
  if (n >= until && pending + inFlight === 0) {
    say('drained');
    outbox.close();
    socket.end(() => process.exit(0));
    return;
  }
  // Work to do: go on at once. Waiting only for acknowledgements: let the socket deliver them.
  if (n < until || pending > 0) setImmediate(tick);
  else setTimeout(tick, 1);
}
