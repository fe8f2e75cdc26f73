// `pos backend`'s bad input: a coded line on stderr and exit code 2, never a stack trace.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPos } from '../cli/run-pos.js';
import { tempDir } from '../support/backend-process.js';

describe('pos backend arguments', () => {
  it('refuses a port that is not a number, a missing config file and a certificate without its key with E-BACKEND-0011', async () => {
    const dir = tempDir('posrt-backend-cli-');
    const db = join(dir, 'b.db');
    for (const args of [['--port', 'http'], ['--config', join(dir, 'none.json')], ['--tls-cert', join(dir, 'c.pem')]]) {
      const run = await runPos(['backend', '--db', db, ...args], { timeoutMs: 15_000 });
      expect([run.code, run.stderr.split(' ')[0]]).toEqual([2, 'E-BACKEND-0011']);
    }
  });
});
