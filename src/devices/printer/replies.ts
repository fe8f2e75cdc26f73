// What comes back from an ESC/POS printer on this driver's line: one status byte per DLE EOT
// (status.ts has their fixed bits) and process ID responses (0x37 0x22 d1..d4 NUL) for the
// jobs' closing GS ( H. Anything else is garbage: it is reported with E-PRINTER-0007 and the
// reader starts afresh at the next chunk, since there is no framing to resynchronise on.
import { PosError } from '../../errors/index.js';
import { isProcessIdByte, PROCESS_ID_HEADER, PROCESS_ID_IDENTIFIER, PROCESS_ID_RESPONSE_LENGTH } from '../../wire/escpos/process-id.js';
import { isStatusByte } from '../../wire/escpos/status.js';

export type Reply = { readonly kind: 'status'; readonly byte: number } | { readonly kind: 'process-id'; readonly id: string };

export class ReplyReader {
  /** A process ID response split across chunks. */
  private partial: number[] = [];

  /** Replies in this chunk, and E-PRINTER-0007 for the first byte that fits none (the rest of
   *  the chunk is dropped with it). */
  read(chunk: Uint8Array): { readonly replies: Reply[]; readonly garbage: PosError | null } {
    const replies: Reply[] = [];
    const garbage = (offset: number, byte: number) => {
      this.partial = [];
      return { replies, garbage: new PosError('E-PRINTER-0007', { offset, byte }) };
    };
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.partial.length > 0) {
        this.partial.push(b);
        if (!this.fits(this.partial)) return garbage(i, b);
        if (this.partial.length === PROCESS_ID_RESPONSE_LENGTH) {
          replies.push({ kind: 'process-id', id: String.fromCharCode(...this.partial.slice(2, 6)) });
          this.partial = [];
        }
        continue;
      }
      if (b === PROCESS_ID_HEADER) this.partial.push(b);
      else if (isStatusByte(b)) replies.push({ kind: 'status', byte: b });
      else return garbage(i, b);
    }
    return { replies, garbage: null };
  }

  private fits(r: readonly number[]): boolean {
    const i = r.length - 1;
    const b = r[i]!;
    if (i === 1) return b === PROCESS_ID_IDENTIFIER;
    if (i >= 2 && i <= 5) return isProcessIdByte(b);
    return b === 0x00;
  }
}
