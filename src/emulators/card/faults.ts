// Fault injection around any VirtualIcc, for the terminal's error paths: a card pulled out
// mid-transaction (a torn transaction), a slow card, damaged responses and refusing status
// words. APDUs are counted from 1, over the card's whole life (resets do not restart the count).
import type { IccReply, VirtualIcc } from '../icc.js';

export type Fault =
  /** The card leaves the field instead of answering APDU `atApdu`, losing its volatile state
   *  as a power loss would, and is presented again at once for what follows. */
  | { readonly kind: 'removal'; readonly atApdu: number }
  /** Every APDU is answered `ms` later, through the injected clock. */
  | { readonly kind: 'latency'; readonly ms: number }
  /** The answer to APDU `atApdu` keeps its status word but its data is damaged: 'truncated'
   *  cuts the data in half, 'wrong-length' adds one to the first TLV's length byte. */
  | { readonly kind: 'malformed-response'; readonly atApdu: number; readonly damage: 'truncated' | 'wrong-length' }
  /** The card answers only `sw`, without executing the command, at one APDU or for one INS. */
  | { readonly kind: 'status-word'; readonly sw: number; readonly when: { readonly apdu: number } | { readonly ins: number } };

export interface Clock {
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export class FaultyCard implements VirtualIcc {
  private count = 0;

  constructor(
    private readonly card: VirtualIcc,
    private readonly faults: readonly Fault[],
    private readonly clock: Clock,
  ) {}

  atr(): Uint8Array {
    return this.card.atr();
  }

  reset(): void {
    this.card.reset();
  }

  powerOff(): void {
    this.card.powerOff();
  }

  async transmit(capdu: Uint8Array): Promise<IccReply> {
    const n = ++this.count;
    for (const f of this.faults) if (f.kind === 'latency') await this.clock.sleep(f.ms);
    if (this.faults.some((f) => f.kind === 'removal' && f.atApdu === n)) {
      this.card.powerOff();
      return { kind: 'removed' };
    }
    const forced = this.faults.find((f) => f.kind === 'status-word' && ('apdu' in f.when ? f.when.apdu === n : f.when.ins === capdu[1]));
    if (forced?.kind === 'status-word') return { kind: 'response', rapdu: Uint8Array.of(forced.sw >> 8, forced.sw & 0xff) };
    const reply = await this.card.transmit(capdu);
    const damage = this.faults.find((f) => f.kind === 'malformed-response' && f.atApdu === n);
    if (reply.kind === 'removed' || damage?.kind !== 'malformed-response') return reply;
    return { kind: 'response', rapdu: damaged(reply.rapdu, damage.damage) };
  }
}

function damaged(rapdu: Uint8Array, damage: 'truncated' | 'wrong-length'): Uint8Array {
  const dataLength = rapdu.length - 2;
  const sw = rapdu.subarray(dataLength);
  if (damage === 'truncated') {
    const out = new Uint8Array(Math.floor(dataLength / 2) + 2);
    out.set(rapdu.subarray(0, Math.floor(dataLength / 2)), 0);
    out.set(sw, out.length - 2);
    return out;
  }
  const out = Uint8Array.from(rapdu);
  const at = firstLengthByte(out, dataLength);
  if (at !== null) out[at] = (out[at]! + 1) & 0xff;
  return out;
}

/** Where the first TLV's length is (the byte after 81 for a long form), by Annex B's tag rules. */
function firstLengthByte(bytes: Uint8Array, end: number): number | null {
  let at = 0;
  if (end === 0) return null;
  if ((bytes[at++]! & 0x1f) === 0x1f) while (at < end && (bytes[at++]! & 0x80) !== 0);
  if (at >= end) return null;
  return bytes[at] === 0x81 && at + 1 < end ? at + 1 : at;
}
