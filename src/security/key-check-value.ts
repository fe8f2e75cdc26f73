// Key check values, ANSI X9.24-1:2017 §7.7.2: for DES-family keys the leftmost 3 bytes of the
// key's encryption of a zero block (the legacy KCV); for AES keys the leftmost 5 bytes of
// AES-CMAC over a zero block (Annex A.3, as X9.24-3 and TR-31 use it), because ECB of zeros under
// AES would expose a known plaintext/ciphertext pair.
import { aesCmac } from './cmac.js';
import { desEncryptEcb } from './des.js';
import { DES_BLOCK, tdesEncryptEcb } from './tdes.js';
import { AES_BLOCK } from './aes.js';

const TDES_KCV_LENGTH = 3;
const AES_KCV_LENGTH = 5;

/** KCV of a single (8-byte), double (16) or triple (24) length DES key. */
export function tdesKeyCheckValue(key: Uint8Array): Uint8Array {
  const zeros = new Uint8Array(DES_BLOCK);
  const block = key.length === 8 ? desEncryptEcb(key, zeros) : tdesEncryptEcb(key, zeros);
  return block.slice(0, TDES_KCV_LENGTH);
}

export function aesKeyCheckValue(key: Uint8Array): Uint8Array {
  return aesCmac(key, new Uint8Array(AES_BLOCK)).slice(0, AES_KCV_LENGTH);
}
