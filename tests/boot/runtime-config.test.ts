// The terminal config file (src/boot/runtime-config.ts): what it names is used, what it does not
// is emulated, and a bad file is refused whole with E-CORE-0003 naming the field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRuntimeConfig } from '../../src/boot/runtime-config.js';
import { PosError } from '../../src/errors/index.js';

const dir = mkdtempSync(join(tmpdir(), 'posrt-runtime-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(content: string): NodeJS.ProcessEnv {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, content);
  return { POSRT_CONFIG: path };
}

function refusal(env: NodeJS.ProcessEnv): { code: string; context: Record<string, unknown> } {
  try {
    loadRuntimeConfig(env);
  } catch (e) {
    if (e instanceof PosError) return { code: e.code, context: e.context as Record<string, unknown> };
    throw e;
  }
  throw new Error('accepted');
}

describe('the terminal config file', () => {
  it('names real devices and the backend; what it leaves out stays null (emulated)', () => {
    const c = loadRuntimeConfig(
      file(JSON.stringify({ serial: 'SN1', pinPads: ['/dev/ttyUSB0'], printer: { tcp: '192.168.1.50:9100' }, backend: { address: 'ops.example.cn:443', token: 'T1', caFile: '/etc/posrt/ca.pem' }, webDisplayPort: 8080 })),
    );
    expect(c).toMatchObject({ serial: 'SN1', pinPads: ['/dev/ttyUSB0'], printer: { kind: 'tcp', host: '192.168.1.50', port: 9100 }, displays: null, scanners: null, webDisplayPort: 8080 });
    expect(c.backend).toEqual({ address: 'ops.example.cn:443', token: 'T1', caFile: '/etc/posrt/ca.pem' });
  });

  it('puts the journal backups where it says (another medium), else in the state directory (null)', () => {
    expect(loadRuntimeConfig(file('{"journalBackupDir":"/media/backup/posrt"}')).journalBackupDir).toBe('/media/backup/posrt');
    expect(loadRuntimeConfig(file('{}')).journalBackupDir).toBeNull();
    expect(refusal(file('{"journalBackupDir":"backups"}'))).toMatchObject({ code: 'E-CORE-0003', context: { field: 'journalBackupDir' } });
  });

  it('takes a serial printer', () => {
    expect(loadRuntimeConfig(file('{"printer":{"serial":"/dev/ttyS1"}}')).printer).toEqual({ kind: 'serial', path: '/dev/ttyS1' });
  });

  it('with no file at all (the checkout ships no config/terminal-runtime.json) everything is emulated', () => {
    const c = loadRuntimeConfig({ POSRT_CONFIG: '' });
    expect(c.file).toBeNull();
    expect(c).toMatchObject({ pinPads: null, printer: null, displays: null, scanners: null, backend: null, webDisplayPort: 0 });
  });

  it('refuses a file that is not JSON, a backend without a token, a bad printer or port, naming the field', () => {
    expect(refusal(file('{ pinPads: '))).toMatchObject({ code: 'E-CORE-0003', context: { reason: 'not JSON' } });
    expect(refusal(file('{"backend":{"address":"ops:443"}}'))).toMatchObject({ code: 'E-CORE-0003', context: { field: 'backend.token' } });
    expect(refusal(file('{"backend":{"address":"no-port","token":"T"}}'))).toMatchObject({ code: 'E-CORE-0003', context: { field: 'backend.address' } });
    expect(refusal(file('{"printer":{"usb":"x"}}'))).toMatchObject({ code: 'E-CORE-0003', context: { field: 'printer' } });
    expect(refusal(file('{"pinPads":"/dev/ttyUSB0"}'))).toMatchObject({ code: 'E-CORE-0003', context: { field: 'pinPads' } });
    expect(refusal(file('{"webDisplayPort":70000}'))).toMatchObject({ code: 'E-CORE-0003', context: { field: 'webDisplayPort' } });
    expect(refusal({ POSRT_CONFIG: join(dir, 'missing.json') })).toMatchObject({ code: 'E-CORE-0003', context: { reason: 'unreadable' } });
  });
});
