// Secure messaging for issuer script commands, EMV Book 2 §9.2-9.3. Integrity: format 1
// (§9.2.1, the MAC as the last 8 bytes of the command data), the MAC as Annex A1.2 (ISO/IEC
// 9797-1 MAC algorithm 3, padding method 2) over
//   CLA || INS || P1 || P2 || Lc || ATC || ARQC || data
// where Lc counts the MAC; covering the ATC and ARQC binds a script to one transaction, so it
// cannot be replayed (§9.2.1). Confidentiality (§9.3, for a new PIN): the data enciphered by TDES
// in CBC mode with a zero IV after padding method 2, always applied (the Common Core
// Definitions' choice, pyemv's EncryptionType.EMV). Each has its session key: the card's
// master key for secure messaging integrity (MK-SMI) or confidentiality (MK-SMC), Option A from
// the issuer's IMK-SMI or IMK-SMC, then the common session key derivation over R = the ARQC of
// this transaction (§9.2.3, Annex A1.3.1). The issuer that writes a script and the card that
// checks it both call this module.
import { timingSafeEqual } from 'node:crypto';
import { concatBytes } from '../bytes/hex.js';
import { deriveIccMasterKeyOptionA } from './icc-master-key.js';
import { macAlgorithm3, padIso9797 } from './mac.js';
import { DES_BLOCK, tdesDecryptCbc, tdesEncryptCbc } from './tdes.js';
import { deriveCommonSessionKey } from './session-key.js';
import { requireLength } from './input-checks.js';

const SCRIPT_MAC_LENGTH = 8;

/** What a script MAC is bound to: the SMI session key and the transaction's first GENERATE AC. */
export interface ScriptMacContext {
  readonly smiSessionKey: Uint8Array;
  readonly atc: Uint8Array;
  readonly arqc: Uint8Array;
}

/** SK-SMI from IMK-SMI, or SK-SMC from IMK-SMC: the card's master key (Option A from the
 *  issuer's key, PAN and PSN) diversified by the ARQC. */
export function deriveScriptSessionKey(issuerKey: Uint8Array, card: { readonly pan: string; readonly panSequenceNumber: string }, arqc: Uint8Array): Uint8Array {
  requireLength('arqc', arqc, 8);
  return deriveCommonSessionKey(deriveIccMasterKeyOptionA(issuerKey, card.pan, card.panSequenceNumber), arqc);
}

/** Confidential command data (e.g. a new PIN's block) under SK-SMC. */
export function encipherScriptData(smcSessionKey: Uint8Array, plain: Uint8Array): Uint8Array {
  return tdesEncryptCbc(smcSessionKey, padIso9797(plain, 'method-2'));
}

/** The card's side: the plain data, or undefined when the data is not whole blocks or its
 *  padding is not method 2's (another key, or damaged on the way). */
export function decipherScriptData(smcSessionKey: Uint8Array, data: Uint8Array): Uint8Array | undefined {
  if (data.length === 0 || data.length % DES_BLOCK !== 0) return undefined;
  const padded = tdesDecryptCbc(smcSessionKey, data);
  const end = padded.lastIndexOf(0x80);
  if (end < padded.length - DES_BLOCK || padded.subarray(end + 1).some((b) => b !== 0)) return undefined;
  return padded.subarray(0, end);
}

/** The MAC of a script command with this 4-byte header and plain data. */
export function scriptMac(context: ScriptMacContext, header: Uint8Array, plainData: Uint8Array): Uint8Array {
  requireLength('command header', header, 4);
  const lc = plainData.length + SCRIPT_MAC_LENGTH;
  return macAlgorithm3(context.smiSessionKey, concatBytes(header, Uint8Array.of(lc), context.atc, context.arqc, plainData), 'method-2', SCRIPT_MAC_LENGTH);
}

/** The whole C-APDU an issuer sends in tag 86. */
export function securedScriptCommand(context: ScriptMacContext, header: Uint8Array, plainData: Uint8Array): Uint8Array {
  const mac = scriptMac(context, header, plainData);
  return concatBytes(header, Uint8Array.of(plainData.length + SCRIPT_MAC_LENGTH), plainData, mac);
}

/** The card's check of a secured command's data (plain data || MAC), in constant time: the
 *  plain data when the MAC verifies, undefined when it does not. */
export function openSecuredCommand(context: ScriptMacContext, header: Uint8Array, data: Uint8Array): Uint8Array | undefined {
  if (data.length < SCRIPT_MAC_LENGTH) return undefined;
  const plain = data.subarray(0, data.length - SCRIPT_MAC_LENGTH);
  const expected = scriptMac(context, header, plain);
  return timingSafeEqual(expected, data.subarray(data.length - SCRIPT_MAC_LENGTH)) ? plain : undefined;
}
