// pos backend-command and pos backend-firmware refuse what they cannot queue, as real child
// processes: exit 2 with the coded error on stderr, and nothing written to the store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStore } from '../support/backend-process.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');

function pos(args: readonly string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [POS, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('pos backend-command and pos backend-firmware', () => {
  const dir = mkdtempSync(join(tmpdir(), 'posrt-command-cli-'));
  const db = join(dir, 'backend.db');
  const image = join(dir, 'image.bin');
  writeFileSync(image, Buffer.alloc(5000, 7));

  it('refuses an action it does not know and a lifetime past 24 hours (E-BACKEND-0102)', () => {
    expect(pos(['backend-command', '--db', db, '--serial', 'SN-1', '--action', 'format-disk'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0102') });
    expect(pos(['backend-command', '--db', db, '--serial', 'SN-1', '--action', 'reboot', '--expires-min', '1441'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0102') });
    expect(pos(['backend-command', '--db', db, '--serial', 'SN-1', '--action', 'install-firmware'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0102') });
  });

  it('refuses a serial no terminal is enrolled with, and queues nothing (E-BACKEND-0101)', () => {
    expect(pos(['backend-command', '--db', db, '--serial', 'SN-NONE', '--action', 'lock'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0101') });
    expect(pos(['backend-firmware', '--db', db, '--serial', 'SN-NONE', '--image', image, '--version', '1', '--model', 'posrt-dev'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0101') });
    expect(readStore(db, 'SELECT * FROM commands')).toEqual([]);
    expect(readStore(db, 'SELECT * FROM firmware_offers')).toEqual([]);
  });

  it('refuses an image it cannot offer: unreadable, or a chunk size out of range (E-BACKEND-0103)', () => {
    expect(pos(['backend-firmware', '--db', db, '--serial', 'SN-1', '--image', join(dir, 'missing.bin'), '--version', '1', '--model', 'posrt-dev'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0103') });
    expect(pos(['backend-firmware', '--db', db, '--serial', 'SN-1', '--image', image, '--version', '1', '--model', 'posrt-dev', '--chunk-size', '100'])).toMatchObject({ status: 2, stderr: expect.stringContaining('E-BACKEND-0103') });
  });
});
