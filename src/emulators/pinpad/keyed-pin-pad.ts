// A PIN pad whose cardholder has already typed the PIN (pos txn --pin, the kernel's tests):
// it verifies offline PIN against the card itself, as a secure pad does, and returns online
// PIN as the serial pad emulator does by default — an ISO 9564 format 0 block under the next
// DUKPT key of dev-keys.json's slot 1 (the ANSI X9.24-1 TEST initial key), with its KSN — so an
// issuer holding the test BDK deciphers it (src/security/online-pin.ts).
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { exchange, verifyCommand, type CardTransport } from '../../emv/apdu/index.js';
import { offlinePinResultFromSw, type OfflinePinRequest, type OfflinePinResult, type OnlinePinResult, type PinPadPort } from '../../emv/cvm/index.js';
import { encipherOfflinePin, pinBlockFormat0, pinBlockFormat2, tdesEncryptEcb } from '../../security/index.js';
import { readKeyFile } from './key-file.js';
import type { KeyStore } from './key-store.js';

const DEV_KEYS = fileURLToPath(new URL('./dev-keys.json', import.meta.url));
const TDES_SLOT = 1;
/** The block format of every online PIN this pad gives. */
export const KEYED_PAD_FORMAT = 'iso0';

/** One key store for the process, read once: like one physical pad, its KSN counter goes on
 *  from transaction to transaction (and the kernel's bench reads no file per run). */
let devKeys: KeyStore | undefined;

/** With no PIN the cardholder presses bypass at every prompt. */
export function keyedPinPad(pin: string | undefined): PinPadPort {
  const keys = (devKeys ??= readKeyFile(DEV_KEYS).keys);
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
      const next = keys.nextPinKey(TDES_SLOT);
      if (next === null) return { kind: 'pad-unavailable' };
      return { kind: 'entered', pinBlock: tdesEncryptEcb(next.key, pinBlockFormat0(pin, pan)), ksn: next.ksn };
    },
  };
}
