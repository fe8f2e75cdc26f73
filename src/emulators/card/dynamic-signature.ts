// EMV Book 2 §6.5.1 (DDA, Tables 17 and 18) and §6.6.1 (CDA, Tables 17 and 19): the Signed
// Dynamic Application Data. Format 05, SHA-1, ICC Dynamic Data, BB padding to N_ICC - 25 - L_DD,
// signed with the ICC private key; DDA hashes in the DDOL data, CDA the Unpredictable Number.
import { PosError } from '../../errors/index.js';
import { concatBytes } from '../../bytes/hex.js';
import { padPattern, sha1, SHA1_INDICATOR, signRecoverable } from './emv-signature.js';
import type { RsaKeyPair } from './keys/test-keys.js';

/** Table 18: the ICC Dynamic Data of DDA is the ICC Dynamic Number with its length. */
export function ddaSignature(icc: RsaKeyPair, dynamicNumber: Uint8Array, ddolData: Uint8Array): Uint8Array {
  return signDynamicData(icc, withLength(dynamicNumber), ddolData);
}

export interface CdaData {
  readonly dynamicNumber: Uint8Array;
  /** 9F27. */
  readonly cryptogramInformationData: number;
  /** 9F26, which the signature carries instead of the response. */
  readonly cryptogram: Uint8Array;
  /** SHA-1 over PDOL data, CDOL1 data (and CDOL2 data) and the response's other TLVs (§6.6.1). */
  readonly transactionDataHash: Uint8Array;
  /** 9F37 as the terminal sent it in this GENERATE AC. */
  readonly unpredictableNumber: Uint8Array;
  /** EMV Contactless Book C-2 §5.3: Terminal Relay Resistance Entropy || Device Relay
   *  Resistance Entropy || Min Time || Max Time || Device Estimated Transmission Time (14 bytes),
   *  after the relay resistance protocol. */
  readonly relayResistanceData?: Uint8Array;
}

/** Table 19: ICC Dynamic Number, CID, AC and Transaction Data Hash Code (then, in Kernel 2 after
 *  the relay resistance protocol, the relay resistance data). */
export function cdaSignature(icc: RsaKeyPair, data: CdaData): Uint8Array {
  const dynamicData = concatBytes(
    withLength(data.dynamicNumber),
    Uint8Array.of(data.cryptogramInformationData),
    data.cryptogram,
    data.transactionDataHash,
    data.relayResistanceData ?? new Uint8Array(0),
  );
  return signDynamicData(icc, dynamicData, data.unpredictableNumber);
}

export function transactionDataHash(...parts: readonly Uint8Array[]): Uint8Array {
  return sha1(...parts);
}

function withLength(dynamicNumber: Uint8Array): Uint8Array {
  if (dynamicNumber.length < 2 || dynamicNumber.length > 8) throw new PosError('E-EMU-0003', { field: 'ICC dynamic number', length: dynamicNumber.length });
  return concatBytes(Uint8Array.of(dynamicNumber.length), dynamicNumber);
}

function signDynamicData(icc: RsaKeyPair, dynamicData: Uint8Array, hashedExtra: Uint8Array): Uint8Array {
  const padLength = icc.modulus.length - dynamicData.length - 25;
  if (padLength < 0) throw new PosError('E-EMU-0003', { field: 'ICC dynamic data longer than the ICC key allows', length: dynamicData.length });
  const body = concatBytes(Uint8Array.of(0x05, SHA1_INDICATOR, dynamicData.length), dynamicData, padPattern(padLength));
  return signRecoverable(icc, body, hashedExtra);
}
