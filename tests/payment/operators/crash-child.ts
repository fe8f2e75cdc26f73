// A terminal process for operator-crash.test.ts: takes the test table, locks 0003 out, signs
// 0002 in, starts a shift and records a void, says "ready", then dies by SIGKILL with its
// files open — no close, no checkpoint of the WAL.
import { Rig, testDirectory } from './rig.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../../src/payment/operator-credentials.js';

const rig = new Rig(DEFAULT_SIGN_IN_POLICY, process.argv[2]);
rig.session.applyDirectory(await testDirectory());
for (let i = 0; i < 5; i++) await rig.session.signIn('0003', 'wrong').catch(() => undefined);
await rig.session.signIn('0002', 'pw0002');
rig.session.startShift();
rig.audit.append({ kind: 'void', operatorId: '0002', approverId: null, details: { transaction: 'txn-1' } });
process.stdout.write(`ready ${rig.audit.entriesAfter(0, 1000).length}\n`, () => process.kill(process.pid, 'SIGKILL'));
