/**
 * `sop-ap/capacity`: cases of SOPs competing for the same officials (queues, working
 * calendars, leave, refusals), calibrated from case logs.
 *
 * A subpath rather than the root entry: a specialised part with its own weight (an event
 * loop, a log fitter), imported only by those who plan capacity, as `sop-ap/vitest` is for
 * tests (the house direction of issue 14).
 *
 * @packageDocumentation
 */
export { simulateCapacity } from './simulate.js';
export { compareCapacity, type CapacityComparison, type SopComparison, type SopFigures, type RoleComparison, type RoleFigures } from './compare.js';
export { fitScenario, fitLognormal, type FittedScenarioSop, type FitReport, type StepFit, type FitOptions } from './fit.js';
export type {
  CapacityResult,
  CapacitySopResult,
  CapacityStepResult,
  CapacityOutcome,
  CapacityOutcomes,
  CapacityRoleResult,
  Bottleneck,
  WipPoint,
  Summary,
  CapacityRunOptions,
} from './simulate.js';
export {
  CapacityScenarioSchema,
  ScenarioSopSchema,
  ArrivalsSchema,
  CapacityDurationsSchema,
  FittedStepSchema,
  PersonSchema,
} from './schema.js';
export type { CapacityScenario, CapacityScenarioInput, ScenarioSop, Arrivals, CapacityDurations, FittedStep, Person } from './schema.js';
