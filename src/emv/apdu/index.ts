export type { CardTransport } from './transport.js';
export { buildCommand, commandCase, type ApduCase } from './command.js';
export {
  selectCommand,
  readRecordCommand,
  getProcessingOptionsCommand,
  getDataCommand,
  generateAcCommand,
  internalAuthenticateCommand,
  getChallengeCommand,
  verifyCommand,
  externalAuthenticateCommand,
  getResponseCommand,
  computeCryptographicChecksumCommand,
  exchangeRelayResistanceDataCommand,
  type Occurrence,
  type CryptogramRequest,
} from './commands.js';
export { parseResponse, statusWord, swHex, type ResponseApdu } from './response.js';
export { describeSw, SW } from './status-words.js';
export { commandName } from './command-names.js';
export { decodeResponseTlv } from './decode-data.js';
export { exchange, MAX_CHAINED_RESPONSES } from './exchange.js';
