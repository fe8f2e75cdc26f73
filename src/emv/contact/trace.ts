// The step-by-step trace of a transaction (Book 4 §6.3.8's completion hands on what happened,
// not only the result): each APDU with the kernel step that sent it, the command's name and
// header, the status word and the response data described through the dictionary, which masks
// the PAN and withholds track and discretionary data. Command data is never kept: VERIFY
// carries the PIN block. Opt-in (`KernelEnvironment.trace`), since describing costs time a
// tap does not have.
import { toHex } from '../../bytes/hex.js';
import { commandName, describeSw, type CardTransport } from '../apdu/index.js';
import { describeTlv, type DescribedTlv } from '../dictionary/index.js';
import { decodeTlvLenient } from '../tlv/index.js';

export interface TraceEntry {
  readonly step: string;
  readonly command: string;
  /** CLA INS P1 P2, hex. */
  readonly header: string;
  /** Length of the command data (never the data). */
  readonly commandLength: number;
  readonly sw: string;
  readonly status: string;
  /** The response data described, card data masked; its length alone when it is not TLV. */
  readonly response: readonly DescribedTlv[] | { readonly length: number };
}

/** Responses that are not BER-TLV: GET CHALLENGE's random number. */
const NOT_TLV: ReadonlySet<number> = new Set([0x84]);

export class TracingTransport implements CardTransport {
  private readonly entries: (Omit<TraceEntry, 'step'> & { step: string })[] = [];

  constructor(private readonly inner: CardTransport) {}

  async transmit(capdu: Uint8Array): Promise<Uint8Array> {
    const rapdu = await this.inner.transmit(capdu);
    const data = rapdu.subarray(0, Math.max(0, rapdu.length - 2));
    const sw = rapdu.length >= 2 ? (rapdu[rapdu.length - 2]! << 8) | rapdu[rapdu.length - 1]! : 0;
    this.entries.push({
      step: '',
      command: commandName(capdu[1] ?? 0),
      header: toHex(capdu.subarray(0, 4)),
      commandLength: capdu.length > 5 ? capdu[4]! : 0,
      sw: sw.toString(16).toUpperCase().padStart(4, '0'),
      status: describeSw(sw),
      response: describeResponse(capdu[1] ?? 0, data),
    });
    return rapdu;
  }

  /** Names the step that sent the APDUs exchanged since the last call. */
  label(step: string): void {
    for (const e of this.entries) if (e.step === '') e.step = step;
  }

  trace(): readonly TraceEntry[] {
    return this.entries;
  }
}

function describeResponse(ins: number, data: Uint8Array): TraceEntry['response'] {
  if (data.length === 0 || NOT_TLV.has(ins)) return { length: data.length };
  const decoded = decodeTlvLenient(data);
  return decoded.problems.length > 0 ? { length: data.length } : describeTlv(decoded.nodes);
}
