// EMV Book 3 §10.6 Terminal Risk Management.
export {
  performTerminalRiskManagement,
  type RiskManagementPolicy,
  type TerminalRiskManagementInput,
  type TerminalRiskManagementServices,
  type TerminalRiskManagementResult,
} from './terminal-risk-management.js';
export { checkFloorLimit } from './floor-limit.js';
export { selectRandomly, randomSelectionNumber, type RandomSelectionParameters } from './random-selection.js';
export { checkVelocity, type ConsecutiveOfflineLimits } from './velocity.js';
export { checkExceptionFile, type ExceptionFileLookup } from './exception-file.js';
