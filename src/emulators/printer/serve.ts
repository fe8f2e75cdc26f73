// The virtual receipt printer as its own process, on TCP or on one end of a socat pty pair:
//   tsx src/emulators/printer/serve.ts [--port 9100 | --pty PATH] [--host 127.0.0.1] [--out DIR]
// Each receipt (at each cut, or torn off when the power goes) is rendered to DIR/receipt-N.png
// and announced on stdout as a JSON line; parse errors are announced with their code. Stdin
// takes one command a line: `paper ok|low|out`, `cover open|closed`, `error none|cutter|
// unrecoverable|auto-recoverable`, `noise HEX` (raw bytes to the host, unasked).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fromHex } from '../../bytes/hex.js';
import { onCommand, openEmulatorPort, runEmulator, say } from '../serial/emulator-process.js';
import { renderReceipt } from './render.js';
import { VirtualPrinter } from './virtual-printer.js';

const BAUD_RATE = 115_200;
const ERRORS = ['none', 'cutter', 'unrecoverable', 'auto-recoverable'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, pty: { type: 'string' }, host: { type: 'string' }, out: { type: 'string' } } });
  const port = values.port === undefined ? 9100 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535 || (values.pty !== undefined && values.port !== undefined)) {
    process.stderr.write('usage: serve.ts [--port <tcp port, 0 for any> | --pty <pty path>] [--host <address>] [--out <dir>]\n');
    process.exit(2);
  }
  const out = resolve(values.out ?? 'receipts');
  mkdirSync(out, { recursive: true });
  const printer = new VirtualPrinter();
  printer.on((event) => {
    if (event.kind === 'parse-error') say({ event: 'parse-error', code: event.error.code, ...event.error.context });
    if (event.kind !== 'receipt') return;
    const file = join(out, `receipt-${printer.receipts.length}.png`);
    writeFileSync(file, renderReceipt(event.receipt).png);
    say({ event: 'receipt', file, torn: event.receipt.torn, elements: event.receipt.elements.map((e) => e.kind) });
  });
  let noise: (bytes: Uint8Array) => void;
  if (values.pty !== undefined) {
    const line = await openEmulatorPort(values.pty, BAUD_RATE);
    const session = printer.session((bytes) => line.write(bytes));
    line.onData((chunk) => session.push(chunk));
    noise = (bytes) => line.write(bytes);
    say({ event: 'ready', pty: values.pty, out });
  } else {
    const bound = await printer.listen(port, values.host ?? '127.0.0.1');
    noise = (bytes) => printer.sendUnasked(bytes);
    say({ event: 'ready', port: bound, out });
  }
  onCommand((line) => {
    const [verb, arg = ''] = line.split(/\s+/, 2);
    if (verb === 'paper' && (arg === 'ok' || arg === 'low' || arg === 'out')) printer.setPaper(arg);
    else if (verb === 'cover' && (arg === 'open' || arg === 'closed')) printer.setCover(arg);
    else if (verb === 'error' && (ERRORS as readonly string[]).includes(arg)) printer.setError(arg as (typeof ERRORS)[number]);
    else if (verb === 'noise' && /^([0-9a-fA-F]{2})+$/.test(arg)) noise(fromHex(arg));
    else return say({ event: 'command-ignored' });
    say({ event: 'done', command: line });
  });
}

runEmulator(main);
