// Key check values, ANSI X9.24-1: for DES-family keys the leftmost 3 bytes of the key's
// encryption of a zero block; for AES keys the leftmost 3 bytes of AES-CMAC over a zero block
// (X9.24-1:2017, because ECB of zeros under AES would expose a known plaintext/ciphertext pair).
import { aesCmac } from './cmac.js';
import { desEncryptEcb } from './des.js';
import { DES_BLOCK, tdesEncryptEcb } from './tdes.js';
import { AES_BLOCK } from './aes.js';

const KCV_LENGTH = 3;

/** KCV of a single (8-byte), double (16) or triple (24) length DES key. */
export function tdesKeyCheckValue(key: Uint8Array): Uint8Array {
  const zeros = new Uint8Array(DES_BLOCK);
  const block = key.length === 8 ? desEncryptEcb(key, zeros) : tdesEncryptEcb(key, zeros);
  return block.slice(0, KCV_LENGTH);
}

export function aesKeyCheckValue(key: Uint8Array): Uint8Array {
  return aesCmac(key, new Uint8Array(AES_BLOCK)).slice(0, KCV_LENGTH);
}
