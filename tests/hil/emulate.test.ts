// pos emulate card as a person runs it: the real command in its own process dials vpcd and
// keeps the virtual card in pcscd's slot until Ctrl-C; meanwhile another `pos` process sees
// the card through pcsclite. SIGINT takes the card out and the command exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { usePcscd, type Pcscd } from '../../src/emulators/vpcd/pcscd.js';
import { runPos } from '../cli/run-pos.js';

const POS = join(import.meta.dirname, '../../bin/pos.mjs');

interface Emulator {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  readonly exited: Promise<number | string>;
}

function startEmulator(args: string[]): Emulator {
  const child = spawn(process.execPath, [POS, 'emulate', 'card', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** The exit code, or 'still running' when the process has not ended within `ms` after SIGINT. */
function exitWithin(emulator: Emulator, ms: number): Promise<number | string> {
  return Promise.race([emulator.exited, new Promise<string>((r) => setTimeout(() => r('still running'), ms))]);
}

async function until(what: string, test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface ReaderRow {
  name: string;
  card: string;
}
const slotState = async (name: string): Promise<string | undefined> => {
  const r = await runPos(['readers', '--json']);
  return (JSON.parse(r.stdout) as { readers: ReaderRow[] }).readers.find((x) => x.name === name)?.card;
};

describe('pos emulate card through pcscd and vpcd', () => {
  let pcscd: Pcscd;
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    pcscd = await usePcscd();
  });
  afterEach(async () => {
    // A failed test must not leave the card process behind.
    if (emulator && emulator.child.exitCode === null && emulator.child.signalCode === null) {
      emulator.child.kill('SIGKILL');
      await emulator.exited;
    }
    emulator = undefined;
  });
  afterAll(async () => {
    await pcscd.release();
  });

  it('inserts the profile in the slot asked for, card-info reads it, and SIGINT removes it with exit 0', async () => {
    emulator = startEmulator(['--profile', 'mastercard', '--slot', '0']);
    await until('the card to attach', () => emulator!.stdout().includes('inserted in Virtual PCD 00 00'), 20_000);
    // pcscd polls vpcd for presence about every 400 ms.
    let state: string | undefined;
    for (let i = 0; i < 20 && state !== 'present'; i++) {
      state = await slotState('Virtual PCD 00 00');
      if (state !== 'present') await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toBe('present');

    const info = await runPos(['card-info', '--json']);
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout) as { reader: string; interface: string; applications: { aid: string; status: string }[] };
    expect(json.reader).toBe('Virtual PCD 00 00');
    expect(json.interface).toBe('contact');
    expect(json.applications.map((a) => [a.aid, a.status])).toContainEqual(['A0000000041010', 'read']);

    emulator.child.kill('SIGINT');
    expect(await exitWithin(emulator, 8_000)).toBe(0);
    expect(emulator.stdout()).toContain('card removed');
    expect(emulator.stderr()).toBe('');
    // The slot is empty once pcscd has polled again.
    for (let i = 0; i < 20 && state !== 'empty'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      state = await slotState('Virtual PCD 00 00');
    }
    expect(state).toBe('empty');
  });

  it('puts a card in the contactless slot (1) with its contactless interface', async () => {
    emulator = startEmulator(['--profile', 'visa', '--slot', '1']);
    await until('the card to attach', () => emulator!.stdout().includes('(contactless) inserted in Virtual PCD 00 01'), 20_000);
    await new Promise((r) => setTimeout(r, 1_000));
    const info = await runPos(['card-info', '--reader', 'Virtual PCD 00 01', '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ reader: 'Virtual PCD 00 01', interface: 'contactless', directory: { kind: 'ppse' } });
    emulator.child.kill('SIGINT');
    expect(await exitWithin(emulator, 8_000)).toBe(0);
  });

  it('refuses a slot other than 0 or 1 with E-CORE-0001 and exit 2, inserting nothing', async () => {
    const r = await runPos(['emulate', 'card', '--profile', 'visa', '--slot', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^E-CORE-0001 /);
  });
});
