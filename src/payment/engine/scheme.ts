// The journal's and the slip's scheme name of a card: by its application's Registered
// Application Provider Identifier (ISO/IEC 7816-5, the AID's first five bytes), or for a
// swiped card by its PAN's issuer identification number (ISO/IEC 7812 ranges of the schemes).
import { toHex } from '../../bytes/hex.js';

const BY_RID: Readonly<Record<string, string>> = {
  A000000003: 'visa',
  A000000004: 'mastercard',
  A000000333: 'unionpay',
  A000000065: 'jcb',
  A000000025: 'amex',
  A000000152: 'discover',
};

export function schemeOfAid(aid: Uint8Array): string {
  return BY_RID[toHex(aid.subarray(0, 5)).toUpperCase()] ?? 'other';
}

export function schemeOfPan(pan: string): string {
  const two = Number(pan.slice(0, 2));
  const four = Number(pan.slice(0, 4));
  if (pan.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 62 || two === 81) return 'unionpay';
  if (four >= 3528 && four <= 3589) return 'jcb';
  if (two === 34 || two === 37) return 'amex';
  if (pan.startsWith('6011') || pan.startsWith('65')) return 'discover';
  return 'other';
}
