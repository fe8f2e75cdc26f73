// The parameter and key sets the backend distributes (parameters.proto), as it keeps them: each
// kind's current content and one version per kind. A kind's content is replaced whole; the
// version rises by one only when the content changed, so importing the same defaults at every
// start sends nothing again. What a terminal gets is its kind's content made specific to it
// (parameter-download.ts): its ids in the terminal parameters, its bindings in the operator
// table, its merchant's receipt data.
import { posrt } from '../protos/index.js';

export type ParameterKind = posrt.channel.v1.ParameterKind;

/** Fleet-wide content has the empty scope; merchant data is scoped by merchant id (9F16). */
export const FLEET_WIDE = '';

/** One piece of a kind's content: the set encoded without its header. */
export interface ParameterContent {
  readonly scope: string;
  readonly body: Uint8Array;
}

export interface StoredParameterContent extends ParameterContent {
  readonly kind: ParameterKind;
  /** The kind's version now: a set signed from this content carries it. */
  readonly version: bigint;
}

export type MerchantAssignment = 'moved' | 'unchanged' | 'unknown-terminal';

/** What keeps parameter sets, composed into BackendRepository as `repo.parameters`. */
export interface ParameterRepository {
  /** Replaces the kind's content whole (every scope) and raises its version by one, in one
   *  transaction; content equal to what is kept changes nothing. */
  replaceParameterContent(kind: ParameterKind, content: readonly ParameterContent[], now: number): Promise<{ readonly changed: boolean; readonly version: bigint }>;
  /** Every kind that has a version, with it (a kind never given content is absent). */
  parameterVersions(): Promise<ReadonlyMap<ParameterKind, bigint>>;
  /** The kind's content for one scope, with the kind's version; undefined when none. */
  parameterContent(kind: ParameterKind, scope: string): Promise<StoredParameterContent | undefined>;
  /** Puts the terminal under another merchant in the registry. A move raises the versions of
   *  the terminal parameters and the merchant data in the same transaction: both name the
   *  merchant, and the terminal asks only for versions above those it holds. */
  assignMerchant(serial: string, merchantId: string, now: number): Promise<MerchantAssignment>;
}
