// The issuer simulator's PIN rule for an online PIN (ISO 9564-1 format 0 under TDES DUKPT or
// format 4 under AES DUKPT, as the terminal's PIN pad sends it): security's decipherOnlinePin
// with the configured TEST BDKs, then the PIN compared with the one on file for that test card.
// Wrong PINs are counted per card in memory only, keyed by the SHA-256 of the PAN, so the
// count is lost when the backend restarts; at the limit the card's online PIN is blocked (ARC
// 75) until then. The PIN, the PIN block and the PAN go nowhere: not into a result, error or log.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isPosError } from '../errors/index.js';
import { decipherOnlinePin, type OnlinePinBdks } from '../security/index.js';
import { posrt } from '../protos/index.js';

const v1 = posrt.channel.v1;

/** Wrong online PINs per card; shared by every session of one backend process. */
export class PinTryCounter {
  private readonly wrong = new Map<string, number>();

  constructor(readonly limit: number) {}

  blocked(pan: string): boolean {
    return (this.wrong.get(key(pan)) ?? 0) >= this.limit;
  }

  /** Counts a wrong PIN; true when that reached the limit. */
  recordWrong(pan: string): boolean {
    const count = (this.wrong.get(key(pan)) ?? 0) + 1;
    this.wrong.set(key(pan), count);
    return count >= this.limit;
  }

  recordRight(pan: string): void {
    this.wrong.delete(key(pan));
  }
}

const key = (pan: string): string => createHash('sha256').update(pan).digest('hex');

export interface OnlinePinRules {
  readonly bdks: OnlinePinBdks;
  /** TEST cards' PINs by PAN: the simulator's stand-in for an issuer's PIN verification data. */
  readonly pins: ReadonlyMap<string, string>;
  readonly tries: PinTryCounter;
}

export type PinCheck = 'verified' | 'wrong' | 'tries-exceeded' | 'unverifiable';

const FORMATS = new Map<number, 0 | 4>([
  [v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO0, 0],
  [v1.PinBlockFormat.PIN_BLOCK_FORMAT_ISO4, 4],
]);

export function checkOnlinePin(rules: OnlinePinRules, pan: string, pin: posrt.channel.v1.IOnlinePin): PinCheck {
  if (rules.tries.blocked(pan)) return 'tries-exceeded';
  const format = FORMATS.get(pin.format ?? v1.PinBlockFormat.PIN_BLOCK_FORMAT_UNSPECIFIED);
  const onFile = rules.pins.get(pan);
  if (format === undefined || onFile === undefined) return 'unverifiable';
  let entered: string;
  try {
    entered = decipherOnlinePin(rules.bdks, { format, pinBlock: pin.pinBlock ?? new Uint8Array(0), ksn: pin.ksn ?? new Uint8Array(0) }, pan);
  } catch (error) {
    // A block that does not decipher (another key, a damaged block) cannot be judged right or wrong.
    if (isPosError(error)) return 'unverifiable';
    throw error;
  }
  if (entered.length === onFile.length && timingSafeEqual(Buffer.from(entered), Buffer.from(onFile))) {
    rules.tries.recordRight(pan);
    return 'verified';
  }
  return rules.tries.recordWrong(pan) ? 'tries-exceeded' : 'wrong';
}
