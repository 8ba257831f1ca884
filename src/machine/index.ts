export {
  createSopMachine,
  type SopMachine,
  type SopStateValue,
  type SopMachineOptions,
  type SopInput,
  type SopOutput,
} from './create.js';
export {
  serviceTime,
  timingLevel,
  WARNING_THRESHOLD,
  type ServiceTime,
  type StepTiming,
  type StepTotal,
  type TimingLevel,
  type SnapshotLike,
} from './timing.js';
export { validateSnapshot, startCase, checkInput } from './persistence.js';
export { dispatch, type DispatchResult } from './dispatch.js';
export { eventFor } from './step-event.js';
export {
  caseTimes,
  type CaseTimes,
  type SopContext,
  type Visit,
  type RecordedActor,
  type StepEventType,
} from './context.js';
export type { SopEvent, SopRefusedEvent, RefusalReason } from './events.js';
