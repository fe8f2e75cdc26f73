// EMV Book 3 §10.3: the static data to be authenticated is the records the AFL marks for
// offline data authentication (already concatenated by readAflRecords) followed by the values
// of the tags in the Static Data Authentication Tag List (9F4A). 9F4A may name only the AIP
// (82); any other tag, or a marked record that is not a 70 template, fails the method.
import { concatBytes } from '../../bytes/hex.js';
import type { OdaRecords } from '../records/index.js';
import { parseTagList } from '../dol/index.js';
import type { OdaFailure } from './failure.js';

export type CardData = ReadonlyMap<number, Uint8Array>;

export type StaticData = { readonly kind: 'ok'; readonly data: Uint8Array } | { readonly kind: 'failed'; readonly reason: OdaFailure };

export function staticDataToAuthenticate(records: OdaRecords, card: CardData): StaticData {
  if (records.kind === 'invalid-record') return { kind: 'failed', reason: 'invalid-oda-record' };
  const tagList = card.get(0x9f4a);
  if (tagList === undefined || tagList.length === 0) return { kind: 'ok', data: records.data };
  let tags: number[];
  try {
    tags = parseTagList(tagList);
  } catch {
    return { kind: 'failed', reason: 'static-data-tag-list-invalid' };
  }
  if (tags.length !== 1 || tags[0] !== 0x82) return { kind: 'failed', reason: 'static-data-tag-list-invalid' };
  const aip = card.get(0x82);
  if (aip === undefined) return { kind: 'failed', reason: 'icc-data-missing' };
  return { kind: 'ok', data: concatBytes(records.data, aip) };
}
