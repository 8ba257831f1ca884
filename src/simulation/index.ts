export { nominalLeadTime, type NominalLeadTime, type NominalLeadTimeOptions, type NominalStep, type NominalRefusal } from './lead-time.js';
export { expectedLeadTime, expectedFromTable, type ExpectedLeadTime, type ExpectedLeadTimeOptions, type OutcomeMoments } from './expected.js';
export { simulate, simulateTable, percentiles, type SimulateOptions, type SimulationResult, type HistogramBin, type OutcomeSample } from './monte-carlo.js';
export { compileStepTable, DONE, REFUSED, REFUSAL_CODES, type StepTable } from './step-table.js';
export { DurationModelSchema, durationMoments, sampleTriangular, lognormalDraw, type DurationModel, type DurationModelInput } from './durations.js';
export { refusalVector, type RefusalInput } from './refusal.js';
export { mulberry32, mulberry32At, MULBERRY32_GAMMA } from './random.js';
