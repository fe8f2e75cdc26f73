// The EMV data dictionary (Book 3 Annex A plus scheme tags) and its value renderers.
export type { TagContext, TagFormat, TagInfo, TagSource, ValueKind } from './types.js';
export { lookupTag, tagMeanings, tagTable } from './lookup.js';
export { formatProblem, type FormatProblem } from './format-check.js';
export { renderValue } from './render/render.js';
export type { RenderContext, RenderedValue } from './render/types.js';
export { setBits, type NamedBit } from './bits/named-bit.js';
export { tvrBits, type TvrBit } from './bits/tvr.js';
export { tsiBits, type TsiBit } from './bits/tsi.js';
export { aipBits, type AipBit } from './bits/aip.js';
export { aucBits, type AucBit } from './bits/auc.js';
export { terminalCapabilitiesBits, type TerminalCapabilitiesBit } from './bits/terminal-capabilities.js';
export {
  additionalTerminalCapabilitiesBits,
  type AdditionalTerminalCapabilitiesBit,
} from './bits/additional-terminal-capabilities.js';
export { ttqBits, type TtqBit } from './bits/ttq.js';
export { ctqBits, type CtqBit } from './bits/ctq.js';
export { countryByNumeric, countries, type Country } from './codes/country.js';
export { currencyByNumeric, currencies, type Currency } from './codes/currency.js';
export {
  CVM_APPLY_NEXT_IF_UNSUCCESSFUL,
  CVM_METHOD_MASK,
  CVM_NOT_PERFORMED,
  cvmConditionName,
  cvmMethodName,
  cvmResultName,
} from './codes/cvm.js';
export { CID_ADVICE_REQUIRED, cidReasonName, cryptogramType, type CryptogramType } from './codes/cryptogram.js';
export { terminalTypeName } from './codes/terminal-type.js';
export { transactionTypeName } from './codes/transaction-type.js';
export { describeTlv, formatTlvTree, type DescribedTlv } from './describe.js';
export {
  BitSet,
  newTvr,
  newTsi,
  readAip,
  readAuc,
  readTerminalCapabilities,
  readAdditionalTerminalCapabilities,
  type Tvr,
  type Tsi,
  type Aip,
  type Auc,
  type TerminalCapabilities,
  type AdditionalTerminalCapabilities,
} from './bits/bit-set.js';
export { maskPan } from './render/sensitive.js';
