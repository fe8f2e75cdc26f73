// Shared by the identity tests: a backend key pair (fixed seed, test only), a real temporary
// identity directory, and a way to expect a coded error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { isPosError, type ErrorCode } from '../../../src/errors/index.js';
import { ed25519KeyPairFromSeed, keyIdOf, signEd25519 } from '../../../src/security/index.js';
import type { posrt } from '../../../src/protos/index.js';

export const BACKEND = ed25519KeyPairFromSeed(new Uint8Array(32).fill(0x42));
export const OTHER_BACKEND = ed25519KeyPairFromSeed(new Uint8Array(32).fill(0x43));

export function signAs(pair: typeof BACKEND, payloadType: string, payload: Uint8Array): posrt.channel.v1.ISigned {
  return { payloadType, payload, signature: signEd25519(pair.secretKey, payloadType, payload), keyId: keyIdOf(pair.publicKey) };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'posrt-identity-'));
  return { dir: join(base, 'identity'), cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Runs `f`, expects it to throw a PosError with `code`, and returns the error. */
export function expectCode(code: ErrorCode, f: () => unknown): Error {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(Error);
  expect((caught as { code?: string }).code).toBe(code);
  expect(isPosError(caught, code)).toBe(true);
  return caught as Error;
}

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
