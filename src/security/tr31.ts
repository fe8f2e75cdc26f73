// TR-31 (ASC X9 TR 31-2018) key block unwrap, key derivation binding methods only: version B
// (TDES KBPK) and version D (AES KBPK). The encryption key (KBEK) and MAC key
// (KBMK) come from the KBPK by CMAC in counter mode (NIST SP 800-108); the key data is CBC under
// the KBEK with the MAC as IV, and the MAC is the CMAC under the KBMK of the header || the clear
// payload (2-byte key length in bits || key || padding). Variant-binding versions A and C are not
// accepted: a key arriving that way should be re-wrapped by the sender.
import { timingSafeEqual } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { concatBytes, fromHex } from '../bytes/hex.js';
import { aesDecryptCbc } from './aes.js';
import { aesCmac, tdesCmac } from './cmac.js';
import { tdesDecryptCbc } from './tdes.js';
import { requireKeyLength } from './input-checks.js';

const HEADER_LENGTH = 16;

export interface Tr31OptionalBlock {
  id: string;
  data: string;
}

export interface Tr31KeyBlock {
  version: 'B' | 'D';
  keyUsage: string;
  algorithm: string;
  modeOfUse: string;
  keyVersion: string;
  exportability: string;
  optionalBlocks: Tr31OptionalBlock[];
  key: Uint8Array;
}

interface VersionRules {
  kbpkLengths: number[];
  macLength: number;
  blockSize: number;
  cmac: (key: Uint8Array, data: Uint8Array) => Uint8Array;
  decrypt: (key: Uint8Array, data: Uint8Array, iv: Uint8Array) => Uint8Array;
  /** Algorithm indicator of the derivation data for the KBPK's length in bytes. */
  algorithm: (length: number) => number;
}

const VERSIONS: Record<'B' | 'D', VersionRules> = {
  B: { kbpkLengths: [16, 24], macLength: 8, blockSize: 8, cmac: tdesCmac, decrypt: tdesDecryptCbc, algorithm: (n) => (n === 16 ? 0x0000 : 0x0001) },
  D: { kbpkLengths: [16, 24, 32], macLength: 16, blockSize: 16, cmac: aesCmac, decrypt: aesDecryptCbc, algorithm: (n) => 0x0002 + (n - 16) / 8 },
};

/** Opens a key block under the KBPK: checks its structure, derives KBEK and KBMK, decrypts and
 *  verifies the MAC before anything of the key is returned. Errors name fields, never key bytes. */
export function unwrapTr31KeyBlock(kbpk: Uint8Array, keyBlock: string): Tr31KeyBlock {
  const version = keyBlock[0];
  if (version !== 'B' && version !== 'D') throw new PosError('E-CRYPTO-0013', { version: version ?? '' });
  const rules = VERSIONS[version];
  requireKeyLength(kbpk, rules.kbpkLengths, `tr31-${version}`);
  if (!/^[0-9]{4}$/.test(keyBlock.slice(1, 5)) || Number(keyBlock.slice(1, 5)) !== keyBlock.length) throw malformed('length');
  const { optionalBlocks, headerEnd } = readOptionalBlocks(keyBlock);
  const header = keyBlock.slice(0, headerEnd);
  const macHex = keyBlock.slice(-rules.macLength * 2);
  const encryptedHex = keyBlock.slice(headerEnd, keyBlock.length - macHex.length);
  if (!/^[0-9A-F]*$/.test(encryptedHex + macHex) || encryptedHex.length === 0 || (encryptedHex.length / 2) % rules.blockSize !== 0) throw malformed('encrypted key');
  if (header.length % rules.blockSize !== 0) throw malformed('header padding');

  const kbek = deriveBindingKey(rules, kbpk, 0x0000);
  const kbmk = deriveBindingKey(rules, kbpk, 0x0001);
  const mac = fromHex(macHex);
  const payload = rules.decrypt(kbek, fromHex(encryptedHex), mac);
  const expected = rules.cmac(kbmk, concatBytes(new TextEncoder().encode(header), payload)).subarray(0, rules.macLength);
  if (!timingSafeEqual(expected, mac)) throw new PosError('E-CRYPTO-0012', { version });

  const bits = (payload[0]! << 8) | payload[1]!;
  if (bits === 0 || bits % 8 !== 0 || bits / 8 > payload.length - 2) throw malformed('key length');
  return {
    version,
    keyUsage: keyBlock.slice(5, 7),
    algorithm: keyBlock[7]!,
    modeOfUse: keyBlock[8]!,
    keyVersion: keyBlock.slice(9, 11),
    exportability: keyBlock[11]!,
    optionalBlocks,
    key: payload.slice(2, 2 + bits / 8),
  };
}

/** TR-31 key derivation binding: derivation data: counter || usage (0000 KBEK, 0001 KBMK) || 00 ||
 *  algorithm || length of the derived key in bits, one CMAC per block of key needed. */
function deriveBindingKey(rules: VersionRules, kbpk: Uint8Array, usage: number): Uint8Array {
  const bits = kbpk.length * 8;
  const parts: Uint8Array[] = [];
  for (let counter = 1; parts.length * rules.blockSize < kbpk.length; counter++) {
    const data = new Uint8Array(8);
    const view = new DataView(data.buffer);
    data[0] = counter;
    view.setUint16(1, usage);
    view.setUint16(4, rules.algorithm(kbpk.length));
    view.setUint16(6, bits);
    parts.push(rules.cmac(kbpk, data));
  }
  return concatBytes(...parts).slice(0, kbpk.length);
}

function readOptionalBlocks(keyBlock: string): { optionalBlocks: Tr31OptionalBlock[]; headerEnd: number } {
  const count = keyBlock.slice(12, 14);
  if (!/^[0-9]{2}$/.test(count)) throw malformed('optional block count');
  const optionalBlocks: Tr31OptionalBlock[] = [];
  let at = HEADER_LENGTH;
  for (let i = 0; i < Number(count); i++) {
    const id = keyBlock.slice(at, at + 2);
    const lengthField = keyBlock.slice(at + 2, at + 4);
    if (!/^[0-9A-F]{2}$/.test(lengthField) || lengthField === '00') throw malformed('optional block length');
    const length = parseInt(lengthField, 16);
    if (length < 4 || at + length > keyBlock.length) throw malformed('optional block length');
    optionalBlocks.push({ id, data: keyBlock.slice(at + 4, at + length) });
    at += length;
  }
  return { optionalBlocks, headerEnd: at };
}

function malformed(field: string): PosError {
  return new PosError('E-CRYPTO-0011', { field });
}
