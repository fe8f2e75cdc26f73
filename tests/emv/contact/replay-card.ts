// A card that replays a recorded session (ISO 7816-4 §5.1 command-response pairs, T=0 61xx
// and 6Cxx included as recorded), for driving the whole contact kernel (EMV Book 3 ch. 10)
// against public recordings. The kernel's commands are matched in order by CLA INS P1 P2;
// commands whose data the terminal fills in (GPO's PDOL data, GENERATE AC's CDOL data,
// INTERNAL AUTHENTICATE's DDOL data, VERIFY's PIN block) are matched on header and Lc only,
// the rest byte for byte. A case 3 command recorded without Le matches the same command sent
// with Le 00 (Book 1 §9.3.1: under T=0 both go out as the same TPDU). Test support only.
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import type { CardTransport } from '../../../src/emv/apdu/index.js';

export interface RecordedExchange {
  /** C-APDU, hex (spaces allowed). */
  readonly c: string;
  /** R-APDU, hex, status word included. */
  readonly r: string;
}

/** GET PROCESSING OPTIONS, GENERATE AC, INTERNAL AUTHENTICATE, VERIFY. */
const TERMINAL_DATA_INS = new Set([0xa8, 0xae, 0x88, 0x20]);

interface Command {
  readonly header: string;
  readonly ins: number;
  readonly lc: number;
  readonly data: string;
  readonly le: string | undefined;
}

function parseCommand(hex: string): Command {
  const b = fromHex(hex.replace(/\s+/g, ''));
  if (b.length < 4) throw new Error(`replay: C-APDU shorter than a header: ${toHex(b)}`);
  const header = toHex(b.subarray(0, 4));
  if (b.length === 4) return { header, ins: b[1]!, lc: 0, data: '', le: undefined };
  if (b.length === 5) return { header, ins: b[1]!, lc: 0, data: '', le: toHex(b.subarray(4)) };
  const lc = b[4]!;
  const data = toHex(b.subarray(5, 5 + lc));
  const rest = b.subarray(5 + lc);
  return { header, ins: b[1]!, lc, data, le: rest.length === 0 ? undefined : toHex(rest) };
}

const sameLe = (a: string | undefined, b: string | undefined): boolean => a === b || (a ?? '00') === (b ?? '00');

/** Why `sent` is not `recorded`, or undefined when it matches. */
function mismatch(sent: Command, recorded: Command): string | undefined {
  if (sent.header !== recorded.header) return 'header differs';
  if (sent.lc !== recorded.lc) return 'Lc differs';
  if (TERMINAL_DATA_INS.has(sent.ins)) return undefined;
  if (sent.data !== recorded.data) return 'command data differs';
  return sameLe(sent.le, recorded.le) ? undefined : 'Le differs';
}

/** What a mismatch message shows of a command: terminal-filled data (a PIN block) is not shown. */
function show(c: Command): string {
  const lc = c.lc > 0 ? ` Lc=${c.lc.toString(16).padStart(2, '0').toUpperCase()}` : '';
  const data = TERMINAL_DATA_INS.has(c.ins) ? (c.lc > 0 ? ' <terminal data>' : '') : c.data ? ` ${c.data}` : '';
  return `${c.header}${lc}${data}${c.le !== undefined ? ` Le=${c.le}` : ''}`;
}

export class ReplayMismatchError extends Error {
  constructor(
    readonly index: number,
    readonly sent: string,
    readonly expected: string | undefined,
    reason: string,
  ) {
    super(
      expected === undefined
        ? `replay: APDU ${index}: kernel sent ${sent}, the recording has ended (${reason})`
        : `replay: APDU ${index}: kernel sent ${sent}, the recording expects ${expected} (${reason})`,
    );
    this.name = 'ReplayMismatchError';
  }
}

export class ReplayCard implements CardTransport {
  private next = 0;
  /** The C-APDUs the kernel sent, hex, in order. */
  readonly sent: string[] = [];

  constructor(private readonly exchanges: readonly RecordedExchange[]) {}

  async transmit(capdu: Uint8Array): Promise<Uint8Array> {
    const sent = parseCommand(toHex(capdu));
    this.sent.push(toHex(capdu));
    const index = this.next;
    const exchange = this.exchanges[index];
    if (exchange === undefined) throw new ReplayMismatchError(index, show(sent), undefined, 'no more recorded exchanges');
    const recorded = parseCommand(exchange.c);
    const reason = mismatch(sent, recorded);
    if (reason !== undefined) throw new ReplayMismatchError(index, show(sent), show(recorded), reason);
    this.next++;
    return fromHex(exchange.r.replace(/\s+/g, ''));
  }

  /** Recorded exchanges the kernel has not (yet) asked for. */
  get remaining(): number {
    return this.exchanges.length - this.next;
  }
}
