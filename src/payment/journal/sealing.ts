// Encryption at rest for the journal (PCI DSS req. 3.5: stored account data rendered unreadable):
// the card-derived and personal fields of a row are one AES-256-GCM blob whose associated data is
// the row's clear columns, id first (journal-rows.ts bindingOf), so a blob copied onto another
// row, or a clear column changed beside it (an amount, a phase), fails authentication instead of
// passing for that row's data. The keys come from the device's journal key by HKDF-SHA256
// (RFC 5869), one per use: sealing, the keyed PAN hash (a refund finds its original without the
// PAN being stored) and the key check that tells a wrong key apart from a tampered row.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { PosError } from '../../errors/index.js';

export const JOURNAL_KEY_LENGTH = 32;
const VERSION = 1;
const NONCE_LENGTH = 12;
const TAG_LENGTH = 16;
const HEADER = 1 + NONCE_LENGTH + TAG_LENGTH;

export interface JournalKeys {
  readonly seal: Buffer;
  readonly panHash: Buffer;
  /** HMAC of a fixed text under its own derived key: stored once, compared at every open. */
  readonly check: Buffer;
}

const derive = (deviceKey: Uint8Array, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', deviceKey, 'posrt journal v1', info, 32));

export function deriveJournalKeys(deviceKey: Uint8Array): JournalKeys {
  if (deviceKey.length !== JOURNAL_KEY_LENGTH) throw new PosError('E-JOURNAL-0013', { length: deviceKey.length });
  return {
    seal: derive(deviceKey, 'row sealing'),
    panHash: derive(deviceKey, 'pan hash'),
    check: createHmac('sha256', derive(deviceKey, 'key check')).update('posrt journal key check').digest(),
  };
}

export function sameKey(keys: JournalKeys, stored: Uint8Array): boolean {
  return stored.length === keys.check.length && timingSafeEqual(keys.check, stored);
}

/** HMAC-SHA256 of the PAN digits under the device's own key: equal PANs match on this terminal,
 *  and the value is worthless without the key (a plain hash of a PAN is brute-forced in hours). */
export function panHash(keys: JournalKeys, pan: string): Buffer {
  return createHmac('sha256', keys.panHash).update(pan, 'ascii').digest();
}

const aadOf = (binding: string): Buffer => Buffer.from(`posrt journal/${VERSION}/${binding}`, 'utf8');

/** version (1) | nonce (12) | tag (16) | ciphertext. The nonce is random per seal: the journal
 *  seals far fewer than the 2^32 messages NIST SP 800-38D §8.3 allows per key with random nonces. */
export function seal(keys: JournalKeys, binding: string, plaintext: Uint8Array, nonce: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-gcm', keys.seal, nonce, { authTagLength: TAG_LENGTH });
  cipher.setAAD(aadOf(binding));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), nonce, cipher.getAuthTag(), body]);
}

/** The plaintext, or E-JOURNAL-0006 naming the row (`name`) when the blob or what it is bound
 *  to was altered, cut or moved. */
export function unseal(keys: JournalKeys, binding: string, blob: Uint8Array, name: string): Buffer {
  if (blob.length < HEADER || blob[0] !== VERSION) throw new PosError('E-JOURNAL-0006', { row: name, problem: 'format' });
  const decipher = createDecipheriv('aes-256-gcm', keys.seal, blob.subarray(1, 1 + NONCE_LENGTH), { authTagLength: TAG_LENGTH });
  decipher.setAAD(aadOf(binding));
  decipher.setAuthTag(blob.subarray(1 + NONCE_LENGTH, HEADER));
  try {
    return Buffer.concat([decipher.update(blob.subarray(HEADER)), decipher.final()]);
  } catch (e) {
    throw new PosError('E-JOURNAL-0006', { row: name, problem: 'authentication' }, { cause: e });
  }
}

export const SEAL_NONCE_LENGTH = NONCE_LENGTH;
