// The crash test's wire between the terminal process and its receiver: length-prefixed frames.
// Terminal to receiver: u16 id length, id, payload. Receiver to terminal: the id it now has.
// What a message is, on this wire, does not matter to the outbox; the real channel is gRPC.

export function frame(body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

export function messageFrame(id: string, payload: Uint8Array): Buffer {
  const idBytes = Buffer.from(id, 'ascii');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(idBytes.length);
  return frame(Buffer.concat([len, idBytes, payload]));
}

export function parseMessage(body: Buffer): { id: string; payload: Buffer } {
  const n = body.readUInt16BE(0);
  return { id: body.subarray(2, 2 + n).toString('ascii'), payload: body.subarray(2 + n) };
}

/** Splits a byte stream into frame bodies, keeping a partial frame for the next chunk. */
export class FrameReader {
  private buffered = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    const out: Buffer[] = [];
    while (this.buffered.length >= 4) {
      const n = this.buffered.readUInt32BE(0);
      if (this.buffered.length < 4 + n) break;
      out.push(this.buffered.subarray(4, 4 + n));
      this.buffered = this.buffered.subarray(4 + n);
    }
    return out;
  }
}

/** The upload for transaction n: its amount in minor units (u64) and some body, always the same
 *  bytes for the same n, so an enqueue repeated after a crash is the same message. */
export function uploadPayload(n: number): Uint8Array {
  const p = Buffer.alloc(96, n & 0xff);
  p.writeBigUInt64BE(amountOf(n), 0);
  p.writeUInt32BE(n, 8);
  return p;
}

export const amountOf = (n: number): bigint => BigInt((n * 7919) % 100_000 + 1);

export const uploadId = (n: number): string => `txn-${n}`;
