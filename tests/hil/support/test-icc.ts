// A test-only card: fixed answers, enough to see commands cross pcscd and vpcd. The real EMV
// virtual card lives in src/emulators/card/.
import type { IccReply, VirtualIcc } from '../../../src/emulators/icc.js';

/** TS=3B, T0=02 (two historical bytes, no interface bytes: T=0 by default), "14 50". */
export const TEST_ATR = Uint8Array.of(0x3b, 0x02, 0x14, 0x50);
/** FCI of a SELECT by name answered by the test card: 6F 04 84 02 A0 00 then 90 00. */
export const SELECT_RESPONSE = Uint8Array.of(0x6f, 0x04, 0x84, 0x02, 0xa0, 0x00, 0x90, 0x00);

export class TestIcc implements VirtualIcc {
  /** The next command leaves the field without an answer, as a torn transaction. */
  tearNext = false;
  commands = 0;
  constructor(private readonly atrBytes: Uint8Array = TEST_ATR) {}
  atr(): Uint8Array {
    return this.atrBytes;
  }
  reset(): void {}
  powerOff(): void {}
  async transmit(capdu: Uint8Array): Promise<IccReply> {
    this.commands++;
    if (this.tearNext) {
      this.tearNext = false;
      return { kind: 'removed' };
    }
    if (capdu[1] === 0xa4) return { kind: 'response', rapdu: SELECT_RESPONSE };
    return { kind: 'response', rapdu: Uint8Array.of(0x90, 0x00) };
  }
}
