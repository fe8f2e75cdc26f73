// EMV QRCPS Merchant-Presented Mode v1.1, Data Objects and the CRC (ID "63"): a payload is a
// run of data objects, each a two-digit ID, a two-digit length ("01"-"99") and that many
// characters of value — characters, not bytes, so a Chinese merchant name "最佳运输" has length
// 04. The CRC (ID "63") is CRC-16/CCITT-FALSE (ISO/IEC 13239: polynomial 1021, initial FFFF)
// over the UTF-8 of every object before it plus its own "6304", written as four upper-case hex
// digits.
import { PosError } from '../../errors/index.js';
import { crc16CcittFalse } from '../../wire/pinpad/crc16.js';

export interface DataObject {
  readonly id: string;
  readonly value: string;
  /** Where the object starts, in characters from the start of the payload. */
  readonly offset: number;
}

const MAX_LENGTH = 99;
const TWO_DIGITS = /^\d\d$/;
const utf8 = new TextEncoder();

/** Characters as the specification counts them: one per code point. */
export const charLength = (value: string): number => [...value].length;

export function encodeDataObject(id: string, value: string): string {
  const length = charLength(value);
  if (!TWO_DIGITS.test(id)) throw new PosError('E-QR-0004', { id, reason: 'ID is not two digits' });
  if (length < 1 || length > MAX_LENGTH) throw new PosError('E-QR-0004', { id, reason: 'length outside 1-99', length });
  return `${id}${String(length).padStart(2, '0')}${value}`;
}

/** Splits a run of data objects (the payload, or a template's value) without judging them. */
export function parseDataObjects(text: string, base = 0): DataObject[] {
  const chars = [...text];
  const out: DataObject[] = [];
  let i = 0;
  while (i < chars.length) {
    const offset = base + i;
    if (i + 4 > chars.length) throw new PosError('E-QR-0001', { offset, reason: 'ID and length cut short' });
    const id = chars[i]! + chars[i + 1]!;
    const lengthText = chars[i + 2]! + chars[i + 3]!;
    if (!TWO_DIGITS.test(id)) throw new PosError('E-QR-0001', { offset, reason: 'ID is not two digits' });
    if (!TWO_DIGITS.test(lengthText) || lengthText === '00') throw new PosError('E-QR-0001', { offset, id, reason: 'length is not 01-99' });
    const length = Number(lengthText);
    if (i + 4 + length > chars.length) throw new PosError('E-QR-0001', { offset, id, reason: 'value runs past the end', length });
    out.push({ id, value: chars.slice(i + 4, i + 4 + length).join(''), offset });
    i += 4 + length;
  }
  return out;
}

/** The CRC object's value for everything before it, "6304" included. */
export function mpmCrc(upToCrcValue: string): string {
  return crc16CcittFalse(utf8.encode(upToCrcValue)).toString(16).toUpperCase().padStart(4, '0');
}

/** Objects in the order given, then "6304" and the CRC over all of it. */
export function withCrc(objects: readonly { readonly id: string; readonly value: string }[]): string {
  const body = `${objects.map((o) => encodeDataObject(o.id, o.value)).join('')}6304`;
  return body + mpmCrc(body);
}
