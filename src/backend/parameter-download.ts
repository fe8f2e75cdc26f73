// Signed parameter download (parameters.proto): the backend signs each set it sends with its
// Ed25519 key (Signed over UTF-8(payload type) || 0x00 || payload), and the terminal uses a set
// only once its pinned copy of that key verifies it. The reference backend serves the terminal
// parameter set, built from the terminal's registry entry and the configured version; the
// other kinds follow the same path when the operations centre edits them.
import { keyIdOf, signEd25519, type Ed25519KeyPair } from '../security/index.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../protos/index.js';
import type { EnrolledTerminal } from './repository.js';

const v1 = posrt.channel.v1;

/** The versions the backend has for a terminal: what SessionAccepted announces. */
export function currentParameters(version: bigint): posrt.channel.v1.ParameterVersion.$Properties[] {
  return [{ kind: v1.ParameterKind.PARAMETER_KIND_TERMINAL, version: toLong(version, true) }];
}

/** The signed sets newer than what the terminal says it holds. */
export function parameterDownload(
  request: posrt.channel.v1.ParameterRequest,
  terminal: EnrolledTerminal,
  version: bigint,
  key: Ed25519KeyPair,
  now: number,
): posrt.channel.v1.ParameterDownload.$Properties {
  const held = request.held.find((h) => h.kind === v1.ParameterKind.PARAMETER_KIND_TERMINAL);
  const heldVersion = BigInt(String(held?.version ?? 0));
  if (heldVersion >= version) return { sets: [] };
  const payload = v1.TerminalParameters.encode({
    header: { version: toLong(version, true), deviceSerial: terminal.serial, issuedAtMs: toLong(BigInt(now)) },
    terminalType: 0x22,
    countryCode: '156',
    currencyCode: '156',
    currencyExponent: 2,
    terminalId: terminal.terminalId,
    merchantId: terminal.merchantId,
  }).finish();
  return { sets: [{ payloadType: PAYLOAD_TYPES.terminalParameters, payload, signature: signEd25519(key.secretKey, PAYLOAD_TYPES.terminalParameters, payload), keyId: keyIdOf(key.publicKey) }] };
}
