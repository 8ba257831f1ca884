/**
 * sop-ap: the Standard Operating Procedures (SOP AP) of Indonesian regional government
 * offices as executable, testable XState v5 state machines.
 *
 * @packageDocumentation
 */

// errors
export {
  SopError,
  SopDefinitionError,
  DurationError,
  UnknownRoleError,
  SnapshotError,
  CalendarError,
  UnknownSopError,
  TimeError,
  SimulationError,
  LogError,
  ScenarioError,
  RenderError,
  formatMessage,
} from './errors/index.js';
export type { SopErrorContext, DefinitionIssue, Locale, MessageParams } from './errors/index.js';

// roles
export {
  ROLES,
  ROLE_IDS,
  RoleSchema,
  RoleInfoSchema,
  RoleKindSchema,
  createRoleRegistry,
  defaultRoles,
  resolveRole,
  actorSchema,
  ActingKindSchema,
} from './roles/index.js';
export type { Role, RoleInfo, RoleKind, RoleRegistry, Actor, ActingKind } from './roles/index.js';

// definition
export {
  SopDefinitionSchema,
  createDefinitionSchema,
  createStepSchema,
  DecisionSchema,
  RefusalSchema,
  NoteSchema,
  KeterkaitanSchema,
  PengesahanSchema,
  UnitSchema,
  WaktuSchema,
  IdSchema,
  FINAL_STATES,
  defineSop,
  compileFlow,
} from './definition/index.js';
export type {
  Decision,
  Refusal,
  Note,
  Keterkaitan,
  Pengesahan,
  Unit,
  SopDefinitionInput,
  SopDefinitionData,
  StepData,
  DefineSopOptions,
  Flow,
  FlowNode,
  FlowTarget,
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
} from './definition/index.js';

// time
export { parseDuration, formatDuration, durationToMinutes, DurationSchema, DurationUnitSchema, calendar24x7, toEpochMs } from './time/index.js';
export type { Duration, DurationInput, DurationUnit, WorkCalendar, InstantInput } from './time/index.js';

// machine and service time
export {
  createSopMachine,
  serviceTime,
  timingLevel,
  WARNING_THRESHOLD,
  validateSnapshot,
  startCase,
  dispatch,
  eventFor,
  SopContextSchema,
  caseTimes,
  VisitSchema,
  RecordedActorSchema,
  StepEventTypeSchema,
} from './machine/index.js';
export type {
  SopMachine,
  SopStateValue,
  SopMachineOptions,
  SopInput,
  SopOutput,
  ServiceTime,
  StepTiming,
  StepTotal,
  SnapshotLike,
  TimingLevel,
  DispatchResult,
  SopContext,
  CaseTimes,
  Visit,
  RecordedActor,
  StepEventType,
  SopEvent,
  SopRefusedEvent,
  RefusalReason,
} from './machine/index.js';
// working calendars, lead time and simulation
export {
  createWorkCalendar,
  kalbarCalendar,
  KALBAR_HOURS,
  WEEKDAYS,
  TimeOfDaySchema,
  WorkingSpanSchema,
  WeeklyHoursSchema,
  HoursExceptionSchema,
  ExtraDayOffSchema,
  WorkCalendarOptionsSchema,
  indonesiaHolidays,
  holidays2025,
  holidays2026,
  HolidaySchema,
  HolidayYearSchema,
  HolidayKindSchema,
  IsoDateSchema,
} from './time/index.js';
export type {
  WorkingCalendar,
  WorkCalendarOptions,
  WeeklyHours,
  WorkingSpan,
  Weekday,
  HoursException,
  ExtraDayOff,
  Holiday,
  HolidayYear,
  HolidayKind,
} from './time/index.js';
export {
  nominalLeadTime,
  expectedLeadTime,
  expectedFromTable,
  simulate,
  simulateTable,
  compileStepTable,
  DurationModelSchema,
  durationMoments,
  refusalVector,
  mulberry32,
} from './simulation/index.js';
export type {
  NominalLeadTime,
  NominalLeadTimeOptions,
  NominalStep,
  ExpectedLeadTime,
  ExpectedLeadTimeOptions,
  SimulateOptions,
  SimulationResult,
  HistogramBin,
  StepTable,
  DurationModel,
  DurationModelInput,
  RefusalInput,
} from './simulation/index.js';
// compliance
export {
  checkConformance,
  readLog,
  readCsvLog,
  readJsonLog,
  readXesLog,
  writeXes,
  writeCsvLog,
  historyFromContext,
  detectLogFormat,
  parseCsv,
  normalizeLogEvent,
  normalizeLog,
  parseLogTime,
  parseDecision,
  LOG_FORMATS,
  CSV_COLUMNS,
  DEFAULT_LOG_ZONE,
  LogEventSchema,
  LogEventInputSchema,
  LogDecisionSchema,
  LogProblemSchema,
  LogProblemCodeSchema,
  DeviationKindSchema,
  DeviationSchema,
  ReplayedStepSchema,
  CaseStatusSchema,
  CaseConformanceSchema,
  StepTimingSummarySchema,
  ConformanceSummarySchema,
} from './compliance/index.js';
export type {
  LogEvent,
  LogEventInput,
  LogDecision,
  LogProblem,
  LogProblemCode,
  ParsedLog,
  LogReadOptions,
  LogFormat,
  CsvRecord,
  XesWriteOptions,
  DeviationKind,
  Deviation,
  ReplayedStep,
  CaseStatus,
  CaseConformance,
  StepTimingSummary,
  ConformanceSummary,
  ConformanceReport,
  ConformanceOptions,
  LogInput,
} from './compliance/index.js';
// rendering
export { renderHtml, renderSvg, renderMermaid, renderBpmn, laneOrder, BPMN_DECISION_VARIABLE } from './render/index.js';
export type { HtmlOptions, SvgOptions, MermaidOptions, BpmnOptions, Lane, RenderOptions } from './render/index.js';
