export { PosError, isPosError, type ErrorContext, type Language } from './pos-error.js';
export { catalogue, type ErrorCode } from './catalogue.js';
export { defineErrors, type ErrorEntry } from './entry.js';
export { languageFromEnv } from './language.js';
