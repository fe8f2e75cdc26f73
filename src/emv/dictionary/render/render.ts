// renderValue: one tag's value bytes as a person reads them, by the dictionary's kind for the tag
// (EMV Book 3 Annexes A and C, Book 4 Annex A, Book A §5.7, Book C-3 Annex A).
import { additionalTerminalCapabilitiesBits } from '../bits/additional-terminal-capabilities.js';
import { aipBits } from '../bits/aip.js';
import { aucBits } from '../bits/auc.js';
import { ctqBits } from '../bits/ctq.js';
import { terminalCapabilitiesBits } from '../bits/terminal-capabilities.js';
import { tsiBits } from '../bits/tsi.js';
import { ttqBits } from '../bits/ttq.js';
import { tvrBits } from '../bits/tvr.js';
import { lookupTag } from '../lookup.js';
import type { TagInfo } from '../types.js';
import { renderAfl } from './afl.js';
import { renderAmount } from './amount.js';
import { renderBitField } from './bits.js';
import { renderByFormat } from './by-format.js';
import { toHex } from '../../../bytes/hex.js';
import { renderCid } from './cid.js';
import {
  renderCodeTable,
  renderCountry,
  renderCurrency,
  renderLanguages,
  renderTerminalType,
  renderTransactionType,
} from './codes.js';
import { renderCvmList, renderCvmResults } from './cvm.js';
import { renderDate, renderTime } from './date-time.js';
import { renderDol, renderTagList } from './dol.js';
import { renderPan, renderTrack1, renderTrack2, renderWithheld } from './sensitive.js';
import { renderText } from './text.js';
import type { RenderContext, RenderedValue } from './types.js';

/**
 * A tag's value for a person. Templates are not opened here (their contents are TLV the caller
 * decodes and renders one by one), so a template never shows its bytes. Unknown tags show hex.
 */
export function renderValue(tag: number, value: Uint8Array, context: RenderContext = {}): RenderedValue {
  const info = lookupTag(tag, context.scheme);
  if (info === undefined) return { text: toHex(value) };
  if (info.constructed) return { text: `template, ${value.length} bytes` };
  return renderInfo(info, value, context);
}

function renderInfo(info: TagInfo, value: Uint8Array, context: RenderContext): RenderedValue {
  switch (info.kind) {
    case undefined:
      return renderByFormat(info.format, value);
    case 'amount':
      return renderAmount(info.format, value, context);
    case 'date':
      return renderDate(value);
    case 'time':
      return renderTime(value);
    case 'country':
      return renderCountry(value);
    case 'currency':
      return renderCurrency(value);
    case 'language':
      return renderLanguages(value);
    case 'code-table':
      return renderCodeTable(value);
    case 'text':
      return renderText(value);
    case 'transaction-type':
      return renderTransactionType(value);
    case 'terminal-type':
      return renderTerminalType(value);
    case 'tvr':
      return renderBitField(tvrBits, value, 5);
    case 'tsi':
      return renderBitField(tsiBits, value, 2);
    case 'aip':
      return renderBitField(aipBits, value, 2);
    case 'auc':
      return renderBitField(aucBits, value, 2);
    case 'terminal-capabilities':
      return renderBitField(terminalCapabilitiesBits, value, 3);
    case 'additional-terminal-capabilities':
      return renderBitField(additionalTerminalCapabilitiesBits, value, 5);
    case 'ttq':
      return renderBitField(ttqBits, value, 4);
    case 'ctq':
      return renderBitField(ctqBits, value, 2);
    case 'cvm-list':
      return renderCvmList(value, context);
    case 'cvm-results':
      return renderCvmResults(value);
    case 'cid':
      return renderCid(value);
    case 'afl':
      return renderAfl(value);
    case 'dol':
      return renderDol(value, context);
    case 'tag-list':
      return renderTagList(value, context);
    case 'pan':
      return renderPan(value, context);
    case 'track1':
      return renderTrack1(value, context);
    case 'track2':
      return renderTrack2(value, context);
    case 'withheld':
      return renderWithheld(value);
  }
}
