// The embedded backend's config file from POSRT_BACKEND_CONFIG (issue 7): unset is the
// checkout's config/backend.json (no --config), a file named is passed as an absolute path, and
// a name with no file behind it is E-CORE-0003 naming the variable, before any process starts;
// a file the backend refuses is E-BOOT-0001 naming the backend's own code (its stderr kept, not
// shown), started as npm start starts it: `pos backend` as a process.
// The file's use by a running npm start is tests/hil/kiosk-qr.test.ts's (wallet.paysAfterMs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKEND_CONFIG_VARIABLE, backendConfigFile, startEmbeddedBackend } from '../../src/boot/embedded-backend.js';
import { errorOf, rejectionOf } from '../support/pos-error.js';

const before = process.env[BACKEND_CONFIG_VARIABLE];
const dirs: string[] = [];
afterEach(() => {
  if (before === undefined) delete process.env[BACKEND_CONFIG_VARIABLE];
  else process.env[BACKEND_CONFIG_VARIABLE] = before;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('POSRT_BACKEND_CONFIG', () => {
  it('is no file when unset or empty', () => {
    delete process.env[BACKEND_CONFIG_VARIABLE];
    expect(backendConfigFile()).toBeUndefined();
    process.env[BACKEND_CONFIG_VARIABLE] = '';
    expect(backendConfigFile()).toBeUndefined();
  });

  it('names a file, made absolute for the backend process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-backend-config-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'backend.json'), '{}');
    process.env[BACKEND_CONFIG_VARIABLE] = relative(process.cwd(), join(dir, 'backend.json'));
    expect(backendConfigFile()).toBe(join(dir, 'backend.json'));
  });

  it('naming no file is E-CORE-0003 with the variable and the path', () => {
    process.env[BACKEND_CONFIG_VARIABLE] = '/nonexistent/backend.json';
    const e = errorOf(() => backendConfigFile());
    expect(e.code).toBe('E-CORE-0003');
    expect(e.context).toMatchObject({ variable: 'POSRT_BACKEND_CONFIG', path: '/nonexistent/backend.json', problem: 'no such file' });
  });

  it('starts the backend with the checkout\'s rules and its stderr kept, its operations centre answering', async () => {
    delete process.env[BACKEND_CONFIG_VARIABLE];
    const dir = mkdtempSync(join(tmpdir(), 'posrt-backend-state-'));
    dirs.push(dir);
    const backend = await startEmbeddedBackend(dir);
    try {
      expect((await fetch(backend.link.opsCentreUrl)).status).toBe(200);
    } finally {
      await backend.process.stop();
    }
  }, 30_000);

  it('naming a file the backend refuses is E-BOOT-0001 with the backend\'s own code and message, and no token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-backend-config-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'backend.json'), '{"issuer": ');
    process.env[BACKEND_CONFIG_VARIABLE] = join(dir, 'backend.json');
    const e = await rejectionOf(startEmbeddedBackend(dir));
    expect(e.code).toBe('E-BOOT-0001');
    expect(e.context).toMatchObject({ process: 'backend', reason: 'exited (2) before listening', childCode: 'E-BACKEND-0011' });
    expect(e.context.childMessage).toContain('reason=not JSON');
    // The one-time token is 32 hex digits on its command line; it is in no part of the error.
    expect(e.message).not.toMatch(/[0-9a-f]{32}/);
  }, 30_000);
});
