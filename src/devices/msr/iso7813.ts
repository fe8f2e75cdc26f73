// ISO/IEC 7813 financial card tracks → the card's fields. Track 1, format code "B": PAN (up to
// 19 digits), "^", name (2..26 characters), "^", expiry YYMM, service code (3 digits),
// discretionary data. Track 2: PAN, "=", expiry YYMM, service code, discretionary data. The PAN
// carries its ISO/IEC 7812-1 (Luhn) check digit. Anything else is E-MSR-0006 naming the track
// and the field, never the value.
import { PosError } from '../../errors/index.js';
import { Sealed, type SwipedCard } from '../../kernel/index.js';

const TRACK1 = /^B(\d{1,19})\^([^^]{2,26})\^(\d{4})(\d{3})/;
const TRACK2 = /^(\d{1,19})=(\d{4})(\d{3})/;

export function cardFromTrack1(content: string): SwipedCard {
  if (content[0] !== 'B') throw new PosError('E-MSR-0006', { track: 1, field: 'format code' });
  const m = TRACK1.exec(content);
  if (!m) throw new PosError('E-MSR-0006', { track: 1, field: fieldAt(content) });
  return card(1, m[1]!, m[3]!, m[4]!, m[2]!.trim());
}

export function cardFromTrack2(content: string): SwipedCard {
  const m = TRACK2.exec(content);
  if (!m) throw new PosError('E-MSR-0006', { track: 2, field: /^\d{1,19}=/.test(content) ? 'expiry or service code' : 'pan' });
  return card(2, m[1]!, m[2]!, m[3]!, null);
}

function card(track: 1 | 2, pan: string, yymm: string, serviceCode: string, name: string | null): SwipedCard {
  if (pan.length < 12 || !luhn(pan)) throw new PosError('E-MSR-0006', { track, field: 'pan' });
  const month = Number(yymm.slice(2));
  if (month < 1 || month > 12) throw new PosError('E-MSR-0006', { track, field: 'expiry' });
  return {
    pan: new Sealed(pan),
    name: name === null ? null : new Sealed(name),
    expiry: { year: 2000 + Number(yymm.slice(0, 2)), month },
    serviceCode,
    chip: serviceCode[0] === '2' || serviceCode[0] === '6',
  };
}

function fieldAt(content: string): string {
  const parts = content.slice(1).split('^');
  if (!/^\d{1,19}$/.test(parts[0] ?? '')) return 'pan';
  if (parts.length < 3 || !/^.{2,26}$/.test(parts[1]!)) return 'name';
  return 'expiry or service code';
}

/** ISO/IEC 7812-1 Annex B check digit. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = digits.charCodeAt(digits.length - 1 - k) - 48;
    if (k % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
