// The terminal's side of a firmware download (firmware.proto), resumable across dropped
// connections and restarts. A verified offer is kept on disk as received (the Signed bytes, so
// it is verified again with the pinned key when the terminal starts) beside the partial image;
// chunks are asked for a window at a time from the first one not held, each checked against the
// offer's hash on arrival and written at its place in the file. After a restart the partial
// file is hashed chunk by chunk from the start, so the download resumes from the first chunk
// that is missing or was torn by a power cut — no separate record of progress can disagree with
// the file. A chunk failing its check is dropped and asked for again, a few times; the complete
// image is hashed whole before it is kept as verified, and once more before an installer gets it.
import { createHash } from 'node:crypto';
import { closeSync, constants, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PosError } from '../errors/index.js';
import { posrt, toBigInt } from '../protos/index.js';
import { checkFirmwareChunk, checkFirmwareImage, openFirmwareOffer, type FirmwareTarget } from './firmware-offer.js';
import type { SignedVerifier } from './signed-verifier.js';
import { readStateFile, replaceStateFile } from './state-file.js';

const v1 = posrt.channel.v1;

export const FIRMWARE_DIR = 'firmware';
const OFFER_FILE = 'offer.signed';

export interface FirmwareDownloadOptions {
  /** The channel's state directory; downloads live in its `firmware/` subdirectory. */
  readonly dir: string;
  readonly verifier: SignedVerifier;
  readonly target: FirmwareTarget;
  readonly now: () => number;
  /** Chunks asked for per request. */
  readonly window?: number;
  /** Times one chunk may fail its check before the download is abandoned for this session. */
  readonly maxBadChunks?: number;
}

/** A downloaded image whose whole SHA-256 matched the signed offer. */
export interface VerifiedFirmware {
  readonly firmwareId: string;
  readonly version: string;
  readonly path: string;
  readonly size: number;
  readonly sha256: Uint8Array;
}

export type FirmwareProgress =
  | { readonly kind: 'request'; readonly request: posrt.channel.v1.FirmwareChunkRequest.$Properties }
  | { readonly kind: 'idle' }
  | { readonly kind: 'verified'; readonly image: VerifiedFirmware }
  /** The offer, a chunk or the image was refused: what the terminal reports. */
  | { readonly kind: 'refused'; readonly firmwareId: string; readonly error: PosError };

interface Current {
  readonly offer: posrt.channel.v1.FirmwareOffer;
  /** The first chunk not held. */
  next: number;
  /** One past the last chunk of the window asked for. */
  windowEnd: number;
  badChunks: number;
  /** Gave up on a chunk in this session; the next session tries again. */
  stalled: boolean;
}

/** The firmware id a refused offer names, read without trusting it, for the report only; empty
 *  when the payload is not an offer at all. */
function claimedFirmwareId(signed: posrt.channel.v1.ISigned): string {
  try {
    return v1.FirmwareOffer.decode(signed.payload ?? new Uint8Array(0)).firmwareId.slice(0, 64);
  } catch {
    return '';
  }
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

function storageError(path: string, e: unknown): PosError {
  return e instanceof PosError ? e : new PosError('E-CHAN-0205', { path, errno: (e as NodeJS.ErrnoException).code ?? 'unknown' }, { cause: e });
}

export class FirmwareDownloads {
  #current: Current | undefined;
  private readonly root: string;
  private readonly window: number;
  private readonly maxBadChunks: number;

  private constructor(private readonly o: FirmwareDownloadOptions) {
    this.root = join(o.dir, FIRMWARE_DIR);
    this.window = o.window ?? 8;
    this.maxBadChunks = o.maxBadChunks ?? 3;
  }

  /** Opens the downloads kept in `dir`, resuming one that was under way: its offer verified
   *  again, its partial file checked chunk by chunk. An offer that no longer verifies or has
   *  expired is dropped with its partial file. E-CHAN-0205 when the files cannot be read. */
  static open(o: FirmwareDownloadOptions): FirmwareDownloads {
    const downloads = new FirmwareDownloads(o);
    const offerPath = join(downloads.root, OFFER_FILE);
    try {
      mkdirSync(downloads.root, { recursive: true, mode: 0o700 });
      const text = readStateFile(offerPath);
      if (text === undefined) return downloads;
      let offer: posrt.channel.v1.FirmwareOffer;
      try {
        offer = openFirmwareOffer(v1.Signed.decode(Buffer.from(text, 'base64')), o.verifier, o.target, BigInt(o.now()));
      } catch (e) {
        if (!(e instanceof PosError)) throw e;
        rmSync(offerPath, { force: true });
        downloads.discardPartials();
        return downloads;
      }
      const next = downloads.heldChunks(offer);
      downloads.#current = { offer, next, windowEnd: next, badChunks: 0, stalled: false };
    } catch (e) {
      throw storageError(offerPath, e);
    }
    return downloads;
  }

  /** What to ask for when a session opens: the rest of a download under way. */
  resume(): FirmwareProgress {
    const c = this.#current;
    if (c === undefined) return { kind: 'idle' };
    c.stalled = false;
    c.badChunks = 0;
    // Every chunk held but not yet kept as verified: the terminal stopped while completing.
    if (c.next === c.offer.chunkSha256.length) return this.complete(c);
    return this.requestFrom(c);
  }

  /** A signed offer arrived: verified and kept (the same image resumes where it was), or refused.
   *  One download at a time: an offer of another image replaces the one under way. */
  offered(signed: posrt.channel.v1.ISigned): FirmwareProgress {
    let offer: posrt.channel.v1.FirmwareOffer;
    try {
      offer = openFirmwareOffer(signed, this.o.verifier, this.o.target, BigInt(this.o.now()));
    } catch (e) {
      if (!(e instanceof PosError)) throw e;
      return { kind: 'refused', firmwareId: claimedFirmwareId(signed), error: e };
    }
    const verified = this.verifiedImage(offer.firmwareId);
    if (verified !== undefined) return { kind: 'verified', image: verified };
    const same = this.#current !== undefined && Buffer.from(this.#current.offer.sha256).equals(offer.sha256) && this.#current.offer.firmwareId === offer.firmwareId;
    if (!same) {
      const path = join(this.root, OFFER_FILE);
      try {
        this.discardPartials();
        replaceStateFile(path, Buffer.from(v1.Signed.encode(signed).finish()).toString('base64'));
      } catch (e) {
        return { kind: 'refused', firmwareId: offer.firmwareId, error: storageError(path, e) };
      }
      this.#current = { offer, next: 0, windowEnd: 0, badChunks: 0, stalled: false };
    }
    return this.resume();
  }

  /** A chunk arrived: written when it is the next one and checks out; the next request when the
   *  window is done or the chunk was bad; the verified image when it was the last. */
  chunk(chunk: posrt.channel.v1.IFirmwareChunk): FirmwareProgress {
    const c = this.#current;
    if (c === undefined || c.stalled || chunk.firmwareId !== c.offer.firmwareId || chunk.index !== c.next) return { kind: 'idle' };
    try {
      checkFirmwareChunk(c.offer, chunk);
    } catch (e) {
      if (!(e instanceof PosError)) throw e;
      c.badChunks++;
      if (c.badChunks >= this.maxBadChunks) {
        c.stalled = true;
        return { kind: 'refused', firmwareId: c.offer.firmwareId, error: new PosError('E-CHAN-0206', { firmwareId: c.offer.firmwareId, index: c.next, attempts: c.badChunks }) };
      }
      return this.requestFrom(c);
    }
    const part = this.partPath(c.offer.firmwareId);
    try {
      const w = openSync(part, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
      try {
        writeSync(w, chunk.data!, 0, chunk.data!.length, c.next * c.offer.chunkSize);
      } finally {
        closeSync(w);
      }
    } catch (e) {
      return { kind: 'refused', firmwareId: c.offer.firmwareId, error: storageError(part, e) };
    }
    c.next++;
    c.badChunks = 0;
    if (c.next === c.offer.chunkSha256.length) return this.complete(c);
    return c.next >= c.windowEnd ? this.requestFrom(c) : { kind: 'idle' };
  }

  /** The image of `firmwareId` if it was downloaded and its whole hash matched, hashed again now
   *  so that what is handed to an installer is what the offer signed. */
  verifiedImage(firmwareId: string): VerifiedFirmware | undefined {
    const manifest = readStateFile(this.verifiedManifest(firmwareId));
    if (manifest === undefined) return undefined;
    let m: { firmwareId: string; version: string; size: number; sha256: string };
    try {
      m = JSON.parse(manifest) as typeof m;
    } catch {
      return undefined;
    }
    const path = this.imagePath(firmwareId);
    const sha = this.hashFile(path, 0, m.size);
    if (sha === undefined || sha.toString('hex') !== m.sha256) return undefined;
    return { firmwareId: m.firmwareId, version: m.version, path, size: m.size, sha256: new Uint8Array(sha) };
  }

  private complete(c: Current): FirmwareProgress {
    const id = c.offer.firmwareId;
    const size = Number(toBigInt(c.offer.size));
    const part = this.partPath(id);
    try {
      const sha = this.hashFile(part, 0, size);
      try {
        checkFirmwareImage(c.offer, sha ?? new Uint8Array(0));
      } catch (e) {
        // Every chunk matched yet the whole does not: the file changed under us. Start over.
        rmSync(part, { force: true });
        c.next = 0;
        c.stalled = true;
        return { kind: 'refused', firmwareId: id, error: e as PosError };
      }
      const fd = openSync(part, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(part, this.imagePath(id));
      replaceStateFile(this.verifiedManifest(id), JSON.stringify({ firmwareId: id, version: c.offer.version, size, sha256: Buffer.from(c.offer.sha256).toString('hex') }));
      rmSync(join(this.root, OFFER_FILE), { force: true });
    } catch (e) {
      return { kind: 'refused', firmwareId: id, error: storageError(part, e) };
    }
    this.#current = undefined;
    return { kind: 'verified', image: this.verifiedImage(id)! };
  }

  private requestFrom(c: Current): FirmwareProgress {
    c.windowEnd = Math.min(c.offer.chunkSha256.length, c.next + this.window);
    return { kind: 'request', request: { firmwareId: c.offer.firmwareId, firstChunk: c.next, count: c.windowEnd - c.next } };
  }

  /** How many chunks from the start of the partial file match the offer's hashes. */
  private heldChunks(offer: posrt.channel.v1.FirmwareOffer): number {
    const part = this.partPath(offer.firmwareId);
    let size: number;
    try {
      size = statSync(part).size;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw e;
    }
    const fd = openSync(part, 'r');
    try {
      const buffer = Buffer.alloc(offer.chunkSize);
      const total = Number(toBigInt(offer.size));
      for (let i = 0; i < offer.chunkSha256.length; i++) {
        const length = Math.min(offer.chunkSize, total - i * offer.chunkSize);
        if ((i * offer.chunkSize) + length > size) return i;
        const read = readSync(fd, buffer, 0, length, i * offer.chunkSize);
        if (read !== length || !sha256(buffer.subarray(0, length)).equals(offer.chunkSha256[i]!)) return i;
      }
      return offer.chunkSha256.length;
    } finally {
      closeSync(fd);
    }
  }

  private hashFile(path: string, offset: number, length: number): Buffer | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw storageError(path, e);
    }
    try {
      const hash = createHash('sha256');
      const buffer = Buffer.alloc(64 * 1024);
      for (let at = offset; at < offset + length; ) {
        const read = readSync(fd, buffer, 0, Math.min(buffer.length, offset + length - at), at);
        if (read === 0) return undefined;
        hash.update(buffer.subarray(0, read));
        at += read;
      }
      return hash.digest();
    } finally {
      closeSync(fd);
    }
  }

  private discardPartials(): void {
    for (const name of readdirSync(this.root)) if (name.endsWith('.part')) rmSync(join(this.root, name), { force: true });
  }

  private partPath(id: string): string {
    return join(this.root, `${encodeURIComponent(id)}.part`);
  }

  private imagePath(id: string): string {
    return join(this.root, `${encodeURIComponent(id)}.image`);
  }

  private verifiedManifest(id: string): string {
    return join(this.root, `${encodeURIComponent(id)}.verified.json`);
  }
}
