// issue 6, device identity: the key pair made at provisioning, kept on disk with its
// permissions checked, and the pinned backend key. Real files in a temporary directory.
import { chmodSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKEND_KEY_FILE, DEVICE_KEY_FILE, loadDeviceIdentity, loadStoredIdentity, pinBackendKey, provisionDeviceKey } from '../../../src/channel/identity.js';
import { ed25519KeyPairFromSeed, verifyEd25519 } from '../../../src/security/index.js';
import { BACKEND, OTHER_BACKEND, expectCode, hex, tempDir } from './fixtures.js';

const SEED = new Uint8Array(32).fill(0x11);
const fixedRandom = (n: number): Uint8Array => SEED.subarray(0, n);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const keyPath = (): string => join(dir, DEVICE_KEY_FILE);

describe('provisioning', () => {
  it('stores the key pair from the injected randomness in a 0600 file and returns the public key', () => {
    const publicKey = provisionDeviceKey(dir, fixedRandom);
    const pair = ed25519KeyPairFromSeed(SEED);
    expect(hex(publicKey)).toBe(hex(pair.publicKey));
    expect(statSync(keyPath()).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(hex(readFileSync(keyPath()))).toBe(hex(pair.secretKey));
  });

  it('makes a different key each time from real randomness', () => {
    const a = provisionDeviceKey(dir);
    const { dir: other, cleanup: done } = tempDir();
    try {
      expect(hex(provisionDeviceKey(other))).not.toBe(hex(a));
    } finally {
      done();
    }
  });

  it('never replaces an existing key (E-CHAN-0016)', () => {
    provisionDeviceKey(dir, fixedRandom);
    const before = readFileSync(keyPath());
    expectCode('E-CHAN-0016', () => provisionDeviceKey(dir, () => new Uint8Array(32).fill(0x22)));
    expect(readFileSync(keyPath()).equals(before)).toBe(true);
  });

  it('pins the backend key once: the same key again is fine, another is refused (E-CHAN-0019)', () => {
    pinBackendKey(dir, BACKEND.publicKey);
    pinBackendKey(dir, BACKEND.publicKey);
    expectCode('E-CHAN-0019', () => pinBackendKey(dir, OTHER_BACKEND.publicKey));
    expect(hex(readFileSync(join(dir, BACKEND_KEY_FILE)))).toBe(hex(BACKEND.publicKey));
    expectCode('E-CHAN-0005', () => pinBackendKey(dir, new Uint8Array(31)));
  });
});

describe('loading', () => {
  beforeEach(() => {
    provisionDeviceKey(dir, fixedRandom);
    pinBackendKey(dir, BACKEND.publicKey);
  });

  it('loads the device key and the pinned key, and signs with the stored key', () => {
    const { device, backendKey } = loadStoredIdentity(dir);
    expect(hex(backendKey)).toBe(hex(BACKEND.publicKey));
    const signed = device.sign('posrt.channel.v1.SessionProof', Uint8Array.of(1, 2, 3));
    expect(verifyEd25519(ed25519KeyPairFromSeed(SEED).publicKey, 'posrt.channel.v1.SessionProof', Uint8Array.of(1, 2, 3), signed.signature!)).toBe(true);
  });

  it('keeps the secret key out of JSON and inspect output', () => {
    const device = loadDeviceIdentity(dir);
    const secretHex = hex(ed25519KeyPairFromSeed(SEED).secretKey.subarray(0, 32));
    const shown = JSON.stringify(device) + inspect(device, { depth: 5 }) + inspect(device, { depth: 5, showHidden: true });
    expect(shown).not.toContain(secretHex);
    expect(Buffer.from(shown).includes(Buffer.from(SEED))).toBe(false);
  });

  it.each([0o644, 0o640, 0o604, 0o660, 0o602])('refuses a device key file with mode %o (E-CHAN-0002), naming path and mode, not the key', (mode) => {
    chmodSync(keyPath(), mode);
    const e = expectCode('E-CHAN-0002', () => loadStoredIdentity(dir));
    expect(e.message).toContain(keyPath());
    expect(e.message).toContain(mode.toString(8));
    expect(e.message).not.toContain(hex(ed25519KeyPairFromSeed(SEED).secretKey).slice(0, 16));
  });

  it('accepts a read-only 0400 key file', () => {
    chmodSync(keyPath(), 0o400);
    expect(loadDeviceIdentity(dir).publicKey.length).toBe(32);
  });

  it('refuses a symbolic link in place of the key file (E-CHAN-0002)', () => {
    renameSync(keyPath(), join(dir, 'real.key'));
    symlinkSync(join(dir, 'real.key'), keyPath());
    expectCode('E-CHAN-0002', () => loadDeviceIdentity(dir));
  });

  it('reports a missing key as not provisioned (E-CHAN-0003), and a missing directory too', () => {
    expectCode('E-CHAN-0003', () => loadDeviceIdentity(join(dir, 'nowhere')));
    renameSync(keyPath(), join(dir, 'elsewhere'));
    expectCode('E-CHAN-0003', () => loadDeviceIdentity(dir));
  });

  it('refuses a truncated or tampered key file (E-CHAN-0004)', () => {
    const good = readFileSync(keyPath());
    truncateSync(keyPath(), 63);
    expectCode('E-CHAN-0004', () => loadDeviceIdentity(dir));
    const tampered = Buffer.from(good);
    tampered[50]! ^= 1;
    writeFileSync(keyPath(), tampered);
    expectCode('E-CHAN-0004', () => loadDeviceIdentity(dir));
    writeFileSync(keyPath(), Buffer.concat([good, Buffer.of(0)]));
    expectCode('E-CHAN-0004', () => loadDeviceIdentity(dir));
  });

  it('refuses a directory or pinned key others can write (E-CHAN-0020)', () => {
    chmodSync(join(dir, BACKEND_KEY_FILE), 0o666);
    expectCode('E-CHAN-0020', () => loadStoredIdentity(dir));
    chmodSync(join(dir, BACKEND_KEY_FILE), 0o644);
    chmodSync(dir, 0o777);
    expectCode('E-CHAN-0020', () => loadStoredIdentity(dir));
    chmodSync(dir, 0o700);
    expect(loadStoredIdentity(dir).backendKey.length).toBe(32);
  });

  it('reports a missing or damaged pinned key (E-CHAN-0005)', () => {
    writeFileSync(join(dir, BACKEND_KEY_FILE), Buffer.alloc(33));
    expectCode('E-CHAN-0005', () => loadStoredIdentity(dir));
    renameSync(join(dir, BACKEND_KEY_FILE), join(dir, 'gone'));
    expectCode('E-CHAN-0005', () => loadStoredIdentity(dir));
  });
});
