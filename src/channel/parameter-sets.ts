// A downloaded parameter or key set (parameters.proto) is used only once the pinned backend key
// signed it, it names this terminal, and its version is above the one in use: an old, validly
// signed set replayed to roll a terminal back (to a revoked CA key, a lower floor limit) is
// refused with E-CHAN-0015.
import { PosError } from '../errors/index.js';
import { PAYLOAD_TYPES, posrt, toBigInt } from '../protos/index.js';
import type { SignedVerifier } from './signed-verifier.js';

const v1 = posrt.channel.v1;

export type ParameterSet =
  | { readonly kind: 'terminal'; readonly version: bigint; readonly set: posrt.channel.v1.TerminalParameters }
  | { readonly kind: 'aid-table'; readonly version: bigint; readonly set: posrt.channel.v1.AidTable }
  | { readonly kind: 'contactless'; readonly version: bigint; readonly set: posrt.channel.v1.ContactlessTable }
  | { readonly kind: 'ca-keys'; readonly version: bigint; readonly set: posrt.channel.v1.CaPublicKeyTable }
  | { readonly kind: 'operators'; readonly version: bigint; readonly set: posrt.channel.v1.OperatorTable }
  | { readonly kind: 'merchant'; readonly version: bigint; readonly set: posrt.channel.v1.MerchantData };

export type ParameterSetKind = ParameterSet['kind'];

type Decoded = Omit<ParameterSet, 'version'>;

const DECODERS: Record<string, (b: Uint8Array) => Decoded> = {
  [PAYLOAD_TYPES.terminalParameters]: (b) => ({ kind: 'terminal', set: v1.TerminalParameters.decode(b) }),
  [PAYLOAD_TYPES.aidTable]: (b) => ({ kind: 'aid-table', set: v1.AidTable.decode(b) }),
  [PAYLOAD_TYPES.contactlessTable]: (b) => ({ kind: 'contactless', set: v1.ContactlessTable.decode(b) }),
  [PAYLOAD_TYPES.caPublicKeyTable]: (b) => ({ kind: 'ca-keys', set: v1.CaPublicKeyTable.decode(b) }),
  [PAYLOAD_TYPES.operatorTable]: (b) => ({ kind: 'operators', set: v1.OperatorTable.decode(b) }),
  [PAYLOAD_TYPES.merchantData]: (b) => ({ kind: 'merchant', set: v1.MerchantData.decode(b) }),
};

/** The parameter kind of the contract's enum for each set, for ParameterVersion messages. */
export const PARAMETER_KIND_OF: Record<ParameterSetKind, posrt.channel.v1.ParameterKind> = {
  terminal: v1.ParameterKind.PARAMETER_KIND_TERMINAL,
  'aid-table': v1.ParameterKind.PARAMETER_KIND_AID_TABLE,
  contactless: v1.ParameterKind.PARAMETER_KIND_CONTACTLESS,
  'ca-keys': v1.ParameterKind.PARAMETER_KIND_CA_KEYS,
  operators: v1.ParameterKind.PARAMETER_KIND_OPERATORS,
  merchant: v1.ParameterKind.PARAMETER_KIND_MERCHANT,
};

/** Verifies and decodes one set of a ParameterDownload. `heldVersion` gives the version in use
 *  per kind (0n for none). */
export function openParameterSet(
  signed: posrt.channel.v1.ISigned,
  verifier: SignedVerifier,
  deviceSerial: string,
  heldVersion: (kind: ParameterSetKind) => bigint,
): ParameterSet {
  const type = signed.payloadType ?? '';
  const decode = Object.hasOwn(DECODERS, type) ? DECODERS[type]! : undefined;
  // A type outside the parameter sets is refused before its signature is even looked at.
  if (decode === undefined) throw new PosError('E-CHAN-0008', { expected: 'a parameter set', got: type.slice(0, 80) });
  const decoded = verifier.openSigned(type as typeof PAYLOAD_TYPES.aidTable, signed, decode);
  const header = decoded.set.header;
  if (header == null) throw new PosError('E-CHAN-0017', { type, problem: 'no header' });
  if (header.deviceSerial !== deviceSerial) throw new PosError('E-CHAN-0013', { type, expected: deviceSerial });
  const version = header.version == null ? 0n : toBigInt(header.version);
  const held = heldVersion(decoded.kind);
  if (version <= held) throw new PosError('E-CHAN-0015', { type, version: version.toString(), held: held.toString() });
  return { ...decoded, version } as ParameterSet;
}
