// issue 6: a firmware offer is signed and names every chunk's hash; chunks are checked as they
// arrive (resumable from any chunk) and the image once complete.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFirmwareChunk, checkFirmwareImage, createSignedVerifier, openFirmwareOffer } from '../../../src/channel/identity.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../../../src/protos/index.js';
import { BACKEND, OTHER_BACKEND, expectCode, signAs } from './fixtures.js';

const NOW = 1_790_000_000_000n;
const verifier = createSignedVerifier(BACKEND.publicKey);
const target = { deviceSerial: 'SN0001', model: 'posrt-dev' };
const image = Uint8Array.from({ length: 2500 }, (_, i) => (i * 31) & 0xff);
const CHUNK = 1024;
const sha = (b: Uint8Array): Uint8Array => createHash('sha256').update(b).digest();
const chunks = [0, 1, 2].map((i) => image.subarray(i * CHUNK, (i + 1) * CHUNK));

function offer(fields: Partial<posrt.channel.v1.IFirmwareOffer> = {}, key = BACKEND): posrt.channel.v1.ISigned {
  const bytes = posrt.channel.v1.FirmwareOffer.encode({
    firmwareId: 'fw-0.2.0', version: '0.2.0', model: 'posrt-dev', deviceSerial: 'SN0001',
    size: toLong(BigInt(image.length), true), sha256: sha(image), chunkSize: CHUNK, chunkSha256: chunks.map(sha),
    issuedAtMs: toLong(NOW), expiresAtMs: toLong(NOW + 86_400_000n), ...fields,
  }).finish();
  return signAs(key, PAYLOAD_TYPES.firmwareOffer, bytes);
}

describe('firmware offer and chunks', () => {
  const opened = openFirmwareOffer(offer(), verifier, target, NOW);

  it('accepts every chunk in any order (a resumed download) and the whole image', () => {
    for (const i of [2, 0, 1]) checkFirmwareChunk(opened, { firmwareId: 'fw-0.2.0', index: i, data: chunks[i] });
    checkFirmwareImage(opened, sha(image));
    expect(chunks[2]!.length).toBe(452);
  });

  it('refuses a chunk that is altered, short, out of range or of another image (E-CHAN-0018)', () => {
    const altered = Uint8Array.from(chunks[1]!);
    altered[0]! ^= 1;
    expectCode('E-CHAN-0018', () => checkFirmwareChunk(opened, { firmwareId: 'fw-0.2.0', index: 1, data: altered }));
    expectCode('E-CHAN-0018', () => checkFirmwareChunk(opened, { firmwareId: 'fw-0.2.0', index: 1, data: chunks[1]!.subarray(1) }));
    expectCode('E-CHAN-0018', () => checkFirmwareChunk(opened, { firmwareId: 'fw-0.2.0', index: 3, data: chunks[2] }));
    expectCode('E-CHAN-0018', () => checkFirmwareChunk(opened, { firmwareId: 'fw-other', index: 0, data: chunks[0] }));
    expectCode('E-CHAN-0018', () => checkFirmwareImage(opened, sha(altered)));
  });

  it('refuses an offer signed by another key (E-CHAN-0007), expired (E-CHAN-0011), or for another terminal or model (E-CHAN-0013)', () => {
    expectCode('E-CHAN-0007', () => openFirmwareOffer(offer({}, OTHER_BACKEND), verifier, target, NOW));
    expectCode('E-CHAN-0011', () => openFirmwareOffer(offer({ expiresAtMs: toLong(NOW - 1n) }), verifier, target, NOW));
    expectCode('E-CHAN-0013', () => openFirmwareOffer(offer({ deviceSerial: 'SN0002' }), verifier, target, NOW));
    expectCode('E-CHAN-0013', () => openFirmwareOffer(offer({ model: 'other' }), verifier, target, NOW));
  });

  it('refuses an offer whose chunk hashes do not add up (E-CHAN-0017)', () => {
    expectCode('E-CHAN-0017', () => openFirmwareOffer(offer({ chunkSha256: chunks.slice(0, 2).map(sha) }), verifier, target, NOW));
    expectCode('E-CHAN-0017', () => openFirmwareOffer(offer({ chunkSize: 0 }), verifier, target, NOW));
    expectCode('E-CHAN-0017', () => openFirmwareOffer(offer({ sha256: new Uint8Array(20) }), verifier, target, NOW));
    expectCode('E-CHAN-0017', () => openFirmwareOffer(offer({ chunkSize: 1, size: toLong(1n << 40n, true) }), verifier, target, NOW));
  });
});
