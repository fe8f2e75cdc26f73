// A terminal process for audit-channel.test.ts: opens the outbox and the audit log at the paths
// given, wired as npm start wires them, appends one sign-in per operator id given, says "ready"
// and dies by SIGKILL with both files open — no close, no checkpoint of the WAL, nothing sent.
import { outboxAuditEntries } from '../../src/boot/audit-channel.js';
import { Outbox } from '../../src/channel/outbox.js';
import { AuditLog } from '../../src/payment/audit-log.js';
import { seal } from '../payment/operators/rig.js';

const [outboxPath, auditPath, ...operators] = process.argv.slice(2);
const outbox = Outbox.open(outboxPath!);
const audit = AuditLog.open(auditPath!, { seal, upload: outboxAuditEntries(outbox) });
for (const id of operators) audit.append({ kind: 'login', operatorId: id, approverId: null, details: { role: 'cashier' } });
process.stdout.write('ready\n', () => process.kill(process.pid, 'SIGKILL'));
