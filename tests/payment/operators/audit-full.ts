// Run under a file size limit (ulimit -f, SIGXFSZ ignored, so a write past it fails with EFBIG
// as on a full disk): appends audit entries with 4 KiB of details until the log refuses one.
//   stored <n>         append n returned
//   refused <n> <code> append n threw a PosError with that code
// Usage: audit-full.ts <audit log path>
import { writeSync } from 'node:fs';
import { isPosError } from '../../../src/errors/index.js';
import { AuditLog } from '../../../src/payment/audit-log.js';
import { seal } from './rig.js';

const log = AuditLog.open(process.argv[2]!, { seal });
for (let n = 1; ; n++) {
  try {
    log.append({ kind: 'settings', operatorId: '0001', approverId: null, details: { setting: `s-${n}`, value: 'x'.repeat(4096) } });
    writeSync(1, `stored ${n}\n`);
  } catch (e) {
    writeSync(1, `refused ${n} ${isPosError(e) ? e.code : String(e)}\n`);
    break;
  }
}
