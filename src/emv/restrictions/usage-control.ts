// EMV Book 3 §10.4.2 Application Usage Control, with Book 4 Annex A1's definition of an ATM:
// terminal type 14, 15 or 16 with cash disbursement (9F40 byte 1 bit 8).
import { bytesEqual } from '../../bytes/hex.js';
import { readAdditionalTerminalCapabilities, readAuc, type AucBit, type Tvr } from '../dictionary/index.js';

/** What the terminal sells under transaction type 00 and 09: a terminal parameter, since 9C
 *  does not tell goods from services. */
export type PurchaseKind = 'goods' | 'services';

export interface UsageControlInput {
  /** 9F07; absent means no usage restriction. */
  readonly auc?: Uint8Array;
  /** 5F28; absent means domestic/international cannot be told, so only the ATM check applies. */
  readonly issuerCountryCode?: Uint8Array;
  /** 9F1A */
  readonly terminalCountryCode: Uint8Array;
  /** 9F35 */
  readonly terminalType: number;
  /** 9F40 */
  readonly additionalTerminalCapabilities: Uint8Array;
  /** 9C */
  readonly transactionType: number;
  readonly purchaseKind: PurchaseKind;
}

const CASH = 0x01;
const PURCHASE = 0x00;
const PURCHASE_WITH_CASHBACK = 0x09;

export function isAtm(terminalType: number, additionalTerminalCapabilities: Uint8Array): boolean {
  const unattendedFinancialInstitution = terminalType === 0x14 || terminalType === 0x15 || terminalType === 0x16;
  return unattendedFinancialInstitution && readAdditionalTerminalCapabilities(additionalTerminalCapabilities).has('cash');
}

/** The AUC bits this transaction needs, all of which must be set. */
function requiredUsages(input: UsageControlInput, domestic: boolean): AucBit[] {
  const type = input.transactionType;
  if (type === CASH) return [domestic ? 'domesticCash' : 'internationalCash'];
  if (type !== PURCHASE && type !== PURCHASE_WITH_CASHBACK) return [];
  const purchase: AucBit =
    input.purchaseKind === 'goods'
      ? domestic ? 'domesticGoods' : 'internationalGoods'
      : domestic ? 'domesticServices' : 'internationalServices';
  if (type === PURCHASE) return [purchase];
  return [purchase, domestic ? 'domesticCashback' : 'internationalCashback'];
}

export function checkUsageControl(input: UsageControlInput, tvr: Tvr): void {
  if (input.auc === undefined) return;
  const auc = readAuc(input.auc);
  const atm = isAtm(input.terminalType, input.additionalTerminalCapabilities);
  if (!auc.has(atm ? 'atms' : 'terminalsOtherThanAtms')) {
    tvr.set('serviceNotAllowed');
    return;
  }
  if (input.issuerCountryCode === undefined) return;
  const domestic = bytesEqual(input.issuerCountryCode, input.terminalCountryCode);
  if (!requiredUsages(input, domestic).every((usage) => auc.has(usage))) tvr.set('serviceNotAllowed');
}
