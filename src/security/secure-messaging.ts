// Secure messaging for integrity of issuer script commands, EMV Book 2 §9.2: format 1 (§9.2.1,
// the MAC as the last 8 bytes of the plain command data), the MAC session key from the card's
// secure-messaging integrity master key (MK-SMI, Option A from the issuer's IMK-SMI) by the
// common session key derivation over R = the ARQC of this transaction (§9.2.3, Annex A1.3.1),
// and the MAC as Annex A1.2 (ISO/IEC 9797-1 MAC algorithm 3, padding method 2) over
//   CLA || INS || P1 || P2 || Lc || ATC || ARQC || plain data
// where Lc counts the MAC. Covering the ATC and ARQC binds a script to one transaction, so it
// cannot be replayed (§9.2.1). The issuer that writes a script and the card that checks it
// both call this module.
import { timingSafeEqual } from 'node:crypto';
import { concatBytes } from '../bytes/hex.js';
import { deriveIccMasterKeyOptionA } from './icc-master-key.js';
import { macAlgorithm3 } from './mac.js';
import { deriveCommonSessionKey } from './session-key.js';
import { requireLength } from './input-checks.js';

const SCRIPT_MAC_LENGTH = 8;

/** What a script MAC is bound to: the SMI session key and the transaction's first GENERATE AC. */
export interface ScriptMacContext {
  readonly smiSessionKey: Uint8Array;
  readonly atc: Uint8Array;
  readonly arqc: Uint8Array;
}

/** SK-SMI: the card's MK-SMI (Option A from IMK-SMI, PAN and PSN) diversified by the ARQC. */
export function deriveSmiSessionKey(issuerSmiKey: Uint8Array, card: { readonly pan: string; readonly panSequenceNumber: string }, arqc: Uint8Array): Uint8Array {
  requireLength('arqc', arqc, 8);
  return deriveCommonSessionKey(deriveIccMasterKeyOptionA(issuerSmiKey, card.pan, card.panSequenceNumber), arqc);
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
