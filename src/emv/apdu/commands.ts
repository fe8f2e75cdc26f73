// EMV Book 3 §6.5 (and Book 1 §11.3 for SELECT): the command APDUs a terminal sends, with the
// class, parameters and Lc/Le each command's case calls for.
import { PosError } from '../../errors/index.js';
import { encodeOne } from '../tlv/index.js';
import { buildCommand } from './command.js';

/** Book 1 §11.3.2: P2 00 selects the first occurrence of a DF name, 02 the next. */
export type Occurrence = 'first' | 'next';

/** SELECT by DF name (case 4). Book 1 §11.3.2: the name is 5 to 16 bytes. */
export function selectCommand(dfName: Uint8Array, occurrence: Occurrence = 'first'): Uint8Array {
  if (dfName.length < 5 || dfName.length > 16) throw new PosError('E-CARD-0005', { ins: 'A4', reason: 'DF name must be 5 to 16 bytes', length: dfName.length });
  return buildCommand(0x00, 0xa4, 0x04, occurrence === 'first' ? 0x00 : 0x02, dfName, 0x00);
}

/** READ RECORD (case 2). Book 3 §6.5.11: P1 is the record number, P2 the SFI in b8-b4 with b3-b1 = 100. */
export function readRecordCommand(sfi: number, record: number): Uint8Array {
  if (!Number.isInteger(sfi) || sfi < 1 || sfi > 30) throw new PosError('E-CARD-0005', { ins: 'B2', reason: 'SFI must be 1 to 30', sfi });
  if (!Number.isInteger(record) || record < 1 || record > 254) throw new PosError('E-CARD-0005', { ins: 'B2', reason: 'record number must be 1 to 254', record });
  return buildCommand(0x00, 0xb2, record, (sfi << 3) | 0x04, undefined, 0x00);
}

/** GET PROCESSING OPTIONS (case 4). Book 3 §6.5.8: the PDOL data goes in template 83 (83 00 without a PDOL). */
export function getProcessingOptionsCommand(pdolData: Uint8Array): Uint8Array {
  return buildCommand(0x80, 0xa8, 0x00, 0x00, encodeOne(0x83, pdolData), 0x00);
}

/** GET DATA (case 2). Book 3 §6.5.7: P1 P2 are the tag, e.g. 9F36 ATC, 9F13 last online ATC,
 *  9F17 PIN try counter, 9F4F log format. */
export function getDataCommand(tag: number): Uint8Array {
  if (!Number.isInteger(tag) || tag < 0 || tag > 0xffff) throw new PosError('E-CARD-0005', { ins: 'CA', reason: 'GET DATA tag must fit in P1 P2' });
  return buildCommand(0x80, 0xca, tag >>> 8, tag & 0xff, undefined, 0x00);
}

/** Book 3 §6.5.5.2 the cryptogram the terminal asks for. */
export type CryptogramRequest = 'aac' | 'tc' | 'arqc';

const AC_P1: Record<CryptogramRequest, number> = { aac: 0x00, tc: 0x40, arqc: 0x80 };

/** GENERATE AC (case 4). P1 b8-b7 name the cryptogram; b5 asks for a CDA signature. */
export function generateAcCommand(request: CryptogramRequest, cdolData: Uint8Array, signature: 'cda' | 'none' = 'none'): Uint8Array {
  const p1 = AC_P1[request] | (signature === 'cda' ? 0x10 : 0x00);
  return buildCommand(0x80, 0xae, p1, 0x00, nonEmpty(cdolData, 'AE'), 0x00);
}

/** INTERNAL AUTHENTICATE (case 4). Book 3 §6.5.9: the data is the DDOL data. */
export function internalAuthenticateCommand(ddolData: Uint8Array): Uint8Array {
  return buildCommand(0x00, 0x88, 0x00, 0x00, nonEmpty(ddolData, '88'), 0x00);
}

/** GET CHALLENGE (case 2). Book 3 §6.5.6: the card answers 8 unpredictable bytes. */
export function getChallengeCommand(): Uint8Array {
  return buildCommand(0x00, 0x84, 0x00, 0x00, undefined, 0x00);
}

/** VERIFY (case 3). Book 3 §6.5.12: P2 80 plaintext PIN block, 88 enciphered PIN. */
export function verifyCommand(pinData: Uint8Array, form: 'plaintext' | 'enciphered'): Uint8Array {
  return buildCommand(0x00, 0x20, 0x00, form === 'plaintext' ? 0x80 : 0x88, nonEmpty(pinData, '20'));
}

/** EXTERNAL AUTHENTICATE (case 3). Book 3 §6.5.4: the Issuer Authentication Data, 8 to 16 bytes. */
export function externalAuthenticateCommand(issuerAuthenticationData: Uint8Array): Uint8Array {
  const n = issuerAuthenticationData.length;
  if (n < 8 || n > 16) throw new PosError('E-CARD-0005', { ins: '82', reason: 'issuer authentication data must be 8 to 16 bytes', length: n });
  return buildCommand(0x00, 0x82, 0x00, 0x00, issuerAuthenticationData);
}

/** COMPUTE CRYPTOGRAPHIC CHECKSUM (case 4), EMV Contactless Book C-2 §5.2: CLA 80, INS 2A,
 *  P1 8E, P2 80; the data is the UDOL data (Default UDOL: the Unpredictable Number (Numeric)). */
export function computeCryptographicChecksumCommand(udolData: Uint8Array): Uint8Array {
  return buildCommand(0x80, 0x2a, 0x8e, 0x80, nonEmpty(udolData, '2A'), 0x00);
}

/** EXCHANGE RELAY RESISTANCE DATA (case 4), EMV Contactless Book C-2 §5.3: CLA 80, INS EA, the
 *  Terminal Relay Resistance Entropy (4 bytes). */
export function exchangeRelayResistanceDataCommand(terminalEntropy: Uint8Array): Uint8Array {
  if (terminalEntropy.length !== 4) throw new PosError('E-CARD-0005', { ins: 'EA', reason: 'terminal relay resistance entropy must be 4 bytes', length: terminalEntropy.length });
  return buildCommand(0x80, 0xea, 0x00, 0x00, terminalEntropy, 0x00);
}

/** GET RESPONSE (case 2). ISO/IEC 7816-4 §7.6.1; Le 00 asks for up to 256 bytes. */
export function getResponseCommand(le: number): Uint8Array {
  return buildCommand(0x00, 0xc0, 0x00, 0x00, undefined, le);
}

function nonEmpty(data: Uint8Array, ins: string): Uint8Array {
  if (data.length === 0) throw new PosError('E-CARD-0005', { ins, reason: 'command data must not be empty' });
  return data;
}
