// scripts/provision.ts as an operator runs it: a real child process writing real files.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStoredIdentity } from '../../../src/channel/identity.js';
import { BACKEND, OTHER_BACKEND, hex, tempDir } from './fixtures.js';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/provision.ts');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('scripts/provision.ts', () => {
  it('makes the device key, pins the backend key and prints the public key to register', () => {
    const r = run('--dir', dir, '--backend-key', hex(BACKEND.publicKey));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { provisioned: boolean; publicKey: string; keyId: string };
    const stored = loadStoredIdentity(dir);
    expect(out.provisioned).toBe(true);
    expect(out.publicKey).toBe(hex(stored.device.publicKey).toUpperCase());
    expect(hex(stored.backendKey)).toBe(hex(BACKEND.publicKey));
    expect(statSync(join(dir, 'device.key')).mode & 0o777).toBe(0o600);
  });

  it('keeps an existing key on a second run and refuses another backend key with its code', () => {
    expect(run('--dir', dir, '--backend-key', hex(BACKEND.publicKey)).status).toBe(0);
    const key = readFileSync(join(dir, 'device.key'));
    const again = run('--dir', dir);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).provisioned).toBe(false);
    const other = run('--dir', dir, '--backend-key', hex(OTHER_BACKEND.publicKey));
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/^E-CHAN-0019 /);
    expect(readFileSync(join(dir, 'device.key')).equals(key)).toBe(true);
    expect(hex(readFileSync(join(dir, 'backend.pub')))).toBe(hex(BACKEND.publicKey));
  });

  it('answers bad arguments with E-CORE-0001 or E-CORE-0002 and writes nothing', () => {
    expect(run().stderr).toMatch(/^E-CORE-0001 /);
    expect(run('--dir', dir, '--frobnicate').stderr).toMatch(/^E-CORE-0001 /);
    const badHex = run('--dir', join(dir, 'x'), '--backend-key', 'zz');
    expect([badHex.status, badHex.stderr.slice(0, 12)]).toEqual([1, 'E-CORE-0002 ']);
    expect(() => statSync(join(dir, 'x'))).toThrow();
  });
});
