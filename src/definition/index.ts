export {
  FINAL_STATES,
  type CaseStatus,
  type CaseOutcome,
  type Decision,
  type Refusal,
  type Note,
  type Keterkaitan,
  type Pengesahan,
  type Unit,
  type SopDefinitionInput,
  type SopDefinitionData,
  type StepData,
} from './schema.js';
export { defineSop, type DefineSopOptions } from './define.js';
export {
  parseSopJson,
  toSopJson,
  sopJsonSchema,
  SOP_JSON_SCHEMA_ID,
  type ParseSopJsonOptions,
} from './json.js';
export {
  compileFlow,
  advance,
  replayFlow,
  flowStates,
  type FlowStates,
  type Flow,
  type FlowNode,
  type FlowTarget,
  type FlowPosition,
  type FlowAnswer,
  type RefusalKind,
} from './flow.js';
export type {
  SopDefinition,
  SopStep,
  AnySopDefinition,
  StepIdOf,
  RoleOf,
  DecisionStepIdOf,
  EventTypeFor,
  DefinitionInputOf,
  InputStepIds,
  InputDecisionStepIds,
} from './types.js';
