// The composition root's half of payment's operator ports. Payment may not import the channel or
// the protos, so here the backend's OperatorTable (parameters.proto, already verified by
// openParameterSet) becomes payment's OperatorDirectory, and payment's operator events become
// the contract's OperatorEvent in the channel's durable outbox, whose upload the backend turns
// into an alert for a not-bound sign-in (使用者不一致).
import type { Outbox } from '../channel/outbox.js';
import { PosError } from '../errors/index.js';
import type { OperatorDirectory } from '../payment/operator-directory.js';
import type { OperatorEventKind, OperatorEventPort } from '../payment/operator-events.js';
import { OPERATOR_SCRYPT } from '../payment/password-hash.js';
import type { Role } from '../payment/roles.js';
import { posrt, toLong } from '../protos/index.js';

const v1 = posrt.channel.v1;

const ROLE_OF: Partial<Record<posrt.channel.v1.OperatorRole, Role>> = {
  [v1.OperatorRole.OPERATOR_ROLE_CASHIER]: 'cashier',
  [v1.OperatorRole.OPERATOR_ROLE_SUPERVISOR]: 'supervisor',
  [v1.OperatorRole.OPERATOR_ROLE_ADMINISTRATOR]: 'administrator',
};

const KIND_OF: Record<OperatorEventKind, posrt.channel.v1.OperatorEventKind> = {
  login: v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGIN,
  logout: v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGOUT,
  'login-failed': v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGIN_FAILED,
  lockout: v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOCKOUT,
  'not-bound': v1.OperatorEventKind.OPERATOR_EVENT_KIND_NOT_BOUND,
  'idle-logout': v1.OperatorEventKind.OPERATOR_EVENT_KIND_IDLE_LOGOUT,
};

/**
 * A verified OperatorTable as payment's directory: each binding folded into its operator's
 * terminals, the verifier with the contract's scrypt parameters (N=16384, r=8, p=1). A role the
 * terminal does not know is E-OPER-0013 (the table is refused whole; payment checks the rest).
 */
export function operatorDirectoryOf(table: posrt.channel.v1.IOperatorTable, version: bigint): OperatorDirectory {
  const terminals = new Map<string, string[]>();
  for (const b of table.bindings ?? []) {
    const id = b.operatorId ?? '';
    terminals.set(id, [...(terminals.get(id) ?? []), b.terminalId ?? '']);
  }
  return {
    version,
    source: 'backend',
    // Absent fields become empty ones, which payment's checkDirectory refuses (E-OPER-0013).
    operators: (table.operators ?? []).map((o) => {
      const id = o.operatorId ?? '';
      const role = ROLE_OF[o.role ?? v1.OperatorRole.OPERATOR_ROLE_UNSPECIFIED];
      if (role === undefined) throw new PosError('E-OPER-0013', { problem: 'role', operator: id.slice(0, 32), role: o.role ?? 0 });
      const hash = o.passwordVerifier ?? new Uint8Array(0);
      return {
        id,
        name: o.name ?? '',
        role,
        verifier: { hash, salt: o.passwordSalt ?? new Uint8Array(0), params: { ...OPERATOR_SCRYPT, keyLength: hash.length } },
        active: o.active === true,
        terminals: terminals.get(id) ?? [],
      };
    }),
  };
}

/** Payment's operator events into the outbox, one message per event id: on disk when this returns. */
export function outboxOperatorEvents(outbox: Outbox): OperatorEventPort {
  return {
    operatorEvent(e) {
      const bytes = v1.OperatorEvent.encode({
        eventId: e.eventId,
        kind: KIND_OF[e.kind],
        operatorId: e.operatorId,
        occurredAtMs: toLong(BigInt(e.occurredAt)),
        failedAttempts: e.failedAttempts,
        errorCode: e.errorCode ?? '',
      }).finish();
      outbox.enqueue('operator-event', e.eventId, bytes);
    },
  };
}
