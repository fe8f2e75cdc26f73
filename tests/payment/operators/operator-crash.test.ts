// A terminal process killed with SIGKILL while its operator file and audit log are open: what
// it had recorded is all there when the files are opened again.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_SIGN_IN_POLICY } from '../../../src/payment/operator-credentials.js';
import { rejectionOf } from '../../support/pos-error.js';
import { Rig, T0 } from './rig.js';

const CHILD = join(import.meta.dirname, 'crash-child.ts');
const dir = mkdtempSync(join(tmpdir(), 'posrt-operator-crash-'));
let rig: Rig | undefined;

afterEach(() => {
  rig?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function runChild(): Promise<{ signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, out }));
  });
}

it('keeps the table, a lockout, an open shift and every audit entry after the process is killed', async () => {
  const { signal, out } = await runChild();
  expect(signal).toBe('SIGKILL');
  const written = Number(/^ready (\d+)$/m.exec(out)?.[1]);
  expect(written).toBeGreaterThan(10);

  rig = new Rig(DEFAULT_SIGN_IN_POLICY, dir);
  expect(rig.store.directoryVersion()).toEqual({ version: 1n, source: 'backend' });
  expect(rig.store.failureState('0003')).toEqual({ failures: 5, lockedUntil: T0 + 15 * 60_000 });
  expect((await rejectionOf(rig.session.signIn('0003', 'pw0003'))).code).toBe('E-OPER-0006');
  expect(rig.store.openShift('0002')).toMatchObject({ kind: 'open', operatorId: '0002', startedAt: T0 });
  expect(rig.audit.verify()).toEqual({ kind: 'intact', entries: written });
  expect(rig.audit.entriesAfter(written - 1, 1)[0]).toMatchObject({ kind: 'void', operatorId: '0002', details: { transaction: 'txn-1' } });
});
