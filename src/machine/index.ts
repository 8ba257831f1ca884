export { createSopMachine, type SopMachine, type SopMachineOptions, type SopInput, type SopOutput } from './create.js';
export { serviceTime, timingLevel, WARNING_THRESHOLD, type ServiceTime, type StepTiming, type TimingLevel } from './timing.js';
export { validateSnapshot, startCase } from './persistence.js';
export { dispatch, type DispatchResult } from './dispatch.js';
export {
  SopContextSchema,
  VisitSchema,
  StepTotalSchema,
  RecordedActorSchema,
  StepEventTypeSchema,
  type SopContext,
  type Visit,
  type StepTotal,
  type RecordedActor,
  type StepEventType,
} from './context.js';
export type { SopEvent, SopRefusedEvent, RefusalReason } from './events.js';
