// vsmartcard vpcd/vpicc framing (virtualsmartcard/src/vpcd/vpcd.c, sendToVICC/recvFromVICC):
// every message is a 2-byte big-endian length then that many bytes. A 1-byte message from
// vpcd is a control code; anything longer is a C-APDU. TCP may split or join messages, so
// the decoder buffers until whole frames are in.

export const VPCD_CONTROL = { powerOff: 0x00, powerOn: 0x01, reset: 0x02, getAtr: 0x04 } as const;

export const MAX_PAYLOAD = 0xffff;

export function encodeFrame(payload: Uint8Array): Uint8Array {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD) {
    // vpcd treats a zero-length answer as a dead card (recvFromVICC returns 0 → eject).
    throw new RangeError(`vpcd payload length ${payload.length} outside 1..${MAX_PAYLOAD}`);
  }
  const frame = new Uint8Array(2 + payload.length);
  frame[0] = payload.length >> 8;
  frame[1] = payload.length & 0xff;
  frame.set(payload, 2);
  return frame;
}

/** Accumulates socket chunks and hands back complete payloads in order. */
export class FrameDecoder {
  private buffer = new Uint8Array(0);

  push(chunk: Uint8Array): Uint8Array[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.length);
    const frames: Uint8Array[] = [];
    let at = 0;
    while (joined.length - at >= 2) {
      const len = (joined[at]! << 8) | joined[at + 1]!;
      if (joined.length - at - 2 < len) break;
      frames.push(joined.slice(at + 2, at + 2 + len));
      at += 2 + len;
    }
    this.buffer = joined.slice(at);
    return frames;
  }

  /** Bytes of a frame not yet complete; non-zero when the peer closes mid-frame. */
  get pendingBytes(): number {
    return this.buffer.length;
  }
}
