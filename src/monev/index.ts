/**
 * sop-ap/monev: monitoring and evaluation of SOP AP (Permenpan RB 35/2012) from recorded
 * cases: Tabel 7 filled as far as data can, the evaluation sheet, and a printable page with
 * static SVG charts (drawn by Apache ECharts' server-side renderer).
 *
 * A subpath of its own so that the chart library is loaded only by those who use it.
 *
 * @packageDocumentation
 */
export { monev, type MonevOptions, type MonevReport, type MonevUnit, type SopMonev } from './monev.js';
export { renderMonevHtml } from './html.js';
export { parsePeriod, semesterOf, BULAN, type MonevPeriod, type MonevMonth } from './period.js';
export type { MonevCases, CasesBySop, UnassignedCase } from './cases.js';
export {
  DEFAULT_PENILAIAN_RULE,
  PENILAIAN,
  DEVIATION_NAMES,
  describeRule,
  type PenilaianRule,
  type MonevAssessment,
} from './assess.js';
export { EVALUATION_CRITERIA, type EvaluationCriterion, type EvaluationItem } from './evaluation.js';
export type { RevisionState, RevisionStatus } from './revision.js';
export type {
  MonevCounts,
  MonevLeadTime,
  MonevStep,
  MonevDecision,
  MonevDeviation,
  MonevWrongPerformer,
  MonevRoleLoad,
  MonevMonthFigure,
  SopFigures,
} from './measure.js';
