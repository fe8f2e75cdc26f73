// Firmware download (firmware.proto): the offer is signed by the pinned backend key and names
// the SHA-256 of every chunk and of the whole image, so each chunk is checked the moment it
// arrives — a bad one is dropped and asked for again, and a download resumes from the first
// chunk not yet held — and the assembled image once more before InstallFirmware may use it.
import { createHash } from 'node:crypto';
import { PosError } from '../errors/index.js';
import { PAYLOAD_TYPES, posrt, toBigInt } from '../protos/index.js';
import type { SignedVerifier } from './signed-verifier.js';

const SHA256_LENGTH = 32;
/** Keeps a hostile offer from making the terminal hold millions of chunk hashes. */
const MAX_CHUNKS = 1 << 16;

export interface FirmwareTarget {
  readonly deviceSerial: string;
  readonly model: string;
}

export function openFirmwareOffer(signed: posrt.channel.v1.ISigned, verifier: SignedVerifier, target: FirmwareTarget, nowMs: bigint): posrt.channel.v1.FirmwareOffer {
  const offer = verifier.openSigned(PAYLOAD_TYPES.firmwareOffer, signed, (b) => posrt.channel.v1.FirmwareOffer.decode(b));
  const size = toBigInt(offer.size);
  const chunks = offer.chunkSize === 0 ? -1n : (size + BigInt(offer.chunkSize) - 1n) / BigInt(offer.chunkSize);
  if (
    offer.firmwareId === '' || size === 0n || chunks < 1n || chunks > BigInt(MAX_CHUNKS) ||
    BigInt(offer.chunkSha256.length) !== chunks || offer.sha256.length !== SHA256_LENGTH ||
    offer.chunkSha256.some((h) => h.length !== SHA256_LENGTH)
  ) {
    throw new PosError('E-CHAN-0017', { type: PAYLOAD_TYPES.firmwareOffer, size: size.toString(), chunkSize: offer.chunkSize, hashes: offer.chunkSha256.length });
  }
  if (offer.deviceSerial !== target.deviceSerial) throw new PosError('E-CHAN-0013', { firmwareId: offer.firmwareId, expected: target.deviceSerial });
  if (offer.model !== target.model) throw new PosError('E-CHAN-0013', { firmwareId: offer.firmwareId, expectedModel: target.model });
  if (nowMs > toBigInt(offer.expiresAtMs)) throw new PosError('E-CHAN-0011', { firmwareId: offer.firmwareId });
  return offer;
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** Checks one chunk against the verified offer: its index, its length and its hash. */
export function checkFirmwareChunk(offer: posrt.channel.v1.FirmwareOffer, chunk: posrt.channel.v1.IFirmwareChunk): void {
  const index = chunk.index ?? 0;
  const data = chunk.data ?? new Uint8Array(0);
  const expectedHash = offer.chunkSha256[index];
  const last = index === offer.chunkSha256.length - 1;
  const size = toBigInt(offer.size);
  const expectedLength = last ? Number(size - BigInt(index) * BigInt(offer.chunkSize)) : offer.chunkSize;
  if (chunk.firmwareId !== offer.firmwareId || expectedHash === undefined || data.length !== expectedLength || !sha256(data).equals(expectedHash)) {
    throw new PosError('E-CHAN-0018', { firmwareId: offer.firmwareId, index, length: data.length });
  }
}

/** Checks the assembled image's SHA-256 (computed as it was written) against the offer. */
export function checkFirmwareImage(offer: posrt.channel.v1.FirmwareOffer, imageSha256: Uint8Array): void {
  if (!Buffer.from(offer.sha256).equals(imageSha256)) throw new PosError('E-CHAN-0018', { firmwareId: offer.firmwareId, index: 'image' });
}
