// EMV Book 3 §10.4 Processing Restrictions: version, usage control, then dates. Each check only
// sets TVR bits; none ends the transaction (terminal action analysis weighs them).
import type { Tvr } from '../dictionary/index.js';
import { checkApplicationDates, type ApplicationDates } from './application-dates.js';
import { checkApplicationVersion } from './application-version.js';
import { checkUsageControl, type UsageControlInput } from './usage-control.js';

export interface ProcessingRestrictionsInput extends UsageControlInput, ApplicationDates {
  /** 9F08 from the card, if it has one. */
  readonly cardApplicationVersion?: Uint8Array;
  /** 9F09 configured for the selected AID. */
  readonly terminalApplicationVersion: Uint8Array;
  /** 9A, today as YYMMDD from the injected clock. */
  readonly transactionDate: Uint8Array;
}

export function checkProcessingRestrictions(input: ProcessingRestrictionsInput, tvr: Tvr): void {
  checkApplicationVersion(input.cardApplicationVersion, input.terminalApplicationVersion, tvr);
  checkUsageControl(input, tvr);
  checkApplicationDates(input, input.transactionDate, tvr);
}
