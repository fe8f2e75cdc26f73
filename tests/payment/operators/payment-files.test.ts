// Payment's SQLite files (operators, audit log) opened as sqlite-file.ts opens them: one process
// per file, the write-ahead log without a shared-memory file, a damaged or foreign file refused
// and left as it was, a missing directory — each under its own area's code.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../src/payment/audit-log.js';
import { OperatorStore } from '../../../src/payment/operator-store.js';
import { errorOf } from '../../support/pos-error.js';
import { seal, testDirectory } from './rig.js';

let dir: string;
const toClose: { close(): void }[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'posrt-payment-files-'));
});

afterEach(() => {
  for (const f of toClose.splice(0)) f.close();
  rmSync(dir, { recursive: true, force: true });
});

const FILES = [
  { name: 'operator file', open: (path: string) => OperatorStore.open(path), codes: ['E-OPER-0001', 'E-OPER-0002', 'E-OPER-0003'] },
  { name: 'audit log', open: (path: string) => AuditLog.open(path, { seal }), codes: ['E-AUDIT-0001', 'E-AUDIT-0002', 'E-AUDIT-0003'] },
] as const;

describe.each(FILES)('the $name', ({ open, codes: [cannotOpen, damaged, busy] }) => {
  it('lets one process hold it: a second open is refused', () => {
    const path = join(dir, 'file.db');
    toClose.push(open(path));
    expect(errorOf(() => open(path)).code).toBe(busy);
  });

  it('keeps the write-ahead log and no shared-memory file', () => {
    const path = join(dir, 'file.db');
    toClose.push(open(path));
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it('refuses a file that is not a database and leaves its bytes as they were', () => {
    const path = join(dir, 'file.db');
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    expect(errorOf(() => open(path)).code).toBe(damaged);
    expect(readFileSync(path)).toEqual(Buffer.alloc(8192, 0x41));
  });

  it('cannot open where the directory does not exist', () => {
    expect(errorOf(() => open(join(dir, 'missing', 'file.db'))).code).toBe(cannotOpen);
  });
});

it('refuses a damaged operator file with E-OPER-0002 and leaves it untouched', async () => {
  const path = join(dir, 'operators.db');
  const store = OperatorStore.open(path);
  store.replaceDirectory(await testDirectory());
  store.close();
  // Page 2 holds the operators' rows: 64 bytes of 0xFF over its header and cell pointers.
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 4096 + 8);
  closeSync(fd);
  const before = createHash('sha256').update(readFileSync(path)).digest('hex');
  expect(errorOf(() => OperatorStore.open(path)).code).toBe('E-OPER-0002');
  expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
});
