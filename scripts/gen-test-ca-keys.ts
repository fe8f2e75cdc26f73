// Writes config/ca-keys.json: the virtual cards' TEST certification authority public keys, in
// the CA key file format of src/emv/oda/ca-keys.ts. These are test keys made by
// src/emulators/card/keys/generate.ts; a production terminal's file holds the schemes' keys.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../src/bytes/hex.js';
import { testCaPublicKeys } from '../src/emulators/card/index.js';

const keys = testCaPublicKeys().map((k) => ({
  comment: 'TEST KEY of the posrt virtual cards, not a scheme key',
  rid: toHex(k.rid),
  index: k.index.toString(16).toUpperCase().padStart(2, '0'),
  modulus: toHex(k.modulus),
  exponent: toHex(k.exponent),
  expiry: k.expiry,
  checksum: toHex(k.checksum),
}));
const out = join(import.meta.dirname, '..', 'config', 'ca-keys.json');
writeFileSync(out, `${JSON.stringify({ keys }, null, 2)}\n`);
console.log(`wrote ${keys.length} test CA keys to ${out}`);
