// scripts/keygen --out DIR
// Makes the release key pair that signs images and a device key pair (src/image/release-keys.ts)
// in DIR (created 0700; private keys 0600). Refuses to replace keys that exist. Prints what it
// made as JSON: the directory, the release key's id and the device's public key.
import { toHex } from '../../src/bytes/hex.js';
import { makeKeys } from '../../src/image/release-keys.js';
import { options, required, run, say } from './script.js';

const USAGE = 'usage: scripts/keygen --out DIR';

await run(async () => {
  const o = options(process.argv.slice(2), { out: { type: 'string' } }, USAGE);
  const made = makeKeys(required(o.out, '--out', USAGE));
  say({ step: 'keygen', dir: made.dir, releaseKeyId: toHex(made.releaseKeyId), devicePublicKey: toHex(made.devicePublicKey), private: ['release.key', 'device.key'], public: ['release.pub', 'device.pub'] });
});
