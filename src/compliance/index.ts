export {
  DEFAULT_LOG_ZONE,
  type LogEvent,
  type LogEventInput,
  type LogDecision,
  type LogProblem,
  type LogProblemCode,
  type ParsedLog,
  type LogReadOptions,
  type LogSink,
} from './log.js';
export {
  readCsvLog,
  writeCsvLog,
  CSV_COLUMNS,
  type CsvRecord,
  type LogStreamOptions,
} from './csv.js';
export { readJsonLog } from './json.js';
export { readXesLog, writeXes, historyFromContext, type XesWriteOptions } from './xes.js';
export { readLog, checkLogFile, detectLogFormat, LOG_FORMATS, type LogFormat } from './read.js';
export {
  checkConformance,
  ConformanceChecker,
  type DeviationKind,
  type Deviation,
  type ReplayedStep,
  type CaseConformance,
  type StepTimingSummary,
  type ConformanceSummary,
  type ConformanceReport,
  type ConformanceOptions,
  type LogInput,
} from './conformance.js';

