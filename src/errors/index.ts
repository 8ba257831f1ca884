export { SopError, type SopErrorContext } from './sop-error.js';
export { SopDefinitionError, type DefinitionIssue } from './definition-error.js';
export { DurationError } from './duration-error.js';
export { UnknownRoleError } from './unknown-role-error.js';
export { SnapshotError } from './snapshot-error.js';
export { InputError } from './input-error.js';
export { CalendarError } from './calendar-error.js';
export { UnknownSopError } from './unknown-sop-error.js';
export { TimeError } from './time-error.js';
export { LogError } from './log-error.js';
export { RenderError } from './render-error.js';
export { ScenarioError } from './scenario-error.js';
export { SimulationError } from './simulation-error.js';
export { RoleDefinitionError } from './role-definition-error.js';
export {
  formatMessage,
  formatMinutes,
  humanTime,
  wordRefusal,
  ERROR_MESSAGES,
  REFUSAL_MESSAGES,
  STORE_REFUSAL_MESSAGES,
  LOG_PROBLEM_MESSAGES,
  LOG_PROBLEM_CODES,
  DEVIATION_MESSAGES,
  DEVIATION_KINDS,
  SIMULATION_MESSAGES,
  simulationDetail,
  type Locale,
  type MessageParams,
  type MessageTexts,
  type SopErrorCode,
  type RefusalMessage,
  type RefusalReason,
  type ReasonOf,
  type ParamsOf,
  type RefusalPlace,
  type StoreRefusalMessage,
  type LogProblemMessage,
  type LogProblemCode,
  type DeviationKind,
  type DeviationMessage,
  type SimulationMessage,
  type DeviationParams,
  type BilingualDetail,
  type RefusalStepWords,
} from './messages.js';
