export {
  runContactlessTransaction,
  type ContactlessResult,
  type EntryPointEnvironment,
  type EntryPointOutcome,
  type FieldProbe,
  type UiPort,
} from './entry-point.js';
export { preProcess, preProcessCombination, type PreProcessed } from './pre-processing.js';
export { buildCandidates, chooseCandidate, requestedKernelId, type Candidate } from './combination-selection.js';
