// EMV Contactless Book C-3 (Kernel 3, Visa qVSDC) Annex A and the Visa Contactless Payment
// Specification objects that are not EMV Book 3 elements. Book C-7 (UnionPay qUICS) defines
// 9F6C and 9F5D with the same layout, so those meanings carry both contexts.
import type { TagInfo } from '../types.js';

const V = ['visa'] as const;
const VU = ['visa', 'unionpay'] as const;

export const visaTags: readonly TagInfo[] = [
  { tag: 0x9f5a, name: 'Application Program Identifier (Program ID)', format: 'b', length: { min: 1, max: 16 }, constructed: false, template: [0xbf0c], source: 'icc', contexts: V },
  { tag: 0x9f5d, name: 'Available Offline Spending Amount (AOSA)', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: VU, kind: 'amount' },
  { tag: 0x9f68, name: 'Card Additional Processes', format: 'b', length: { min: 4, max: 4 }, constructed: false, source: 'icc', contexts: V },
  { tag: 0x9f69, name: 'Card Authentication Related Data', format: 'b', length: { min: 5, max: 16 }, constructed: false, template: [0x70], source: 'icc', contexts: VU },
  { tag: 0x9f6c, name: 'Card Transaction Qualifiers (CTQ)', format: 'b', length: { min: 2, max: 2 }, constructed: false, template: [0x77], source: 'icc', contexts: VU, kind: 'ctq' },
  { tag: 0x9f6e, name: 'Form Factor Indicator (FFI)', format: 'b', length: { min: 4, max: 4 }, constructed: false, source: 'icc', contexts: V },
  { tag: 0x9f7c, name: 'Customer Exclusive Data (CED)', format: 'b', length: { min: 0, max: 32 }, constructed: false, source: 'icc', contexts: V },
];
