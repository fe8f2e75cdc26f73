// Data Object Lists (8C, 8D, 97, 9F38, 9F49, 9F4F) per EMV Book 3 §5.4: tag and one length byte
// per entry; tag lists (9F4A) are tags alone. Tags follow Book 3 Annex B1 numbering.
import { lookupTag } from '../lookup.js';
import { isPosError } from '../../../errors/index.js';
import { parseDol, parseTagList } from '../../dol/index.js';
import { tagToHex } from '../../tlv/index.js';
import type { RenderContext, RenderedValue } from './types.js';

function nameOf(tag: number, context: RenderContext): string {
  return lookupTag(tag, context.scheme)?.name ?? 'unknown tag';
}

export function renderDol(value: Uint8Array, context: RenderContext): RenderedValue {
  let dol;
  try {
    dol = parseDol(value);
  } catch (e) {
    return { text: `malformed: DOL ends mid-entry at offset ${String(isPosError(e) ? e.context.offset : '?')}` };
  }
  const entries = dol.map(({ tag, length }) => `${tagToHex(tag)} ${nameOf(tag, context)}, ${length} byte${length === 1 ? '' : 's'}`);
  return { text: entries.length === 0 ? 'empty' : entries.join('; '), entries };
}

export function renderTagList(value: Uint8Array, context: RenderContext): RenderedValue {
  let tags;
  try {
    tags = parseTagList(value);
  } catch (e) {
    return { text: `malformed: tag list ends mid-tag at offset ${String(isPosError(e) ? e.context.offset : '?')}` };
  }
  const entries = tags.map((tag) => `${tagToHex(tag)} ${nameOf(tag, context)}`);
  return { text: entries.length === 0 ? 'empty' : entries.join('; '), entries };
}
