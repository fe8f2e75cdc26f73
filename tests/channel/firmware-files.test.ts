// The firmware download's files on their own, with real files in a temporary directory and a
// real signed offer: what a restart finds (a partial file torn mid-chunk or damaged, an offer
// that expired meanwhile, an image altered after it was verified) and chunks that arrive out of
// place. The end-to-end download is firmware-download.test.ts.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FirmwareDownloads, type FirmwareProgress } from '../../src/channel/firmware-download.js';
import { createSignedVerifier } from '../../src/channel/signed-verifier.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../../src/protos/index.js';
import { BACKEND, signAs } from './identity/fixtures.js';

const CHUNK = 1024;
const image = new Uint8Array(randomBytes(CHUNK * 6 - 10));
const chunkOf = (i: number): Uint8Array => image.subarray(i * CHUNK, (i + 1) * CHUNK);
const sha = (b: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(b).digest());

function signedOffer(expiresAtMs: number): posrt.channel.v1.ISigned {
  const payload = posrt.channel.v1.FirmwareOffer.encode({
    firmwareId: 'fw-1',
    version: '0.2.0',
    model: 'posrt-dev',
    deviceSerial: 'SN-1',
    size: toLong(BigInt(image.length), true),
    sha256: sha(image),
    chunkSize: CHUNK,
    chunkSha256: Array.from({ length: 6 }, (_, i) => sha(chunkOf(i))),
    issuedAtMs: toLong(0n),
    expiresAtMs: toLong(BigInt(expiresAtMs)),
  }).finish();
  return signAs(BACKEND, PAYLOAD_TYPES.firmwareOffer, payload);
}

function open(dir: string, now = 1_000): FirmwareDownloads {
  return FirmwareDownloads.open({ dir, verifier: createSignedVerifier(BACKEND.publicKey), target: { deviceSerial: 'SN-1', model: 'posrt-dev' }, now: () => now, window: 2 });
}

const firstAsked = (p: FirmwareProgress): number | undefined => (p.kind === 'request' ? p.request.firstChunk ?? 0 : undefined);

/** Feeds chunks from..until-1 in order. */
function feed(d: FirmwareDownloads, from: number, until: number): FirmwareProgress {
  let last: FirmwareProgress = { kind: 'idle' };
  for (let i = from; i < until; i++) last = d.chunk({ firmwareId: 'fw-1', index: i, data: chunkOf(i) });
  return last;
}

describe('firmware download files', () => {
  it('resumes from the chunk a power cut tore, not from the last one written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-fw-'));
    const d = open(dir);
    expect(firstAsked(d.offered(signedOffer(10_000)))).toBe(0);
    feed(d, 0, 4);
    truncateSync(join(dir, 'firmware', 'fw-1.part'), 2 * CHUNK + 100);
    expect(firstAsked(open(dir).resume())).toBe(2);
  });

  it('resumes from a chunk whose bytes were damaged on disk, and completes with the image verified', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-fw-'));
    const d = open(dir);
    d.offered(signedOffer(10_000));
    feed(d, 0, 4);
    const part = join(dir, 'firmware', 'fw-1.part');
    const bytes = readFileSync(part);
    bytes[CHUNK + 5]! ^= 1;
    writeFileSync(part, bytes);
    const again = open(dir);
    expect(firstAsked(again.resume())).toBe(1);
    const done = feed(again, 1, 6);
    expect(done.kind).toBe('verified');
    expect(readFileSync(join(dir, 'firmware', 'fw-1.image')).equals(image)).toBe(true);
  });

  it('ignores a chunk out of place or of another image, and asks again for one that fails its hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-fw-'));
    const d = open(dir);
    d.offered(signedOffer(10_000));
    expect(d.chunk({ firmwareId: 'fw-1', index: 3, data: chunkOf(3) })).toEqual({ kind: 'idle' });
    expect(d.chunk({ firmwareId: 'fw-2', index: 0, data: chunkOf(0) })).toEqual({ kind: 'idle' });
    expect(firstAsked(d.chunk({ firmwareId: 'fw-1', index: 0, data: chunkOf(1) }))).toBe(0);
    expect(d.chunk({ firmwareId: 'fw-1', index: 0, data: chunkOf(0) })).toEqual({ kind: 'idle' });
    expect(firstAsked(d.chunk({ firmwareId: 'fw-1', index: 1, data: chunkOf(1) }))).toBe(2);
  });

  it('drops an offer that expired while the terminal was off, with its partial image', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-fw-'));
    const d = open(dir);
    d.offered(signedOffer(5_000));
    feed(d, 0, 2);
    expect(open(dir, 6_000).resume()).toEqual({ kind: 'idle' });
    expect(existsSync(join(dir, 'firmware', 'fw-1.part'))).toBe(false);
    expect(existsSync(join(dir, 'firmware', 'offer.signed'))).toBe(false);
  });

  it('no longer hands over an image altered after it was verified', () => {
    const dir = mkdtempSync(join(tmpdir(), 'posrt-fw-'));
    const d = open(dir);
    d.offered(signedOffer(10_000));
    expect(feed(d, 0, 6).kind).toBe('verified');
    expect(d.verifiedImage('fw-1')?.sha256).toEqual(sha(image));
    const kept = join(dir, 'firmware', 'fw-1.image');
    const bytes = readFileSync(kept);
    bytes[0]! ^= 1;
    writeFileSync(kept, bytes);
    expect(d.verifiedImage('fw-1')).toBeUndefined();
  });
});
