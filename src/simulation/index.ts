export {
  nominalLeadTime,
  type NominalLeadTime,
  type NominalLeadTimeOptions,
  type NominalStep,
  type NominalRefusal,
} from './lead-time.js';
export {
  expectedLeadTime,
  type ExpectedLeadTime,
  type ExpectedLeadTimeOptions,
  type OutcomeMoments,
} from './expected.js';
export {
  simulate,
  type SimulateOptions,
  type SimulationResult,
  type HistogramBin,
  type OutcomeSample,
} from './monte-carlo.js';

export { type DurationModel, type DurationModelInput } from './durations.js';
export { type RefusalInput } from './refusal.js';

