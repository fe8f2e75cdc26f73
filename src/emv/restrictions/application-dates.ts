// EMV Book 3 §10.4.3 Application Effective/Expiration Dates Checking.
import type { Tvr } from '../dictionary/index.js';
import { readYymmdd } from './card-date.js';

export interface ApplicationDates {
  /** 5F25, optional on the card. */
  readonly effectiveDate?: Uint8Array;
  /** 5F24, mandatory on the card: its absence is reported as ICC data missing when records are
   *  read, so here an absent date is simply not checked. */
  readonly expirationDate?: Uint8Array;
}

/** `transactionDate` is 9A (YYMMDD), today's date supplied by the caller's clock. A card valid
 *  from or until today is valid today: only strictly later / earlier dates set a bit. */
export function checkApplicationDates(dates: ApplicationDates, transactionDate: Uint8Array, tvr: Tvr): void {
  const today = readYymmdd(transactionDate, '9A');
  if (dates.effectiveDate !== undefined && readYymmdd(dates.effectiveDate, '5F25') > today) tvr.set('applicationNotYetEffective');
  if (dates.expirationDate !== undefined && readYymmdd(dates.expirationDate, '5F24') < today) tvr.set('expiredApplication');
}
