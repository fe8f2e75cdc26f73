// Shared test context for cardholder verification: a merchant-attended terminal (9F35 22)
// in CNY (156), offering every CVM this kernel performs, and a card whose AIP asks for CVM.
import { newTsi, newTvr, readAip, readTerminalCapabilities } from '../../../src/emv/dictionary/index.js';
import type { CvmTransaction } from '../../../src/emv/cvm/index.js';
import { fromHex } from '../../../src/bytes/hex.js';

/** 9F33 E0 F8 C8: IC, mag, manual; plaintext PIN, online PIN, signature, enciphered PIN, no CVM; SDA DDA CDA. */
export const ALL_CVMS = 'E0F8C8';

export function transaction(over: Partial<CvmTransaction> & { caps?: string } = {}): CvmTransaction {
  const { caps, ...rest } = over;
  return {
    type: 'purchase',
    amount: 10000n,
    amountOther: 0n,
    currency: 156,
    applicationCurrency: 156,
    terminalType: 0x22,
    terminalCapabilities: readTerminalCapabilities(fromHex(caps ?? ALL_CVMS)),
    ...rest,
  };
}

/** AIP 3C00 (the virtual Visa card's): DDA, cardholder verification, TRM, issuer authentication. */
export const aipWithCvm = () => readAip(fromHex('3C00'));
export const aipWithoutCvm = () => readAip(fromHex('2C00'));
export const bits = () => ({ tvr: newTvr(), tsi: newTsi() });
