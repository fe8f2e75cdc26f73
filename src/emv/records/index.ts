export { parseAfl, type AflEntry } from './afl.js';
export { parseGpoResponse, type GpoResponse } from './gpo-response.js';
export { readAflRecords, type AflRecord, type ApplicationData, type OdaRecords } from './read-records.js';
