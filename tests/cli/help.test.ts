// `pos --help` and `pos <verb> --help`: the bad-arguments error (E-CORE-0001) tells people to
// run the command with --help, so every verb must answer it.
import { describe, expect, it } from 'vitest';
import { runPos } from './run-pos.js';

describe('pos help', () => {
  it('lists every verb', async () => {
    const r = await runPos(['--help']);
    expect(r.code).toBe(0);
    for (const verb of ['decode', 'readers', 'card-info', 'oda', 'txn', 'emulate', 'crypto']) expect(r.stdout).toMatch(new RegExp(`^  ${verb} `, 'm'));
  });

  it('answers --help after a verb with its usage, without running it', async () => {
    const r = await runPos(['txn', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: pos txn — txn --amount/);
    expect(r.stdout).toContain('--pinpad PATH');
    expect(r.stderr).toBe('');
  });
});
