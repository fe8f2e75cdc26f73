// Signed parameter download (parameters.proto): the backend signs each set it sends with its
// Ed25519 key (Signed over UTF-8(payload type) || 0x00 || payload), and the terminal uses a set
// only once its pinned copy of that key verifies it. Each set is the kind's stored content
// (parameter-store.ts) made this terminal's: a header naming it with the kind's version, its
// ids from the registry in the terminal parameters, only the bindings to its terminal id in the
// operator table (every operator stays listed, so a login elsewhere is told apart from an
// unknown id: the seeds' 使用者不一致), and its merchant's receipt data.
import { keyIdOf, signEd25519, type Ed25519KeyPair } from '../security/index.js';
import { PAYLOAD_TYPES, posrt, toLong, type PayloadType } from '../protos/index.js';
import { FLEET_WIDE, type ParameterKind, type ParameterRepository, type StoredParameterContent } from './parameter-store.js';
import type { EnrolledTerminal } from './repository.js';

const v1 = posrt.channel.v1;
const K = v1.ParameterKind;

type Header = posrt.channel.v1.ParameterSetHeader.$Properties;

interface SetKind {
  readonly type: PayloadType;
  /** The stored body with the header and what is this terminal's own, encoded. */
  readonly personalise: (body: Uint8Array, header: Header, terminal: EnrolledTerminal) => Uint8Array;
}

const SETS: ReadonlyMap<ParameterKind, SetKind> = new Map<ParameterKind, SetKind>([
  [
    K.PARAMETER_KIND_TERMINAL,
    {
      type: PAYLOAD_TYPES.terminalParameters,
      personalise: (body, header, t) => v1.TerminalParameters.encode(Object.assign(v1.TerminalParameters.decode(body), { header, terminalId: t.terminalId, merchantId: t.merchantId })).finish(),
    },
  ],
  [K.PARAMETER_KIND_AID_TABLE, { type: PAYLOAD_TYPES.aidTable, personalise: (body, header) => v1.AidTable.encode(Object.assign(v1.AidTable.decode(body), { header })).finish() }],
  [K.PARAMETER_KIND_CONTACTLESS, { type: PAYLOAD_TYPES.contactlessTable, personalise: (body, header) => v1.ContactlessTable.encode(Object.assign(v1.ContactlessTable.decode(body), { header })).finish() }],
  [K.PARAMETER_KIND_CA_KEYS, { type: PAYLOAD_TYPES.caPublicKeyTable, personalise: (body, header) => v1.CaPublicKeyTable.encode(Object.assign(v1.CaPublicKeyTable.decode(body), { header })).finish() }],
  [
    K.PARAMETER_KIND_OPERATORS,
    {
      type: PAYLOAD_TYPES.operatorTable,
      personalise: (body, header, t) => {
        const table = v1.OperatorTable.decode(body);
        return v1.OperatorTable.encode(Object.assign(table, { header, bindings: table.bindings.filter((b) => b.terminalId === t.terminalId) })).finish();
      },
    },
  ],
  [K.PARAMETER_KIND_MERCHANT, { type: PAYLOAD_TYPES.merchantData, personalise: (body, header) => v1.MerchantData.encode(Object.assign(v1.MerchantData.decode(body), { header })).finish() }],
]);

/** Merchant data is kept per merchant; every other kind is the fleet's. */
const scopeOf = (kind: ParameterKind, terminal: EnrolledTerminal): string => (kind === K.PARAMETER_KIND_MERCHANT ? terminal.merchantId : FLEET_WIDE);

/** Each kind's content for this terminal, with its version; a kind it has none of (merchant
 *  data for a merchant the store lacks) is left out. */
async function contentFor(repo: ParameterRepository, terminal: EnrolledTerminal): Promise<StoredParameterContent[]> {
  const out: StoredParameterContent[] = [];
  for (const kind of (await repo.parameterVersions()).keys()) {
    const content = SETS.has(kind) ? await repo.parameterContent(kind, scopeOf(kind, terminal)) : undefined;
    if (content !== undefined) out.push(content);
  }
  return out;
}

/** The versions the backend has for a terminal: what SessionAccepted announces. */
export async function currentParameters(repo: ParameterRepository, terminal: EnrolledTerminal): Promise<posrt.channel.v1.ParameterVersion.$Properties[]> {
  return (await contentFor(repo, terminal)).map((c) => ({ kind: c.kind, version: toLong(c.version, true) }));
}

/** The signed sets newer than what the terminal says it holds (of the kinds it asks for; all
 *  when it names none). */
export async function parameterDownload(
  request: posrt.channel.v1.ParameterRequest,
  terminal: EnrolledTerminal,
  repo: ParameterRepository,
  key: Ed25519KeyPair,
  now: number,
): Promise<posrt.channel.v1.ParameterDownload.$Properties> {
  const held = (kind: ParameterKind): bigint => BigInt(String(request.held.find((h) => h.kind === kind)?.version ?? 0));
  const sets = (await contentFor(repo, terminal))
    .filter((c) => (request.kinds.length === 0 || request.kinds.includes(c.kind)) && c.version > held(c.kind))
    .map((c) => {
      const kind = SETS.get(c.kind)!;
      const payload = kind.personalise(c.body, { version: toLong(c.version, true), deviceSerial: terminal.serial, issuedAtMs: toLong(BigInt(now)) }, terminal);
      return signedSet(kind.type, payload, key);
    });
  return { sets };
}

function signedSet(type: PayloadType, payload: Uint8Array, key: Ed25519KeyPair): posrt.channel.v1.Signed.$Properties {
  return { payloadType: type, payload, signature: signEd25519(key.secretKey, type, payload), keyId: keyIdOf(key.publicKey) };
}
