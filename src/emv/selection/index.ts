export { selectPse, readPseDirectory, parsePseRecord, PSE_NAME, type PseSelection } from './pse.js';
export { selectPpse, parsePpseFci, PPSE_NAME, type PpseSelection } from './ppse.js';
export { selectApplication, type ApplicationSelection } from './application.js';
export { parseAdfFci, parseDdfFci, type AdfFci, type DdfFci } from './fci.js';
export type { PseEntry, PpseEntry } from './directory.js';
export { parsePriority, orderByPriority, type ApplicationPriority } from './priority.js';
export type { CandidateView, CardholderSelectionPort } from './cardholder.js';
