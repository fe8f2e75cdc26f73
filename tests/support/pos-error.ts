// The PosError a call throws or a promise rejects with; anything else fails the test.
import { isPosError, type PosError } from '../../src/errors/index.js';

export function errorOf(f: () => unknown): PosError {
  try {
    f();
  } catch (e) {
    if (isPosError(e)) return e;
    throw e;
  }
  throw new Error('expected a PosError, got none');
}

export async function rejectionOf(p: Promise<unknown>): Promise<PosError> {
  try {
    await p;
  } catch (e) {
    if (isPosError(e)) return e;
    throw e;
  }
  throw new Error('expected a PosError rejection, got none');
}
