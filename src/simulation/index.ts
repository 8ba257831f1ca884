export { nominalLeadTime, type NominalLeadTime, type NominalLeadTimeOptions, type NominalStep } from './lead-time.js';
export { expectedLeadTime, expectedFromTable, type ExpectedLeadTime, type ExpectedLeadTimeOptions } from './expected.js';
export { simulate, simulateTable, type SimulateOptions, type SimulationResult, type HistogramBin } from './monte-carlo.js';
export { compileStepTable, DONE, REFUSED, type StepTable } from './step-table.js';
export { DurationModelSchema, durationMoments, type DurationModel, type DurationModelInput } from './durations.js';
export { refusalVector, type RefusalInput } from './refusal.js';
export { mulberry32 } from './random.js';
