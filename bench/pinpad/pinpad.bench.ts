// PIN pad benchmark (issue 5, Benchmarks): the round trip of a GET ONLINE PIN exchange over a
// socat pty pair, the emulator process answering at once (its PIN typed ahead), against the
// bare line's round trip measured in the same run: a message as long as the GET ONLINE PIN
// frame sent to an echo process on the same stack (Node, serialport, a pty pair). The ratio is
// what our protocol costs over the line: the frames and ACKs of docs/protocols/pinpad.md
// (request, ACK, a PROGRESS frame per digit each ACKed, the answer, its ACK), decoding, and the
// pad's DUKPT key derivation and PIN block encipherment. The two are timed in turn, one echo
// then one get-PIN, so both see the same machine: a busy moment slows both, not one.
// Run: npx tsx bench/pinpad/pinpad.bench.ts   (BENCH_SECONDS=n sets the time per exchange)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHex } from '../../src/bytes/hex.js';
import { connect, openSerialLine, SerialPinPad, type LineOpener, type PinPadLine } from '../../src/devices/pinpad/index.js';
import { encodeGetOnlinePin } from '../../src/devices/pinpad/commands.js';
import type { OnlinePinRequest } from '../../src/kernel/index.js';
import { decodePinBlock, deriveTdesWorkingKey, tdesDecryptEcb } from '../../src/security/index.js';
import { CMD } from '../../src/wire/pinpad/codes.js';
import { encodeFrame } from '../../src/wire/pinpad/frame.js';
import { startPtyRig, type PtyRig } from '../../tests/support/pty-rig.js';
import { median, percentile } from '../shared/timing.js';
import { DEFAULT_PIN_ENTRY } from '../../src/payment/pin-pad-port.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 2);
const ROOT = join(import.meta.dirname, '../..');
const KEY_FILE = join(ROOT, 'src/emulators/pinpad/dev-keys.json');
/** The X9.24-1 Annex A test BDK whose initial key slot 1 of dev-keys.json holds. */
const TEST_BDK = fromHex('0123456789ABCDEFFEDCBA9876543210');
/** TEST PIN the emulator's cardholder has typed ahead. */
const PIN = '1234';
const PAN = '4761739001010010';

const REQUEST: OnlinePinRequest = {
  ...DEFAULT_PIN_ENTRY,
  pan: PAN,
  amount: 12_345n,
  currency: { code: '156', exponent: 2 },
};

/** Bytes each way on a line, so the table can say how much a get-PIN moves. */
function counting(open: LineOpener, count: { out: number; in: number }): LineOpener {
  return async (path) => {
    const line = await open(path);
    line.onData((chunk) => (count.in += chunk.length));
    return { ...line, write: (bytes) => ((count.out += bytes.length), line.write(bytes)), onData: (l) => line.onData(l), onLost: (l) => line.onLost(l), close: () => line.close() };
  };
}

/** One message out and the same number of bytes back. */
function echoer(line: PinPadLine): (message: Uint8Array) => Promise<void> {
  let pending: { need: number; done: () => void } | null = null;
  line.onData((chunk) => {
    if (!pending) return;
    pending.need -= chunk.length;
    if (pending.need <= 0) {
      const { done } = pending;
      pending = null;
      done();
    }
  });
  return (message) =>
    new Promise((done) => {
      pending = { need: message.length, done };
      line.write(message);
    });
}

/** A quarter of `seconds` untimed, then `seconds` of a, b, a, b, ... each timed on its own;
 *  the wall times of each, sorted. */
async function timeInTurn(a: () => Promise<void>, b: () => Promise<void>, seconds: number): Promise<[number[], number[]]> {
  const warmUntil = performance.now() + (seconds * 1000) / 4;
  while (performance.now() < warmUntil) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    for (const [i, run] of [a, b].entries()) {
      const t0 = performance.now();
      await run();
      times[i]!.push(performance.now() - t0);
    }
  }
  for (const t of times) t.sort((x, y) => x - y);
  return times;
}

interface Row {
  readonly name: string;
  readonly bytes: number;
  readonly wallMs: readonly number[];
}

async function main(): Promise<number> {
  const rigs: PtyRig[] = [];
  try {
    const echoRig = await startPtyRig({ serve: 'bench/pinpad/echo.ts', args: (device) => [device] });
    rigs.push(echoRig);
    const padRig = await startPtyRig({ serve: 'src/emulators/pinpad/serve.ts', args: (device) => ['--port', device, '--keys', KEY_FILE, '--typed-ahead', PIN] });
    rigs.push(padRig);

    // The bare line: a message as long as the GET ONLINE PIN frame, there and back.
    const message = encodeFrame({ seq: 0, cmd: CMD.getOnlinePin, payload: encodeGetOnlinePin(REQUEST) });
    const echoLine = await openSerialLine(echoRig.terminalPath);
    const echo = echoer(echoLine);

    const bytes = { out: 0, in: 0 };
    const open = counting(openSerialLine, bytes);
    const pad = new SerialPinPad(await connect(padRig.terminalPath, open), open);
    try {
      // The pad must really be enciphering the PIN it was given, under the key of the KSN it sends.
      const first = await pad.getOnlinePin(REQUEST);
      if (first.kind !== 'entered') throw new Error(`get PIN ended ${first.kind}`);
      const clear = tdesDecryptEcb(deriveTdesWorkingKey(TEST_BDK, first.ksn, 'pin'), first.pinBlock);
      if (decodePinBlock(0, clear, PAN) !== PIN) throw new Error('the PIN block does not hold the PIN typed ahead');
      const before = { ...bytes };
      await pad.getOnlinePin(REQUEST);
      const perExchange = bytes.out - before.out + (bytes.in - before.in);
      const [echoMs, pinMs] = await timeInTurn(
        () => echo(message),
        async () => {
          const r = await pad.getOnlinePin(REQUEST);
          if (r.kind !== 'entered') throw new Error(`get PIN ended ${r.kind}`);
        },
        SECONDS,
      );
      report(
        [
          { name: `bare echo (${message.length} B each way)`, bytes: message.length * 2, wallMs: echoMs },
          { name: 'GET ONLINE PIN (iso0, TDES DUKPT)', bytes: perExchange, wallMs: pinMs },
        ],
        perExchange,
      );
    } finally {
      await pad.close();
      await echoLine.close();
    }
    return 0;
  } catch (error) {
    process.stderr.write(`bench/pinpad: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    for (const rig of rigs) await rig.stop();
  }
}

function report(rows: readonly Row[], perExchange: number): void {
  const keys = JSON.parse(readFileSync(KEY_FILE, 'utf8')) as { slots: { slot: number; algorithm: string }[] };
  const slot = keys.slots.find((s) => s.slot === REQUEST.keySlot);
  const lines = [
    `line: socat pty pairs, serialport on both ends, Node processes; ${SECONDS}s of echo and get-PIN in turn after ${SECONDS / 4}s warm-up`,
    `pad: src/emulators/pinpad/serve.ts, slot ${REQUEST.keySlot} (${slot?.algorithm ?? '?'}), PIN typed ahead; ${perExchange} bytes on the line per get-PIN`,
    '',
    `${'exchange'.padEnd(36)}${'bytes'.padStart(7)}${'median ms'.padStart(11)}${'p95 ms'.padStart(9)}${'runs'.padStart(8)}`,
  ];
  for (const r of rows) {
    lines.push(`${r.name.padEnd(36)}${String(r.bytes).padStart(7)}${median(r.wallMs).toFixed(3).padStart(11)}${percentile(r.wallMs, 0.95).toFixed(3).padStart(9)}${String(r.wallMs.length).padStart(8)}`);
  }
  const [echo, pin] = rows as [Row, Row];
  lines.push('', `protocol overhead: get-PIN median / echo median = ${(median(pin.wallMs) / median(echo.wallMs)).toFixed(2)}x`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

process.exitCode = await main();
