// EMV Book 3 Annex A lookup, with the scheme meanings of reused tag numbers (Books C-2, C-3, C-7).
import type { TagContext, TagInfo } from './types.js';
import { emvTags } from './tags/emv.js';
import { mastercardTags } from './tags/mastercard.js';
import { visaTags } from './tags/visa.js';
import { unionpayTags } from './tags/unionpay.js';

/** Every meaning of every tag the dictionary knows, EMV first. */
export const tagTable: readonly TagInfo[] = [...emvTags, ...mastercardTags, ...visaTags, ...unionpayTags];

const byTag = new Map<number, TagInfo[]>();
for (const info of tagTable) {
  const list = byTag.get(info.tag);
  if (list === undefined) byTag.set(info.tag, [info]);
  else list.push(info);
}

/** All meanings of a tag number, one per scheme that defines it. */
export function tagMeanings(tag: number): readonly TagInfo[] {
  return byTag.get(tag) ?? [];
}

/**
 * The meaning of a tag. With a context: that scheme's meaning, else the EMV one; a scheme's
 * private tag is not guessed from another scheme. Without a context: the EMV meaning, else the
 * only meaning there is; undefined when schemes disagree and no context was given.
 */
export function lookupTag(tag: number, context?: TagContext): TagInfo | undefined {
  const meanings = byTag.get(tag);
  if (meanings === undefined) return undefined;
  if (context !== undefined) {
    const own = meanings.find((m) => m.contexts.includes(context));
    if (own !== undefined) return own;
  }
  const emv = meanings.find((m) => m.contexts.includes('emv'));
  if (emv !== undefined) return emv;
  return context === undefined && meanings.length === 1 ? meanings[0] : undefined;
}
