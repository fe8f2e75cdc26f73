// 使用者不一致 end to end: an operator bound to another terminal signs in on this one, is refused,
// and the not-bound event goes through payment's port, the durable outbox and the session client
// to the reference backend as a process, which opens its operator-not-bound alert for this
// terminal; a bound operator's sign-in afterwards clears it.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { outboxOperatorEvents } from '../../src/boot/operator-channel.js';
import { AuditLog } from '../../src/payment/audit-log.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../src/payment/operator-credentials.js';
import { OperatorSession } from '../../src/payment/operator-session.js';
import { OperatorStore } from '../../src/payment/operator-store.js';
import { enrol, makeTerminal, readStore, startBackend, tempDir, until, writeBackendConfig } from '../support/backend-process.js';
import { rejectionOf } from '../support/pos-error.js';
import { seal, TERMINAL_ID, testDirectory } from '../payment/operators/rig.js';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

it('raises the backend\'s operator-not-bound alert for a refused sign-in and clears it at the next one', async () => {
  const dir = tempDir('posrt-operator-alert-');
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'backend.db');
  const b = await startBackend({ db, tokens: ['tok'], config: writeBackendConfig(dir) });
  cleanup.push(() => b.kill());
  const address = `127.0.0.1:${b.port}`;
  const t = makeTerminal(dir, 'SN-OPER');
  cleanup.push(() => t.outbox.close());
  await enrol(t, address, 'tok');

  const store = OperatorStore.open(join(dir, 'operators.db'));
  const audit = AuditLog.open(join(dir, 'audit.db'), { seal });
  cleanup.push(() => store.close(), () => audit.close());
  const session = new OperatorSession({ store, audit, events: outboxOperatorEvents(t.outbox), terminalId: TERMINAL_ID, policy: DEFAULT_SIGN_IN_POLICY, now: Date.now, newEventId: randomUUID });
  session.applyDirectory(await testDirectory());

  const client = t.client(address);
  cleanup.push(() => client.stop());
  client.start();
  const openAlerts = (): string[] => readStore<{ kind: string }>(db, `SELECT kind FROM alerts WHERE serial = 'SN-OPER' AND cleared_at IS NULL`).map((r) => r.kind);
  const delivered = () => t.outbox.stats().pending + t.outbox.stats().inFlight === 0;

  // 0004 is bound to T0000099 only (tests/payment/operators/rig.ts).
  expect((await rejectionOf(session.signIn('0004', 'pw0004'))).code).toBe('E-OPER-0007');
  client.kick();
  await until('the not-bound event is acknowledged', delivered);
  await until('the alert is open', () => openAlerts().includes('operator-not-bound'));
  expect(readStore<{ n: number }>(db, `SELECT count(*) AS n FROM received WHERE kind = 'operator-event' AND serial = 'SN-OPER'`)).toEqual([{ n: 1 }]);

  await session.signIn('0003', 'pw0003');
  client.kick();
  await until('the login event is acknowledged', delivered);
  await until('the alert is cleared', () => !openAlerts().includes('operator-not-bound'));
});
