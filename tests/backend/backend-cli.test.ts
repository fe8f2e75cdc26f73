// `pos backend`'s bad input: a coded line on stderr and exit code 2, never a stack trace.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPos } from '../cli/run-pos.js';
import { tempDir } from '../support/backend-process.js';

/** The code of the coded line on stderr; the backend's JSON log lines may come before it (a
 *  taken --http-port is found after the store is open and the parameters imported). */
const codeOf = (stderr: string): string | undefined => /^(E-[A-Z]+-\d{4}) /m.exec(stderr)?.[1];

describe('pos backend arguments', () => {
  it('refuses a port that is not a number, a missing config file and a certificate without its key with E-BACKEND-0011', async () => {
    const dir = tempDir('posrt-backend-cli-');
    const db = join(dir, 'b.db');
    for (const args of [['--port', 'http'], ['--config', join(dir, 'none.json')], ['--tls-cert', join(dir, 'c.pem')]]) {
      const run = await runPos(['backend', '--db', db, ...args], { timeoutMs: 15_000 });
      expect([run.code, codeOf(run.stderr)]).toEqual([2, 'E-BACKEND-0011']);
    }
  });

  it('refuses an operations-centre port that is not a number or is taken with E-BACKEND-0011 naming --http-port', async () => {
    const dir = tempDir('posrt-backend-cli-');
    const taken = createServer();
    const port = await new Promise<number>((resolve) => taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)));
    try {
      for (const value of ['web', String(port)]) {
        const run = await runPos(['backend', '--port', '0', '--db', join(dir, 'b.db'), '--http-port', value], { timeoutMs: 15_000 });
        expect([run.code, codeOf(run.stderr)]).toEqual([2, 'E-BACKEND-0011']);
        expect(run.stderr).toContain('field=--http-port');
      }
    } finally {
      taken.close();
    }
  });
});
