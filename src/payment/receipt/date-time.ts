// A slip's date and time, "2026-11-30 21:49:08", in the merchant's zone: the clock is UTC, the
// cardholder reads local time. The zone is configuration; a name Intl does not know is refused.
import { PosError } from '../../errors/index.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    } catch {
      throw new PosError('E-RECEIPT-0002', { field: 'timeZone' });
    }
    formats.set(timeZone, f);
  }
  return f;
}

export function dateTimeText(at: Date, timeZone: string): string {
  if (Number.isNaN(at.getTime())) throw new PosError('E-RECEIPT-0002', { field: 'at' });
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
