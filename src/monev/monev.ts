/**
 * `monev`: monitoring and evaluation of SOP AP (Permenpan RB 35/2012) from recorded cases.
 */
import { checkConformance, type LogEvent, type LogProblem, type ParsedLog } from 'sop-ap';
import type { AnySopDefinition, Unit } from 'sop-ap';
import { SopError } from 'sop-ap';
import { defaultRoles, type RoleRegistry } from 'sop-ap';
import { nominalLeadTime } from 'sop-ap';
import { kalbarCalendar, toEpochMs, type InstantInput, type WorkCalendar } from 'sop-ap';
import { assess, DEFAULT_PENILAIAN_RULE, describeRule, slowest, type MonevAssessment, type PenilaianRule } from './assess.js';
import { assignCases, type MonevCases, type UnassignedCase } from './cases.js';
import { evaluationItems, type EvaluationItem } from './evaluation.js';
import { measure, type SopFigures, type MonevStep } from './measure.js';
import { parsePeriod, type MonevPeriod } from './period.js';
import { revisionStatus, type RevisionStatus } from './revision.js';

/** Options of {@link monev}. */
export interface MonevOptions {
  /** The period: `2026-S2`, `2026-Q3`, `2026-07`, `2026`, `2026-07-01..2026-12-31`, or a parsed {@link MonevPeriod}. */
  readonly period: string | MonevPeriod;
  /** The calendar working time is measured on. Default `kalbarCalendar`. */
  readonly calendar?: WorkCalendar;
  /** The role catalogue. Default: the built-in roles. */
  readonly roles?: RoleRegistry<string>;
  /** The zone of log timestamps written without an offset (when `cases` is a list of raw events). */
  readonly zone?: string;
  /** The Penilaian rule; missing fields take {@link DEFAULT_PENILAIAN_RULE}'s. */
  readonly rule?: Partial<PenilaianRule>;
  /** Months from the Tanggal Efektif (else Pembuatan) to a review, when an SOP has no Tanggal Revisi. Default 12 (yearly evaluation, agency practice). */
  readonly reviewMonths?: number;
  /** The instant open cases are aged to. Default: the period's end, or the last event of the period's cases if earlier. */
  readonly asOf?: InstantInput;
  /** How many slowest steps to name. Default 3. */
  readonly slowest?: number;
  /** Where the cases came from (a file name, a store), shown on the page. */
  readonly source?: string;
}

/** The monitoring and evaluation of one SOP in the period. */
export interface SopMonev extends SopFigures {
  readonly sopId: string;
  readonly nama: string;
  readonly nomor?: string;
  /** The nominal lead time's steps count and the calendar's working day, for reading the minutes. */
  readonly minutesPerDay: number;
  /** The slowest steps against their waktu (see `slowest` option). */
  readonly slowest: readonly MonevStep[];
  /** Tabel 7: the data's suggestion (the final Penilaian, Tindakan and Paraf are the penilai's). */
  readonly assessment: MonevAssessment;
  /** The evaluation sheet: each criterion with its figures (the Ya/Tidak is the evaluator's). */
  readonly evaluation: readonly EvaluationItem[];
  /** Whether the SOP is due for revision. */
  readonly revision: RevisionStatus;
  /** The period's cases of this SOP, in order of first appearance. */
  readonly caseIds: readonly string[];
  /** The official name of every role the SOP or its cases name (role id → name). */
  readonly roleNames: Readonly<Record<string, string>>;
}

/** The SOPs of one organisational unit. */
export interface MonevUnit {
  /** A file-name-safe key (`bidang-pemberdayaan-usaha-kecil`). */
  readonly key: string;
  readonly unit: Unit;
  /** The unit's name for the page (the unit kerja, else the instansi). */
  readonly name: string;
  readonly sops: readonly SopMonev[];
}

/** The result of {@link monev}. */
export interface MonevReport {
  readonly period: MonevPeriod;
  /** The calendar's id. */
  readonly calendar: string;
  /** The instant open cases were aged to, epoch ms. */
  readonly asOf: number;
  readonly rule: PenilaianRule;
  /** The rule in words, as the page states it. */
  readonly ruleText: string;
  readonly reviewMonths: number;
  readonly source?: string;
  /** One entry per unit, in order of first appearance among the definitions. */
  readonly units: readonly MonevUnit[];
  /** Cases no SOP could be chosen for (several definitions, one log). */
  readonly unassigned: readonly UnassignedCase[];
  /** Cases of the input that started outside the period. */
  readonly outside: number;
  /** Malformed log rows (not used). */
  readonly problems: readonly LogProblem[];
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'unit';

function unitName(u: Unit): string {
  return u.unitKerja ?? u.instansi ?? u.pemerintah ?? 'Tanpa unit';
}

/** Keeps a case when it started in the period; drops its events after the period. */
function periodFilter(period: MonevPeriod, counter: { outside: number; last: number }) {
  return (events: readonly LogEvent[]): readonly LogEvent[] | undefined => {
    let first = events[0]!;
    for (const e of events) if (e.completedAt < first.completedAt) first = e;
    const start = first.startedAt ?? first.completedAt;
    if (start < period.start || start >= period.end) {
      counter.outside++;
      return undefined;
    }
    const kept = events.filter((e) => e.completedAt < period.end);
    for (const e of kept) counter.last = Math.max(counter.last, e.completedAt);
    return kept;
  };
}

function checkDefinitions(definitions: readonly AnySopDefinition[]): void {
  if (definitions.length === 0) {
    throw new SopError('INVALID_MONEV_INPUT', { field: 'definitions', detail: 'no SOP definition given', detailId: 'tidak ada definisi SOP' });
  }
  const seen = new Set<string>();
  for (const d of definitions) {
    if (seen.has(d.id)) throw new SopError('INVALID_MONEV_INPUT', { sopId: d.id, field: 'definitions', detail: 'the SOP is given twice', detailId: 'SOP diberikan dua kali' });
    seen.add(d.id);
  }
}

/**
 * Monitoring and evaluation of SOP AP (Permenpan RB 35/2012) for one period, from recorded
 * cases. Each case that started in the period is replayed through its SOP's machine
 * (`checkConformance`, incomplete cases allowed; events after the period are left out, so the
 * figures are those at the period's end) and, per SOP:
 *
 * - cases: started, finished (`selesai`), refused (`ditolak`), open (and open past mutu baku);
 * - lead time of finished cases in working time: share within the nominal lead time
 *   (`nominalLeadTime`: every decision SETUJU, every step its waktu), median and p90
 *   (linear interpolation, as spreadsheet `MEDIAN` / `PERCENTILE.INC`);
 * - per step: median and p90 against its waktu, share of completions over it, the slowest steps;
 * - per decision: TIDAK SETUJU count and share, and what a refusal does (`compileFlow`: rework,
 *   end, or forward to a later step that ends the case `ditolak`); the cases it ended `ditolak`
 *   (by the flow's own rule, `replayFlow`) against the refused path's mutu baku
 *   (`nominalLeadTime(def).refusals`); reworks (the conformance report's count);
 * - conformance deviations by kind (share of cases), wrong performers by step;
 * - workload per role (completions, working minutes, cases);
 * - per month: the share of the cases finished in it that finished within mutu baku;
 * - Tabel 7: a suggested Penilaian by `rule` (stated in `ruleText`) and a drafted Catatan;
 * - the evaluation sheet: each criterion with the figures that bear on it;
 * - the revision flag from the Tanggal Revisi.
 *
 * @param definitions - the SOPs monitored (one or several; several units give several pages)
 * @param cases - one log (`readLog`, or a list of events), or `{ bySop }` with each SOP's cases
 * @param options - the period (required), calendar, rule, roles …
 * @returns the report, grouped by unit; render it with `renderMonevHtml`
 * @throws {@link SopError} `INVALID_PERIOD` for an unreadable period, `INVALID_MONEV_INPUT` for no or duplicate definitions or cases of an unknown SOP
 *
 * @example
 * ```ts
 * import { readLog } from 'sop-ap'
 * import { getSop } from 'sop-ap/machines'
 * import { monev, renderMonevHtml } from 'sop-ap/monev'
 *
 * const report = monev([getSop('pembuatan-sk-tim-kerja-bidang-3')], readLog(text, { fileName: 'kasus.csv' }), { period: '2026-S2' })
 * report.units[0]!.sops[0]!.assessment.penilaian // 'Berjalan dengan baik' (a suggestion)
 * writeFileSync('monev.html', renderMonevHtml(report))
 * ```
 */
export function monev(definitions: AnySopDefinition | readonly AnySopDefinition[], cases: MonevCases, options: MonevOptions): MonevReport {
  const defs: readonly AnySopDefinition[] = Array.isArray(definitions) ? definitions : [definitions as AnySopDefinition];
  checkDefinitions(defs);
  const calendar = options.calendar ?? kalbarCalendar;
  const roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
  const period = typeof options.period === 'string' ? parsePeriod(options.period, calendar.zone) : options.period;
  const rule: PenilaianRule = { ...DEFAULT_PENILAIAN_RULE, ...options.rule };
  const reviewMonths = options.reviewMonths ?? 12;
  const counter = { outside: 0, last: period.start };
  const assigned = assignCases(defs, cases, { calendar, roles, zone: options.zone, keep: periodFilter(period, counter) });
  const asOf = options.asOf !== undefined ? toEpochMs(options.asOf, { field: 'asOf' }) : Math.min(period.end, counter.last);
  const roleName = (r: string) => (roles.has(r) ? roles.info(r).name : r);
  const units = new Map<string, { unit: Unit; name: string; sops: SopMonev[] }>();
  for (const def of defs) {
    const events = assigned.bySop.get(def.id) ?? [];
    const log: ParsedLog = { format: 'events', events, problems: [] };
    const report = checkConformance(def, log, { calendar, roles, allowIncomplete: true });
    const nominal = nominalLeadTime(def, { calendar });
    const refusedNominal = new Map(nominal.refusals.map((r) => [r.refusedAt, r.workingMinutes]));
    const figures = measure(def, report, { nominalMinutes: nominal.workingMinutes, refusedNominal, period, asOf, calendar, roles });
    const sop: SopMonev = {
      sopId: def.id,
      nama: def.nama,
      ...(def.nomor === undefined ? {} : { nomor: def.nomor }),
      minutesPerDay: calendar.minutesPerDay,
      ...figures,
      slowest: slowest(figures.steps, options.slowest ?? 3),
      assessment: assess(figures, rule, calendar.minutesPerDay, roleName),
      evaluation: evaluationItems(def, figures, calendar.minutesPerDay, roleName),
      revision: revisionStatus(def, period, reviewMonths),
      caseIds: report.cases.map((c) => c.case),
      roleNames: Object.fromEntries(
        [...new Set([...def.steps.flatMap((st) => st.pelaksana as readonly string[]), ...figures.workload.map((w) => w.role), ...figures.wrongPerformer.flatMap((w) => Object.keys(w.actual))])].map((r) => [r, roleName(r)]),
      ),
    };
    const name = unitName(def.unit);
    // The unit's own name, unless two instansi have a unit of that name.
    const same = (u: { unit: Unit }) => u.unit.instansi === def.unit.instansi && u.unit.pemerintah === def.unit.pemerintah;
    let key = slug(name);
    if (units.has(key) && !same(units.get(key)!)) key = slug([def.unit.pemerintah, def.unit.instansi, name].filter((x) => x !== undefined).join(' '));
    const u = units.get(key) ?? { unit: def.unit, name, sops: [] };
    u.sops.push(sop);
    units.set(key, u);
  }
  return {
    period,
    calendar: calendar.id,
    asOf,
    rule,
    ruleText: describeRule(rule),
    reviewMonths,
    ...(options.source === undefined ? {} : { source: options.source }),
    units: [...units.entries()].map(([key, u]) => ({ key, ...u })),
    unassigned: assigned.unassigned,
    outside: counter.outside,
    problems: assigned.problems,
  };
}
