// Secure messaging for integrity of issuer script commands, EMV Book 2 §9.2.1 (format 1, the
// MAC as the last 8 bytes of the plain command data) with the MAC computed as Book 2 Annex
// A1.2 (ISO/IEC 9797-1 MAC algorithm 3, padding method 2) over
//   CLA || INS || P1 || P2 || Lc || ATC || ARQC || plain data
// where Lc counts the MAC, and ATC and ARQC are those of this transaction's first GENERATE AC
// (Book 2 §9.2.1 recommends covering the ARQC so a script cannot be replayed). The generic CVN
// (cryptogram.ts) uses the AC session key for the MAC as well, where a scheme's card would
// derive a separate MAC session key from IMK-SMI.
import { concatBytes } from '../../bytes/hex.js';
import { macAlgorithm3 } from '../../security/index.js';

export const SCRIPT_MAC_LENGTH = 8;

export interface ScriptMacContext {
  readonly sessionKey: Uint8Array;
  readonly atc: Uint8Array;
  readonly arqc: Uint8Array;
}

/** The MAC of a script command with this 4-byte header and plain data. */
export function scriptMac(context: ScriptMacContext, header: Uint8Array, plainData: Uint8Array): Uint8Array {
  const lc = plainData.length + SCRIPT_MAC_LENGTH;
  return macAlgorithm3(context.sessionKey, concatBytes(header, Uint8Array.of(lc), context.atc, context.arqc, plainData), 'method-2', SCRIPT_MAC_LENGTH);
}

/** The whole C-APDU an issuer sends in tag 86. */
export function securedScriptCommand(context: ScriptMacContext, header: Uint8Array, plainData: Uint8Array): Uint8Array {
  const mac = scriptMac(context, header, plainData);
  return concatBytes(header, Uint8Array.of(plainData.length + SCRIPT_MAC_LENGTH), plainData, mac);
}
