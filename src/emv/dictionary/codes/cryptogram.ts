// EMV Book 3 §6.5.5.4 Table 15: Cryptogram Information Data (tag 9F27) coding.

export type CryptogramType = 'AAC' | 'TC' | 'ARQC' | 'AAR';

/** b8-b7 of the CID. 'AAR' (11) is RFU since EMV 4.1 and kept for reading old cards. */
export function cryptogramType(cid: number): CryptogramType {
  switch (cid & 0xc0) {
    case 0x00:
      return 'AAC';
    case 0x40:
      return 'TC';
    case 0x80:
      return 'ARQC';
    default:
      return 'AAR';
  }
}

/** b4 of the CID. */
export const CID_ADVICE_REQUIRED = 0x08;

/** b3-b1 of the CID. */
export function cidReasonName(cid: number): string {
  switch (cid & 0x07) {
    case 0:
      return 'No information given';
    case 1:
      return 'Service not allowed';
    case 2:
      return 'PIN Try Limit exceeded';
    case 3:
      return 'Issuer authentication failed';
    default:
      return `RFU (${cid & 0x07})`;
  }
}
