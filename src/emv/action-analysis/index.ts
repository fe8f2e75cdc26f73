export {
  analyseTerminalActions,
  defaultActionWhenOffline,
  terminalOperation,
  type ActionAnalysisInput,
  type ActionCodeSet,
  type ActionDecision,
  type ActionReason,
  type RequestedCryptogram,
} from './terminal-action-analysis.js';
