// The operator table from the backend to a refused sign-in and back: an OperatorTable signed by
// the backend key, verified by the channel's openParameterSet, mapped into payment's directory
// and taken by the session; an operator bound to another terminal signs in, is refused, and the
// not-bound OperatorEvent lands in the real outbox, encoded as the contract says, for the
// backend's alert (使用者不一致).
import { randomUUID, scryptSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { operatorDirectoryOf, outboxOperatorEvents } from '../../src/boot/operator-channel.js';
import { createSignedVerifier, openParameterSet } from '../../src/channel/identity.js';
import { Outbox } from '../../src/channel/outbox.js';
import { AuditLog } from '../../src/payment/audit-log.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../src/payment/operator-credentials.js';
import { OperatorSession } from '../../src/payment/operator-session.js';
import { OperatorStore } from '../../src/payment/operator-store.js';
import { PAYLOAD_TYPES, posrt, toBigInt, toLong } from '../../src/protos/index.js';
import { BACKEND, signAs } from '../channel/identity/fixtures.js';
import { errorOf, rejectionOf } from '../support/pos-error.js';
import { seal } from '../payment/operators/rig.js';

const v1 = posrt.channel.v1;
const SERIAL = 'SN0001';
const TERMINAL_ID = 'T0000001';
let dir: string;
let outbox: Outbox;
let store: OperatorStore;
let audit: AuditLog;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posrt-operator-channel-'));
  outbox = Outbox.open(join(dir, 'outbox.db'));
  store = OperatorStore.open(join(dir, 'operators.db'));
  audit = AuditLog.open(join(dir, 'audit.db'), { seal });
});

afterEach(() => {
  for (const f of [outbox, store, audit]) f.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the backend sends: scrypt(password, salt), N=16384, r=8, p=1, 32 bytes (parameters.proto). */
function operator(id: string, role: posrt.channel.v1.OperatorRole, password: string): posrt.channel.v1.IOperator {
  const salt = Buffer.from(`salt-of-operator-${id}`);
  return { operatorId: id, name: `操作员 ${id}`, role, passwordVerifier: scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 }), passwordSalt: salt, active: true };
}

function signedTable(operators: posrt.channel.v1.IOperator[], bindings: posrt.channel.v1.IOperatorBinding[]): posrt.channel.v1.ISigned {
  const bytes = v1.OperatorTable.encode({ header: { version: toLong(4n, true), deviceSerial: SERIAL, issuedAtMs: toLong(1_790_000_000_000n) }, operators, bindings }).finish();
  return signAs(BACKEND, PAYLOAD_TYPES.operatorTable, bytes);
}

it('refuses an operator the backend bound to another terminal and queues the not-bound event for its alert', async () => {
  const set = openParameterSet(
    signedTable(
      [operator('0003', v1.OperatorRole.OPERATOR_ROLE_CASHIER, '314159'), operator('0004', v1.OperatorRole.OPERATOR_ROLE_SUPERVISOR, '271828')],
      [
        { operatorId: '0003', terminalId: TERMINAL_ID },
        { operatorId: '0004', terminalId: 'T0000099' },
        { operatorId: '0004', terminalId: 'T0000098' },
      ],
    ),
    createSignedVerifier(BACKEND.publicKey),
    SERIAL,
    () => 0n,
  );
  if (set.kind !== 'operators') throw new Error(`expected an operator table, got ${set.kind}`);
  const directory = operatorDirectoryOf(set.set, set.version);
  expect(directory.operators.map((o) => [o.id, o.role, o.terminals])).toEqual([
    ['0003', 'cashier', [TERMINAL_ID]],
    ['0004', 'supervisor', ['T0000099', 'T0000098']],
  ]);

  const at = 1_790_000_123_000;
  const session = new OperatorSession({
    store,
    audit,
    events: outboxOperatorEvents(outbox),
    terminalId: TERMINAL_ID,
    policy: DEFAULT_SIGN_IN_POLICY,
    now: () => at,
    newEventId: randomUUID,
  });
  session.applyDirectory(directory);
  expect(store.directoryVersion()).toEqual({ version: 4n, source: 'backend' });
  expect((await session.signIn('0003', '314159')).role).toBe('cashier');
  expect((await rejectionOf(session.signIn('0004', '271828'))).code).toBe('E-OPER-0007');

  const sent = outbox.take(10);
  expect(sent.map((m) => m.kind)).toEqual(['operator-event', 'operator-event']);
  const [login, notBound] = sent.map((m) => ({ id: m.id, event: v1.OperatorEvent.decode(m.payload) }));
  expect(login!.event.kind).toBe(v1.OperatorEventKind.OPERATOR_EVENT_KIND_LOGIN);
  expect(notBound!.event).toMatchObject({
    kind: v1.OperatorEventKind.OPERATOR_EVENT_KIND_NOT_BOUND,
    operatorId: '0004',
    failedAttempts: 0,
    errorCode: 'E-OPER-0007',
  });
  expect(toBigInt(notBound!.event.occurredAtMs)).toBe(BigInt(at));
  expect(notBound!.id).toBe(notBound!.event.eventId);
});

it('refuses a table with a role the terminal does not know', () => {
  const table = v1.OperatorTable.decode(signedTable([operator('0001', v1.OperatorRole.OPERATOR_ROLE_UNSPECIFIED, 'x')], []).payload!);
  const e = errorOf(() => operatorDirectoryOf(table, 4n));
  expect([e.code, e.context.problem]).toEqual(['E-OPER-0013', 'role']);
});
