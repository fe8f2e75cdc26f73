// Firmware distribution (firmware.proto): an image is cut into chunks and kept with the SHA-256
// of each chunk and of the whole; an offer to one terminal names them all and is signed with
// the backend key when sent, so every chunk the terminal receives is checked against a signed
// hash without a signature per chunk. Chunks are served from the stored image on the terminal's
// FirmwareChunkRequest, from the chunk it asks for, which is how a download resumes.
import { createHash } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { keyIdOf, signEd25519, type Ed25519KeyPair } from '../security/index.js';
import { PAYLOAD_TYPES, posrt, toLong } from '../protos/index.js';
import type { CommandStore, FirmwareImage, FirmwareOfferRecord } from './command-store.js';

export const DEFAULT_CHUNK_SIZE = 64 * 1024;
const MIN_CHUNK_SIZE = 1024;
const MAX_CHUNK_SIZE = 1024 * 1024;
/** The terminal refuses an offer with more (firmware-offer.ts). */
const MAX_CHUNKS = 1 << 16;
/** Chunks sent for one request at most: the terminal asks again from the next it lacks. */
const MAX_CHUNKS_PER_REQUEST = 64;

export interface FirmwareFacts {
  readonly firmwareId: string;
  readonly version: string;
  readonly model: string;
  readonly notes: string;
  readonly chunkSize: number;
}

const sha256 = (data: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(data).digest());

/** The image's record: its chunks' hashes and its own; E-BACKEND-0103 when it cannot be offered. */
export function firmwareImageOf(bytes: Uint8Array, facts: FirmwareFacts, now: number): FirmwareImage {
  const { chunkSize } = facts;
  if (!Number.isInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) throw new PosError('E-BACKEND-0103', { chunkSize });
  if (bytes.length === 0) throw new PosError('E-BACKEND-0103', { size: 0 });
  const chunks = Math.ceil(bytes.length / chunkSize);
  if (chunks > MAX_CHUNKS) throw new PosError('E-BACKEND-0103', { size: bytes.length, chunkSize, chunks });
  if (!/^[\x21-\x7e]{1,128}$/.test(facts.firmwareId) || facts.model === '') throw new PosError('E-BACKEND-0103', { field: facts.model === '' ? 'model' : 'firmwareId' });
  const chunkSha256 = Array.from({ length: chunks }, (_, i) => sha256(bytes.subarray(i * chunkSize, (i + 1) * chunkSize)));
  return { ...facts, size: bytes.length, sha256: sha256(bytes), chunkSha256, storedAt: now };
}

/** The offer for one terminal, signed with the backend key. */
export function signedFirmwareOffer(image: FirmwareImage, offer: FirmwareOfferRecord, key: Ed25519KeyPair): posrt.channel.v1.Signed.$Properties {
  const payload = posrt.channel.v1.FirmwareOffer.encode({
    firmwareId: image.firmwareId,
    version: image.version,
    model: image.model,
    deviceSerial: offer.serial,
    size: toLong(BigInt(image.size), true),
    sha256: image.sha256,
    chunkSize: image.chunkSize,
    chunkSha256: [...image.chunkSha256],
    notes: image.notes,
    issuedAtMs: toLong(BigInt(offer.offeredAt)),
    expiresAtMs: toLong(BigInt(offer.expiresAt)),
  }).finish();
  return { payloadType: PAYLOAD_TYPES.firmwareOffer, payload, signature: signEd25519(key.secretKey, PAYLOAD_TYPES.firmwareOffer, payload), keyId: keyIdOf(key.publicKey) };
}

/** The chunks a request asks for, read from the stored image one at a time; none when the image
 *  was not offered to this terminal (or the offer expired). */
export async function* requestedChunks(store: CommandStore, serial: string, request: posrt.channel.v1.FirmwareChunkRequest, now: number): AsyncGenerator<posrt.channel.v1.FirmwareChunk.$Properties> {
  const offered = (await store.firmwareOffers(serial)).some((o) => o.firmwareId === request.firmwareId && o.expiresAt >= now);
  const image = offered ? await store.firmware(request.firmwareId) : undefined;
  if (image === undefined) return;
  const total = image.chunkSha256.length;
  const wanted = request.count === 0 ? MAX_CHUNKS_PER_REQUEST : Math.min(request.count, MAX_CHUNKS_PER_REQUEST);
  const end = Math.min(total, request.firstChunk + wanted);
  for (let index = request.firstChunk; index < end; index++) {
    const data = await store.firmwareBytes(image.firmwareId, index * image.chunkSize, image.chunkSize);
    if (data === undefined) return;
    yield { firmwareId: image.firmwareId, index, data };
  }
}
