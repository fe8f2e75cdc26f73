// issue 6: commands are signed; forged, replayed and expired ones are refused with a code, and
// a command runs at most once, across a restart too (the ledger is a real file).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admitRemoteCommand, COMMAND_LEDGER_FILE, CommandLedger, createSignedVerifier, DEFAULT_COMMAND_POLICY, provisionDeviceKey } from '../../../src/channel/identity.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../../../src/protos/index.js';
import { BACKEND, OTHER_BACKEND, expectCode, signAs, tempDir } from './fixtures.js';

const NOW = 1_790_000_000_000n;
const policy = { deviceSerial: 'SN0001', ...DEFAULT_COMMAND_POLICY };
const verifier = createSignedVerifier(BACKEND.publicKey);

function command(fields: Partial<posrt.channel.v1.IRemoteCommand> = {}, key = BACKEND): posrt.channel.v1.ISigned {
  const bytes = posrt.channel.v1.RemoteCommand.encode({
    commandId: 'c-1',
    deviceSerial: 'SN0001',
    issuedAtMs: toLong(NOW - 1000n),
    expiresAtMs: toLong(NOW + 60_000n),
    reboot: { afterCurrentTransaction: true },
    ...fields,
  }).finish();
  return signAs(key, PAYLOAD_TYPES.remoteCommand, bytes);
}

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  provisionDeviceKey(dir);
});
afterEach(() => cleanup());

describe('admitRemoteCommand', () => {
  it('admits a signed, current command for this terminal and names its action', () => {
    const { command: c, action } = admitRemoteCommand(command(), verifier, CommandLedger.open(dir), policy, NOW);
    expect(action).toBe('reboot');
    expect(c.reboot?.afterCurrentTransaction).toBe(true);
  });

  it('refuses the same command twice (E-CHAN-0014), also after a restart', () => {
    const ledger = CommandLedger.open(dir);
    admitRemoteCommand(command(), verifier, ledger, policy, NOW);
    expectCode('E-CHAN-0014', () => admitRemoteCommand(command(), verifier, ledger, policy, NOW + 1n));
    expectCode('E-CHAN-0014', () => admitRemoteCommand(command(), verifier, CommandLedger.open(dir), policy, NOW + 2n));
    admitRemoteCommand(command({ commandId: 'c-2', lock: { reason: 'audit' }, reboot: null }), verifier, ledger, policy, NOW);
  });

  it('refuses an expired command (E-CHAN-0011) and one issued in the future beyond the skew (E-CHAN-0012)', () => {
    const ledger = CommandLedger.open(dir);
    expectCode('E-CHAN-0011', () => admitRemoteCommand(command(), verifier, ledger, policy, NOW + 60_001n));
    const future = command({ issuedAtMs: toLong(NOW + 5n * 60_000n + 1n), expiresAtMs: toLong(NOW + 3_600_000n) });
    expectCode('E-CHAN-0012', () => admitRemoteCommand(future, verifier, ledger, policy, NOW));
    // Within the skew it is fine.
    admitRemoteCommand(command({ commandId: 'c-3', issuedAtMs: toLong(NOW + 60_000n), expiresAtMs: toLong(NOW + 120_000n) }), verifier, ledger, policy, NOW);
  });

  it('refuses a command for another terminal (E-CHAN-0013)', () => {
    expectCode('E-CHAN-0013', () => admitRemoteCommand(command({ deviceSerial: 'SN0002' }), verifier, CommandLedger.open(dir), policy, NOW));
  });

  it('refuses forged commands: another key (E-CHAN-0007), tampered (E-CHAN-0006), and records none of them', () => {
    const ledger = CommandLedger.open(dir);
    expectCode('E-CHAN-0007', () => admitRemoteCommand(command({}, OTHER_BACKEND), verifier, ledger, policy, NOW));
    const signed = command();
    const payload = Uint8Array.from(signed.payload!);
    payload[3]! ^= 0x01;
    expectCode('E-CHAN-0006', () => admitRemoteCommand({ ...signed, payload }, verifier, ledger, policy, NOW));
    expect(ledger.has('c-1')).toBe(false);
  });

  it('refuses a command without an id or action, or with a window too long or inverted (E-CHAN-0017)', () => {
    const ledger = CommandLedger.open(dir);
    expectCode('E-CHAN-0017', () => admitRemoteCommand(command({ commandId: '' }), verifier, ledger, policy, NOW));
    expectCode('E-CHAN-0017', () => admitRemoteCommand(command({ reboot: null }), verifier, ledger, policy, NOW));
    expectCode('E-CHAN-0017', () => admitRemoteCommand(command({ expiresAtMs: toLong(NOW - 2000n) }), verifier, ledger, policy, NOW));
    expectCode('E-CHAN-0017', () => admitRemoteCommand(command({ expiresAtMs: toLong(NOW + 25n * 3_600_000n) }), verifier, ledger, policy, NOW));
  });

  it('forgets ids whose commands have expired, and reports a damaged ledger file (E-CHAN-0021)', () => {
    const ledger = CommandLedger.open(dir);
    admitRemoteCommand(command(), verifier, ledger, policy, NOW);
    const later = NOW + 3_600_000n;
    admitRemoteCommand(command({ commandId: 'c-9', issuedAtMs: toLong(later), expiresAtMs: toLong(later + 1000n) }), verifier, ledger, policy, later);
    const reopened = CommandLedger.open(dir);
    expect([reopened.has('c-1'), reopened.has('c-9')]).toEqual([false, true]);
    writeFileSync(join(dir, COMMAND_LEDGER_FILE), '{"not": "a list"');
    expectCode('E-CHAN-0021', () => CommandLedger.open(dir));
  });
});
