// Generates the virtual card's TEST RSA keys once (EMV Book 2 §11.2: CA, issuer and ICC key
// pairs, public exponent 3). Run `npx tsx src/emulators/card/keys/generate.ts` and commit the
// JSON it writes; the card loads that file, so every start and every test sees the same keys.
// Sizes keep each key shorter than the one that certifies it (Book 2 §5.1: N_ICC <= N_I <= N_CA)
// and large enough that both certificate remainder cases occur: the issuer key (128 bytes) is
// longer than N_CA - 36 and the ICC key (96 bytes) longer than N_I - 42.
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CA_BITS = 1152;
const ISSUER_BITS = 1024;
const ICC_BITS = 768;

/** Our own CA index for each RID; chosen outside the indexes the schemes use for their test CAs. */
const CAS = [
  { rid: 'A000000003', index: 'F1' },
  { rid: 'A000000004', index: 'F1' },
  { rid: 'A000000333', index: 'F1' },
] as const;
const ISSUERS = ['visa', 'mastercard', 'unionpay'] as const;
const ICCS = ['visa', 'mastercard', 'unionpay-credit'] as const;

function rsaJwk(bits: number): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 3 });
  return privateKey.export({ format: 'jwk' });
}

const file = {
  warning: 'TEST KEYS ONLY, for the posrt virtual card. Never load them into a real terminal, HSM or issuer system.',
  cas: CAS.map((ca) => ({ ...ca, expiry: '301231', jwk: rsaJwk(CA_BITS) })),
  issuers: ISSUERS.map((name) => ({ name, jwk: rsaJwk(ISSUER_BITS) })),
  iccs: ICCS.map((name) => ({ name, jwk: rsaJwk(ICC_BITS) })),
};

writeFileSync(fileURLToPath(new URL('./test-keys.json', import.meta.url)), `${JSON.stringify(file, null, 2)}\n`);
