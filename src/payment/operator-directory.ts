// The operators this terminal knows, as payment needs them: id, name, role, password verifier,
// active, and the terminals each is bound to. It comes from the backend's signed OperatorTable
// (parameters.proto); payment does not import the channel or the protos, so the composition
// root maps the verified set into this shape (src/boot/operator-channel.ts).
import { PosError } from '../errors/index.js';
import { checkVerifier, type PasswordVerifier } from './password-hash.js';
import { ROLES, type Role } from './roles.js';

export interface OperatorAccount {
  /** Stable id, e.g. "0001": what events, audit entries and journal records name. */
  readonly id: string;
  /** Display name (may be Chinese). */
  readonly name: string;
  readonly role: Role;
  readonly verifier: PasswordVerifier;
  /** False for a suspended operator, who cannot sign in anywhere. */
  readonly active: boolean;
  /** Terminal Identifications (9F1C) the operator may work on. */
  readonly terminals: readonly string[];
}

export interface OperatorDirectory {
  /** The parameter set's version; 0n for the development set made on a terminal without one. */
  readonly version: bigint;
  readonly source: 'backend' | 'demo';
  readonly operators: readonly OperatorAccount[];
}

/** Printable ASCII, so an id reads the same on a screen, in SQL and in the backend's records. */
export const OPERATOR_ID = /^[\x21-\x7e]{1,32}$/;

/** Throws E-OPER-0016 for an id no operator can have (before any lookup or hashing). */
export function checkOperatorId(id: string): void {
  if (!OPERATOR_ID.test(id)) throw new PosError('E-OPER-0016', { length: id.length });
}

/** Throws E-OPER-0013 naming the first problem: a table the terminal cannot use is refused
 *  whole, and the one in use stays. */
export function checkDirectory(d: OperatorDirectory): void {
  const seen = new Set<string>();
  for (const o of d.operators) {
    if (!OPERATOR_ID.test(o.id)) throw new PosError('E-OPER-0013', { problem: 'operator id', length: o.id.length });
    if (seen.has(o.id)) throw new PosError('E-OPER-0013', { problem: 'duplicate operator id', operator: o.id });
    seen.add(o.id);
    if (!ROLES.includes(o.role)) throw new PosError('E-OPER-0013', { problem: 'role', operator: o.id });
    try {
      checkVerifier(o.verifier);
    } catch (e) {
      throw new PosError('E-OPER-0013', { problem: 'password verifier', operator: o.id }, { cause: e });
    }
  }
}
