// EMV Contactless Book C-3 §5.6 (Book C-7 alike) processing restrictions of the quick flow:
// only the expiry date is checked — 5F24 (YYMMDD), else the YYMM after the separator of the
// track 2 equivalent data (valid to the end of that month) — against the transaction date.
import { fromHex, toHex } from '../../../bytes/hex.js';
import { PosError } from '../../../errors/index.js';
import { transactionDateKey } from '../../oda/index.js';
import type { QuickSession } from './session.js';

export function applicationExpired(s: QuickSession): boolean {
  const expiry = expiryDate(s);
  const expires = expiry === undefined ? undefined : transactionDateKey(expiry);
  const today = transactionDateKey(s.data.require(0x9a, 'processing-restrictions'));
  if (expires === undefined || today === undefined) throw new PosError(s.flavour.errors.badObject, { step: 'processing-restrictions', tag: '5F24' });
  if (expires < today) s.tvr.set('expiredApplication');
  return expires < today;
}

function expiryDate(s: QuickSession): Uint8Array | undefined {
  const date = s.data.value(0x5f24);
  if (date !== undefined) return date;
  const track2 = s.data.value(0x57);
  const yymm = track2 === undefined ? undefined : /D(\d{4})/.exec(toHex(track2))?.[1];
  return yymm === undefined ? undefined : fromHex(`${yymm}31`);
}
