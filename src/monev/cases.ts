/**
 * Where the cases come from, and which SOP each case follows.
 *
 * The input is a log (as `readLog` reads it, or a list of events), or cases already grouped by
 * SOP (`{ bySop }`): the form a case store would hand over. A log has no SOP column, so with
 * several definitions each case is given to the SOP that explains it best.
 */
import { checkConformance, readJsonLog, type LogEvent, type LogInput, type LogProblem, type ParsedLog } from 'sop-ap';
import type { AnySopDefinition } from 'sop-ap';
import type { RoleRegistry } from 'sop-ap';
import type { WorkCalendar } from 'sop-ap';
import { SopError } from 'sop-ap';

/** Cases already grouped by SOP id: a log (or list of events) per SOP. */
export interface CasesBySop {
  readonly bySop: ReadonlyMap<string, LogInput> | Readonly<Record<string, LogInput>>;
}

/**
 * The cases {@link monev} reads: one log for all the SOPs (read by `readLog`, or a list of
 * events), or the cases of each SOP apart (`{ bySop: { 'sop-id': log } }`).
 *
 * With one log and several definitions, each case is replayed against every definition and
 * given to the one whose replay fits best: the highest alignment fitness (see `checkConformance`),
 * then the fewest deviations other than over-budget (the fitness reads only the steps' order, so
 * a wrong performer is what tells apart two SOPs whose steps carry the same numbers). A case that
 * fits two equally well, or none at all (fitness 0), is reported as unassigned.
 */
export type MonevCases = LogInput | CasesBySop;

/** A case that no SOP could be chosen for. */
export interface UnassignedCase {
  readonly case: string;
  /** Bahasa Indonesia. */
  readonly reason: string;
  /** The SOPs that tied, when it was a tie. */
  readonly candidates: readonly string[];
}

/** The events of each SOP, and what could not be placed. @internal */
export interface AssignedCases {
  readonly bySop: ReadonlyMap<string, readonly LogEvent[]>;
  readonly unassigned: readonly UnassignedCase[];
  readonly problems: readonly LogProblem[];
}

/** Options the assignment needs. @internal */
export interface AssignOptions {
  readonly calendar: WorkCalendar;
  readonly roles?: RoleRegistry<string> | undefined;
  readonly zone?: string | undefined;
  /** Keeps only the events of the cases this accepts (the period's cases). */
  readonly keep: (events: readonly LogEvent[]) => readonly LogEvent[] | undefined;
}

function isCasesBySop(x: MonevCases): x is CasesBySop {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'bySop' in x;
}

/**
 * A log as monev reads it: a parsed log as it is; a list of raw events through the public JSON
 * log reader (the one normaliser of events, every bad row a `LogProblem`), one element a line so
 * a problem's line is the element's 1-based index.
 */
function toParsed(log: LogInput, options: AssignOptions): ParsedLog {
  if (!Array.isArray(log) && typeof log === 'object' && log !== null && Array.isArray((log as ParsedLog).events)) return log as ParsedLog;
  const o: { zone?: string; roles?: RoleRegistry<string> } = {};
  if (options.zone !== undefined) o.zone = options.zone;
  if (options.roles !== undefined) o.roles = options.roles;
  const list = log as readonly unknown[];
  const parsed = readJsonLog(`[${list.map((row) => JSON.stringify(row) ?? 'null').join(',\n')}]`, o);
  return { ...parsed, format: 'events' };
}

/** Groups events by case, in order of first appearance, keeping the cases `keep` accepts. */
function byCase(events: readonly LogEvent[], keep: AssignOptions['keep']): Map<string, readonly LogEvent[]> {
  const all = new Map<string, LogEvent[]>();
  for (const e of events) {
    const list = all.get(e.case);
    if (list === undefined) all.set(e.case, [e]);
    else list.push(e);
  }
  const out = new Map<string, readonly LogEvent[]>();
  for (const [id, list] of all) {
    const kept = keep(list);
    if (kept !== undefined && kept.length > 0) out.set(id, kept);
  }
  return out;
}

/**
 * Splits the cases among the definitions and keeps those of the period. @internal
 */
export function assignCases(definitions: readonly AnySopDefinition[], cases: MonevCases, options: AssignOptions): AssignedCases {
  const ids = new Set(definitions.map((d) => d.id));
  const result = new Map<string, LogEvent[]>(definitions.map((d) => [d.id, []]));
  const problems: LogProblem[] = [];
  const unassigned: UnassignedCase[] = [];
  if (isCasesBySop(cases)) {
    const entries = cases.bySop instanceof Map ? [...cases.bySop.entries()] : Object.entries(cases.bySop);
    for (const [sopId, log] of entries) {
      if (!ids.has(sopId)) {
        throw new SopError('INVALID_MONEV_INPUT', {
          sopId,
          field: 'cases.bySop',
          detail: `cases are given for an SOP that is not among the definitions`,
          detailId: `kasus diberikan untuk SOP yang tidak ada di antara definisi`,
        });
      }
      const parsed = toParsed(log, options);
      problems.push(...parsed.problems);
      for (const list of byCase(parsed.events, options.keep).values()) result.get(sopId)!.push(...list);
    }
    return { bySop: result, unassigned, problems };
  }
  const parsed = toParsed(cases, options);
  problems.push(...parsed.problems);
  const grouped = byCase(parsed.events, options.keep);
  if (definitions.length === 1) {
    for (const list of grouped.values()) result.get(definitions[0]!.id)!.push(...list);
    return { bySop: result, unassigned, problems };
  }
  const events = [...grouped.values()].flat();
  const log: ParsedLog = { format: parsed.format, events, problems: [] };
  // The fit of each case to each SOP: the alignment's fitness (control flow), then the deviations
  // other than time (a wrong performer tells apart SOPs whose steps carry the same numbers).
  const fit = new Map<string, Map<string, { f: number; d: number }>>();
  for (const def of definitions) {
    const report = checkConformance(def, log, { calendar: options.calendar, allowIncomplete: true, ...(options.roles ? { roles: options.roles } : {}) });
    fit.set(def.id, new Map(report.cases.map((c) => [c.case, { f: c.fitness, d: c.deviations.filter((x) => x.kind !== 'over-budget').length }])));
  }
  for (const [caseId, list] of grouped) {
    const ranked = definitions.map((d) => ({ id: d.id, ...(fit.get(d.id)!.get(caseId) ?? { f: 0, d: 0 }) })).sort((a, b) => b.f - a.f || a.d - b.d);
    const best = ranked[0]!;
    const tied = ranked.filter((r) => r.f === best.f && r.d === best.d).map((r) => r.id);
    if (best.f <= 0) unassigned.push({ case: caseId, reason: 'langkah-langkahnya tidak cocok dengan SOP mana pun', candidates: [] });
    else if (tied.length > 1) unassigned.push({ case: caseId, reason: `sama cocoknya dengan ${tied.length} SOP`, candidates: tied });
    else result.get(best.id)!.push(...list);
  }
  return { bySop: result, unassigned, problems };
}
