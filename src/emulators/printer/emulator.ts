// The virtual receipt printer on TCP or on one end of a socat pty pair (serve.ts runs it as its
// own process). Each receipt (at each cut, or torn off when the power goes) is rendered to
// OUT/receipt-N.png and announced as an event; parse errors are announced with their code.
// Commands: `paper ok|low|out`, `cover open|closed`, `error none|cutter|unrecoverable|
// auto-recoverable`, `noise HEX` (raw bytes to the host, unasked).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHex } from '../../bytes/hex.js';
import { emulator, openEmulatorPort } from '../serial/emulator-process.js';
import { renderReceipt } from './render.js';
import { VirtualPrinter } from './virtual-printer.js';

const BAUD_RATE = 115_200;
const ERRORS = ['none', 'cutter', 'unrecoverable', 'auto-recoverable'] as const;

export type PrinterLine = { readonly kind: 'tcp'; readonly port: number; readonly host: string } | { readonly kind: 'pty'; readonly path: string };

export interface PrinterEmulatorOptions {
  /** TCP port 0 binds any free port; the ready event names the one bound. */
  readonly line: PrinterLine;
  /** Where the PNGs go, absolute. */
  readonly out: string;
}

export const printerEmulator = emulator({
  flags: { port: { type: 'string' }, pty: { type: 'string' }, host: { type: 'string' }, out: { type: 'string' } },
  usage: '[--port <tcp port, 0 for any> | --pty <pty path>] [--host <address>] [--out <dir>]',
  options: (values): PrinterEmulatorOptions | null => {
    const port = values.port === undefined ? 9100 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535 || (values.pty !== undefined && values.port !== undefined)) return null;
    const line: PrinterLine = values.pty !== undefined ? { kind: 'pty', path: values.pty } : { kind: 'tcp', port, host: values.host ?? '127.0.0.1' };
    return { line, out: resolve(values.out ?? 'receipts') };
  },
  async start(o, io) {
    mkdirSync(o.out, { recursive: true });
    const printer = new VirtualPrinter();
    printer.on((event) => {
      if (event.kind === 'parse-error') io.say({ event: 'parse-error', code: event.error.code, ...event.error.context });
      if (event.kind !== 'receipt') return;
      const file = join(o.out, `receipt-${printer.receipts.length}.png`);
      writeFileSync(file, renderReceipt(event.receipt).png);
      io.say({ event: 'receipt', file, torn: event.receipt.torn, elements: event.receipt.elements.map((e) => e.kind) });
    });
    let noise: (bytes: Uint8Array) => void;
    let ready: { event: 'ready'; pty: string; out: string } | { event: 'ready'; port: number; out: string };
    if (o.line.kind === 'pty') {
      const line = await openEmulatorPort(o.line.path, BAUD_RATE, io.lineClosed);
      const session = printer.session((bytes) => line.write(bytes));
      line.onData((chunk) => session.push(chunk));
      noise = (bytes) => line.write(bytes);
      ready = { event: 'ready', pty: o.line.path, out: o.out };
    } else {
      const bound = await printer.listen(o.line.port, o.line.host);
      noise = (bytes) => printer.sendUnasked(bytes);
      ready = { event: 'ready', port: bound, out: o.out };
    }
    io.onCommand((line) => {
      const [verb, arg = ''] = line.split(/\s+/, 2);
      if (verb === 'paper' && (arg === 'ok' || arg === 'low' || arg === 'out')) printer.setPaper(arg);
      else if (verb === 'cover' && (arg === 'open' || arg === 'closed')) printer.setCover(arg);
      else if (verb === 'error' && (ERRORS as readonly string[]).includes(arg)) printer.setError(arg as (typeof ERRORS)[number]);
      else if (verb === 'noise' && /^([0-9a-fA-F]{2})+$/.test(arg)) noise(fromHex(arg));
      else return io.say({ event: 'command-ignored' });
      io.say({ event: 'done', command: line });
    });
    return ready;
  },
});
