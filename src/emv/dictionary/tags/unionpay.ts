// UnionPay objects from PBOC 3.0 (JR/T 0025) electronic cash and qPBOC, and Book C-7 (qUICS),
// where they differ from or extend EMV Book 3. 9F5D, 9F69 and 9F6C are shared with Visa
// (tags/visa.ts).
import type { TagInfo } from '../types.js';

const U = ['unionpay'] as const;

export const unionpayTags: readonly TagInfo[] = [
  { tag: 0x9f51, name: 'Application Currency Code (second currency)', format: 'n', length: { min: 2, max: 2 }, constructed: false, source: 'icc', contexts: U, kind: 'currency' },
  { tag: 0x9f63, name: 'Card Product Identification Information', format: 'b', length: { min: 16, max: 16 }, constructed: false, source: 'icc', contexts: U },
  { tag: 0x9f6d, name: 'EC Reset Threshold', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'amount' },
  { tag: 0x9f74, name: 'EC Issuer Authorisation Code', format: 'a', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'text' },
  { tag: 0x9f77, name: 'EC Balance Limit', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'amount' },
  { tag: 0x9f78, name: 'EC Single Transaction Limit', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'amount' },
  { tag: 0x9f79, name: 'EC Balance', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'amount' },
  { tag: 0x9f7a, name: 'EC Terminal Support Indicator', format: 'b', length: { min: 1, max: 1 }, constructed: false, source: 'terminal', contexts: U },
  { tag: 0x9f7b, name: 'EC Terminal Transaction Limit', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'terminal', contexts: U, kind: 'amount' },
  { tag: 0xdf31, name: 'Issuer Script Results', format: 'b', length: { min: 0, max: 255 }, constructed: false, source: 'terminal', contexts: U },
  { tag: 0xdf4d, name: 'Load Log Entry', format: 'b', length: { min: 2, max: 2 }, constructed: false, template: [0xbf0c], source: 'icc', contexts: U },
  { tag: 0xdf4f, name: 'Load Log Format', format: 'b', length: { min: 0, max: 255 }, constructed: false, source: 'icc', contexts: U, kind: 'dol' },
  { tag: 0xdf60, name: 'CAPP Transaction Indicator', format: 'b', length: { min: 1, max: 1 }, constructed: false, source: 'terminal', contexts: U },
  { tag: 0xdf61, name: 'Segment Debit Application Identifier', format: 'b', length: { min: 1, max: 1 }, constructed: false, source: 'icc', contexts: U },
  { tag: 0xdf62, name: 'EC Segment Debit Limit', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'amount' },
  { tag: 0xdf63, name: 'EC Segment Debit Deducted Amount', format: 'n', length: { min: 6, max: 6 }, constructed: false, source: 'icc', contexts: U, kind: 'amount' },
  { tag: 0xdf69, name: 'SM Algorithm Supported Indicator', format: 'b', length: { min: 1, max: 1 }, constructed: false, source: 'terminal', contexts: U },
];
