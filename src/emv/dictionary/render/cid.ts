// Cryptogram Information Data (9F27), EMV Book 3 §6.5.5.4 Table 15.
import { CID_ADVICE_REQUIRED, cidReasonName, cryptogramType } from '../codes/cryptogram.js';
import { hexByte } from '../bytes.js';
import type { RenderedValue } from './types.js';

export function renderCid(value: Uint8Array): RenderedValue {
  const cid = value[0];
  if (value.length !== 1 || cid === undefined) return { text: 'malformed: CID is one byte' };
  const parts: string[] = [cryptogramType(cid)];
  if ((cid & 0x30) !== 0) parts.push(`payment system-specific bits ${hexByte(cid & 0x30)}`);
  if ((cid & CID_ADVICE_REQUIRED) !== 0) parts.push('advice required');
  parts.push(`reason: ${cidReasonName(cid)}`);
  return { text: parts.join('; ') };
}
