// The host's side of an online PIN (ISO 9564-1 with DUKPT): the PIN pad enciphered the block
// under the DUKPT PIN key of its KSN (the pad holds only the initial key); the host derives the
// same key from the Base Derivation Key and the KSN — ANSI X9.24-1:2009 Annex A (TDES, PIN
// variant) for a format 0 block, X9.24-3:2017 (AES, PIN encryption key of the BDK's length) for
// format 4 — then deciphers and decodes the block with the PAN. Errors name lengths and checks,
// never a digit of the PIN or PAN, nor a key.
import { AES_KSN_LENGTH, deriveAesWorkingKey } from './dukpt-aes.js';
import { TDES_KSN_LENGTH, deriveTdesWorkingKey } from './dukpt-tdes.js';
import { decodePinBlock } from './pin-block.js';
import { decipherPinBlockFormat4 } from './pin-block-format4.js';
import { tdesDecryptEcb } from './tdes.js';
import { requireLength } from './input-checks.js';

export interface EncipheredOnlinePin {
  /** ISO 9564-1 format 0 (8-byte TDES block) or 4 (16-byte AES block). */
  readonly format: 0 | 4;
  readonly pinBlock: Uint8Array;
  readonly ksn: Uint8Array;
}

/** The BDK for each block format a host accepts. */
export interface OnlinePinBdks {
  readonly tdes: Uint8Array;
  readonly aes: Uint8Array;
}

/** The clear PIN; throws E-CRYPTO-0003 (a length), E-CRYPTO-0001 (a key length) or
 *  E-CRYPTO-0007 (a block that does not decode: another key, PAN or a damaged block). */
export function decipherOnlinePin(bdks: OnlinePinBdks, pin: EncipheredOnlinePin, pan: string): string {
  switch (pin.format) {
    case 0: {
      requireLength('ksn', pin.ksn, TDES_KSN_LENGTH);
      requireLength('pin block', pin.pinBlock, 8);
      return decodePinBlock(0, tdesDecryptEcb(deriveTdesWorkingKey(bdks.tdes, pin.ksn, 'pin'), pin.pinBlock), pan);
    }
    case 4:
      requireLength('ksn', pin.ksn, AES_KSN_LENGTH);
      return decipherPinBlockFormat4(deriveAesWorkingKey(bdks.aes, pin.ksn, 'pin-encryption'), pin.pinBlock, pan);
  }
}
