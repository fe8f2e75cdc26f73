// Provisions a terminal's identity (issue 6): makes its Ed25519 device key in the identity
// directory (0600, never replacing one) and pins the backend's signing key when given.
//   tsx scripts/provision.ts --dir DIR [--backend-key HEX64]
// Prints {dir, publicKey, keyId} as JSON — the public key is what the operations centre
// registers with the terminal's provisioning token. A terminal already provisioned keeps its key
// and gets the backend key pinned (the same key again is fine; another is refused).
import { parseArgs } from 'node:util';
import { toHex, fromHex } from '../src/bytes/hex.js';
import { loadDeviceIdentity, pinBackendKey, provisionDeviceKey } from '../src/channel/identity.js';
import { PosError, isPosError } from '../src/errors/index.js';

const USAGE = 'usage: tsx scripts/provision.ts --dir DIR [--backend-key HEX64]';

function main(argv: string[]): void {
  let values: { dir?: string; 'backend-key'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { dir: { type: 'string' }, 'backend-key': { type: 'string' }, help: { type: 'boolean' } }, strict: true }));
  } catch (e) {
    throw new PosError('E-CORE-0001', { usage: USAGE }, { cause: e });
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.dir) throw new PosError('E-CORE-0001', { missing: '--dir' });
  const backendKey = values['backend-key'] === undefined ? undefined : fromHex(values['backend-key']);
  let provisioned = true;
  try {
    provisionDeviceKey(values.dir);
  } catch (e) {
    if (!isPosError(e, 'E-CHAN-0016')) throw e;
    provisioned = false;
  }
  // Loading checks what was written (or found) the way the terminal will at start.
  const device = loadDeviceIdentity(values.dir);
  if (backendKey !== undefined) pinBackendKey(values.dir, backendKey);
  console.log(JSON.stringify({ dir: values.dir, provisioned, publicKey: toHex(device.publicKey), keyId: toHex(device.keyId), backendKeyPinned: backendKey !== undefined }));
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!isPosError(e)) throw e;
  console.error(`${e.message}\n${e.describe('en').fix}`);
  process.exitCode = 1;
}
