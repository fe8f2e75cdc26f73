// EMV Book 3 §10.2 Read Application Data: the Application File Locator (94) is a list of
// four-byte entries:
//   byte 1: SFI in b8-b4 (1 to 30), b3-b1 zero;
//   byte 2: first record (not 0);   byte 3: last record (not below the first);
//   byte 4: how many records, from the first, take part in offline data authentication.
// The whole AFL is checked before any record is read, so a malformed one costs no card time.
import { PosError } from '../../errors/index.js';

export interface AflEntry {
  readonly sfi: number;
  readonly firstRecord: number;
  readonly lastRecord: number;
  /** Records firstRecord .. firstRecord + odaRecords - 1 are signed for offline data authentication. */
  readonly odaRecords: number;
}

export function parseAfl(value: Uint8Array): AflEntry[] {
  if (value.length % 4 !== 0) throw new PosError('E-CARD-0008', { reason: 'length not a multiple of 4', length: value.length });
  const out: AflEntry[] = [];
  for (let at = 0; at < value.length; at += 4) {
    const b1 = value[at]!;
    const sfi = b1 >>> 3;
    const firstRecord = value[at + 1]!;
    const lastRecord = value[at + 2]!;
    const odaRecords = value[at + 3]!;
    if ((b1 & 0x07) !== 0) throw new PosError('E-CARD-0008', { offset: at, reason: 'SFI byte b3-b1 not zero' });
    if (sfi === 0 || sfi === 31) throw new PosError('E-CARD-0008', { offset: at, reason: 'SFI not 1 to 30', sfi });
    if (firstRecord === 0) throw new PosError('E-CARD-0008', { offset: at + 1, reason: 'first record is 0' });
    if (lastRecord < firstRecord) throw new PosError('E-CARD-0008', { offset: at + 2, reason: 'last record before first' });
    if (odaRecords > lastRecord - firstRecord + 1) throw new PosError('E-CARD-0008', { offset: at + 3, reason: 'more ODA records than the range holds' });
    out.push({ sfi, firstRecord, lastRecord, odaRecords });
  }
  return out;
}
