// A CardTransport that replays a scripted session: each C-APDU must be the one expected next,
// and is answered with the recorded R-APDU. Test support only.
import { fromHex, toHex } from '../../../src/bytes/hex.js';
import type { CardTransport } from '../../../src/emv/apdu/index.js';

export type Step = readonly [capdu: string, rapdu: string];

export class ScriptedTransport implements CardTransport {
  private next = 0;
  readonly sent: string[] = [];

  constructor(private readonly steps: readonly Step[]) {}

  async transmit(capdu: Uint8Array): Promise<Uint8Array> {
    const got = toHex(capdu);
    this.sent.push(got);
    const step = this.steps[this.next++];
    if (step === undefined) throw new Error(`unexpected C-APDU ${got} after the script ended`);
    const want = step[0].replace(/\s+/g, '').toUpperCase();
    if (got !== want) throw new Error(`C-APDU ${this.next}: sent ${got}, script expects ${want}`);
    return fromHex(step[1]);
  }

  /** True when every scripted exchange took place. */
  get finished(): boolean {
    return this.next === this.steps.length;
  }
}
