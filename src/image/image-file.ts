// The image file: one file a release engineer copies around and a device verifies before it
// writes anything.
//   "POSRTIMG" | format (1 byte, 1) | manifest length (u32 BE) | manifest (UTF-8 JSON)
//   | Ed25519 signature (64 bytes) over MANIFEST_DOMAIN || 0x00 || manifest
//   | payload: gzip of every file's bytes concatenated in manifest order
// The signature covers the manifest only; the manifest names the payload's SHA-256 and every
// file's, so nothing after the signature is trusted until it hashes to what was signed. One
// gzip stream over all files (rather than a file each) is what keeps the image smaller than
// the runtime it carries: node_modules is thousands of small, similar files.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, closeSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, constants as zlib } from 'node:zlib';
import { PosError } from '../errors/index.js';
import { signEd25519, verifyEd25519, keyIdOf, type Ed25519KeyPair } from '../security/index.js';
import { toHex, fromHex } from '../bytes/hex.js';
import { encodeManifest, parseManifest, type Architecture, type Manifest, type ManifestFile } from './manifest.js';

export const MANIFEST_DOMAIN = 'posrt.image.manifest.v1';
const MAGIC = Buffer.from('POSRTIMG', 'ascii');
const FORMAT = 1;
const HEADER = MAGIC.length + 1 + 4;
const SIGNATURE_LENGTH = 64;
/** A manifest of a runtime with its node_modules is a few hundred KiB; far more is not ours. */
const MAX_MANIFEST = 16 * 1024 * 1024;

export interface ImageSource {
  readonly path: string;
  readonly mode: 0o755 | 0o644;
  /** Where the bytes are read from at build time. */
  readonly from: string;
}

export interface ImageIdentity {
  readonly name: string;
  readonly version: string;
  readonly arch: Architecture;
  readonly minVersion: string;
  readonly builtAt: string;
}

export interface OpenedImage {
  readonly path: string;
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly payloadOffset: number;
  /** SHA-256 of the manifest bytes (hex): names this exact image on a device. */
  readonly id: string;
}

const sha256hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Writes the image to `out` (through a temporary file renamed into place, so a half-written
 *  image never has the final name) and returns its manifest. */
export async function writeImage(out: string, sources: readonly ImageSource[], identity: ImageIdentity, key: Ed25519KeyPair): Promise<Manifest> {
  const payloadFile = `${out}.payload.tmp`;
  mkdirSync(dirname(out), { recursive: true });
  const files: ManifestFile[] = [];
  const payloadHash = createHash('sha256');
  let payloadSize = 0;
  try {
    const gzip = createGzip({ level: zlib.Z_BEST_COMPRESSION });
    const sink = createWriteStream(payloadFile, { mode: 0o600 });
    gzip.on('data', (chunk: Buffer) => {
      payloadHash.update(chunk);
      payloadSize += chunk.length;
    });
    const written = pipeline(gzip, sink);
    for (const s of sources) {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of createReadStream(s.from) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        if (!gzip.write(chunk)) await once(gzip, 'drain');
      }
      files.push({ path: s.path, size, mode: s.mode, sha256: hash.digest('hex') });
    }
    gzip.end();
    await written;
    const manifest: Manifest = {
      format: 1,
      ...identity,
      releasePublicKey: Buffer.from(key.publicKey).toString('hex'),
      payload: { size: payloadSize, sha256: payloadHash.digest('hex') },
      files,
    };
    // What is written is what parses: the build refuses to make an image no device would take.
    const manifestBytes = encodeManifest(parseManifest(encodeManifest(manifest)));
    const header = Buffer.alloc(HEADER);
    MAGIC.copy(header, 0);
    header.writeUInt8(FORMAT, MAGIC.length);
    header.writeUInt32BE(manifestBytes.length, MAGIC.length + 1);
    const signature = signEd25519(key.secretKey, MANIFEST_DOMAIN, manifestBytes);
    const tmp = `${out}.tmp`;
    const image = createWriteStream(tmp, { mode: 0o644 });
    image.write(header);
    image.write(manifestBytes);
    image.write(signature);
    await pipeline(createReadStream(payloadFile), image);
    renameSync(tmp, out);
    return manifest;
  } finally {
    rmSync(payloadFile, { force: true });
  }
}

/** Reads and parses the header and manifest; nothing is trusted yet (see verifyImage). */
export function openImage(path: string): OpenedImage {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new PosError('E-IMAGE-0004', { path, reason: (e as NodeJS.ErrnoException).code ?? 'unreadable' });
  }
  try {
    const header = Buffer.alloc(HEADER);
    if (readSync(fd, header, 0, HEADER, 0) !== HEADER || !header.subarray(0, MAGIC.length).equals(MAGIC)) throw new PosError('E-IMAGE-0004', { path, reason: 'magic' });
    if (header.readUInt8(MAGIC.length) !== FORMAT) throw new PosError('E-IMAGE-0004', { path, reason: `format ${header.readUInt8(MAGIC.length)}` });
    const length = header.readUInt32BE(MAGIC.length + 1);
    if (length === 0 || length > MAX_MANIFEST) throw new PosError('E-IMAGE-0004', { path, reason: `manifest length ${length}` });
    const rest = Buffer.alloc(length + SIGNATURE_LENGTH);
    if (readSync(fd, rest, 0, rest.length, HEADER) !== rest.length) throw new PosError('E-IMAGE-0004', { path, reason: 'truncated header' });
    const manifestBytes = new Uint8Array(rest.subarray(0, length));
    return {
      path,
      manifest: parseManifest(manifestBytes),
      manifestBytes,
      signature: new Uint8Array(rest.subarray(length)),
      payloadOffset: HEADER + rest.length,
      id: sha256hex(manifestBytes),
    };
  } finally {
    closeSync(fd);
  }
}

/** The manifest's signature with `trusted` (the device's pinned release key, or the key the
 *  caller was told to expect); E-IMAGE-0005 otherwise. */
export function verifyImageSignature(image: OpenedImage, trusted: Uint8Array): void {
  const signer = fromHex(image.manifest.releasePublicKey);
  if (!Buffer.from(signer).equals(trusted) || !verifyEd25519(trusted, MANIFEST_DOMAIN, image.manifestBytes, image.signature)) {
    throw new PosError('E-IMAGE-0005', { path: image.path, signer: toHex(keyIdOf(signer)), trusted: toHex(keyIdOf(trusted)) });
  }
}

/** Hashes the payload as stored against the signed manifest: a truncated or damaged download is
 *  found before anything touches the device. */
export async function verifyPayload(image: OpenedImage): Promise<void> {
  const size = statSync(image.path).size - image.payloadOffset;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(image.path, { start: image.payloadOffset }) as AsyncIterable<Buffer>) hash.update(chunk);
  const digest = hash.digest('hex');
  if (size !== image.manifest.payload.size || digest !== image.manifest.payload.sha256) {
    throw new PosError('E-IMAGE-0008', { path: image.path, part: 'payload', size, expected: image.manifest.payload.size });
  }
}

/** Each file's bytes in manifest order, every one checked against its signed size and hash as
 *  it completes; E-IMAGE-0008 at the first that differs. */
export async function* imageFiles(image: OpenedImage): AsyncGenerator<{ file: ManifestFile; data: Buffer }> {
  const files = image.manifest.files;
  let index = 0;
  let parts: Buffer[] = [];
  let held = 0;
  const gunzip = createGunzip();
  const stream = createReadStream(image.path, { start: image.payloadOffset }).pipe(gunzip);
  const damaged = (detail: string): PosError => new PosError('E-IMAGE-0008', { path: image.path, part: detail });
  const complete = function* (): Generator<{ file: ManifestFile; data: Buffer }> {
    while (index < files.length && held >= files[index]!.size) {
      const file = files[index]!;
      const all = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
      const data = all.subarray(0, file.size);
      parts = [all.subarray(file.size)];
      held -= file.size;
      if (sha256hex(data) !== file.sha256) throw damaged(file.path);
      index++;
      yield { file, data };
    }
  };
  try {
    yield* complete();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parts.push(chunk);
      held += chunk.length;
      yield* complete();
    }
  } catch (e) {
    if (e instanceof PosError) throw e;
    throw damaged(`payload: ${(e as NodeJS.ErrnoException).code ?? 'gzip'}`);
  } finally {
    stream.destroy();
  }
  if (index !== files.length || held !== 0) throw damaged(index !== files.length ? `missing ${files[index]!.path}` : 'trailing bytes');
}
