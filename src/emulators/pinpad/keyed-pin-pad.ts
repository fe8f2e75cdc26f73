// A PIN pad whose cardholder has already typed the PIN (pos txn --pin, the kernel's tests):
// it verifies offline PIN against the card itself, as a secure pad does, and returns online
// PIN as an ISO 9564 format 0 block under a TEST PIN encryption key. The real serial PIN pad
// and its emulator with DUKPT arrive with issue 5; this stand-in keeps the same port.
import { randomBytes } from 'node:crypto';
import { exchange, verifyCommand, type CardTransport } from '../../emv/apdu/index.js';
import { offlinePinResultFromSw, type OfflinePinRequest, type OfflinePinResult, type OnlinePinResult, type PinPadPort } from '../../emv/cvm/index.js';
import { encipherOfflinePin, pinBlockFormat0, pinBlockFormat2, tdesEncryptEcb } from '../../security/index.js';
import { fromHex } from '../../bytes/hex.js';

/** TEST PIN encryption key (double-length TDES); never a production key. */
export const TEST_PEK = fromHex('0123456789ABCDEFFEDCBA9876543210');
/** Stands where a DUKPT pad would put its KSN; a fixed key has none. */
const NO_KSN = new Uint8Array(10);

/** With no PIN the cardholder presses bypass at every prompt. */
export function keyedPinPad(pin: string | undefined): PinPadPort {
  return {
    async verifyOfflinePin(request: OfflinePinRequest, card: CardTransport): Promise<OfflinePinResult> {
      if (pin === undefined) return { kind: 'bypassed' };
      const block = pinBlockFormat2(pin);
      const command =
        request.mode === 'plaintext'
          ? verifyCommand(block, 'plaintext')
          : verifyCommand(encipherOfflinePin(block, request.challenge, request.key, (n) => Uint8Array.from(randomBytes(n))), 'enciphered');
      return offlinePinResultFromSw((await exchange(card, command)).sw);
    },
    async getOnlinePin({ pan }): Promise<OnlinePinResult> {
      if (pin === undefined) return { kind: 'bypassed' };
      return { kind: 'entered', pinBlock: tdesEncryptEcb(TEST_PEK, pinBlockFormat0(pin, pan)), ksn: NO_KSN };
    },
  };
}
