// EMV Book 3 §10.4 Processing Restrictions.
export { checkProcessingRestrictions, type ProcessingRestrictionsInput } from './processing-restrictions.js';
export { checkApplicationVersion } from './application-version.js';
export { checkUsageControl, isAtm, type PurchaseKind, type UsageControlInput } from './usage-control.js';
export { checkApplicationDates, type ApplicationDates } from './application-dates.js';
export { readYymmdd, type DateNumber } from './card-date.js';
