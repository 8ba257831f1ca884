import type { InstantInput, LogEvent } from 'sop-ap';
import type { StoreContext } from './context.js';
import { badInput } from './errors.js';
import { instant } from './inputs.js';

/** What {@link SopStore.caseLog} takes. */
export interface CaseLogQuery {
  /** The SOP whose cases to read. */
  readonly sopId: string;
  /** Only the cases now at this revision of the SOP (after any migration). Default: every revision. */
  readonly revision?: number | undefined;
  /** Only cases started at or after this instant. */
  readonly startedFrom?: InstantInput | undefined;
  /** Only cases started before this instant. */
  readonly startedBefore?: InstantInput | undefined;
}

/** The cases of one SOP as an event log, for conformance checking or monitoring (`checkConformance`, `monev`). */
export interface CaseLog {
  readonly sopId: string;
  /**
   * Every accepted step completion of the cases read, case by case in journal order: the step
   * (its id; a migrated case's earlier rows mapped through the migration's step map to the
   * revision it is at), the performer's own role and the Plt./Plh. role it acted for, the user
   * (`resource`), the time, and the decision. The first event of a case starts at the case's
   * start. Refused attempts are not steps and are left out.
   */
  readonly events: readonly LogEvent[];
  /** The cases read that have at least one step done (a log has no row for the others). */
  readonly cases: number;
  /** Cases read that have not finished their first step yet: started, but with no event in the log. */
  readonly withoutEvents: number;
  /** Cases of the SOP (within the start bounds) left out because they are at another revision: revision → count. */
  readonly otherRevisions: Readonly<Record<string, number>>;
}

interface LogRow {
  case_id: string;
  kind: string;
  at: Date | string;
  started_at: Date | string;
  user_id: string;
  role: string | null;
  acting_role: string | null;
  acting_kind: string | null;
  event_type: string | null;
  step_id: string | null;
  detail: Record<string, unknown> | null;
}

const ms = (v: Date | string): number => (v instanceof Date ? v.getTime() : Date.parse(v));
const DECISIONS: Readonly<Record<string, LogEvent['decision']>> = { SETUJU: 'setuju', TIDAK_SETUJU: 'tidak-setuju' };

/** One accepted event row as a log event. */
function eventOf(r: LogRow, first: boolean): LogEvent | undefined {
  const acting = r.acting_role ?? undefined;
  const role = r.role ?? acting;
  if (r.step_id === null || role === undefined) return undefined;
  const e: { -readonly [K in keyof LogEvent]: LogEvent[K] } = { case: r.case_id, step: r.step_id, role, resource: r.user_id, completedAt: ms(r.at) };
  if (first) e.startedAt = ms(r.started_at);
  const decision = r.event_type === null ? undefined : DECISIONS[r.event_type];
  if (decision !== undefined) e.decision = decision;
  if (acting !== undefined && (r.acting_kind === 'plt' || r.acting_kind === 'plh')) e.actingAs = { role: acting, as: r.acting_kind };
  return e;
}

/** A migration's step map (`detail.stepMap`), applied to the case's earlier events. */
function remap(events: LogEvent[], from: number, detail: Record<string, unknown> | null): void {
  const map = detail?.stepMap;
  if (typeof map !== 'object' || map === null) return;
  const m = map as Record<string, unknown>;
  for (let i = from; i < events.length; i++) {
    const to = Object.prototype.hasOwnProperty.call(m, events[i]!.step) ? m[events[i]!.step] : undefined;
    if (typeof to === 'string') events[i] = { ...events[i]!, step: to };
  }
}

/** `store.caseLog`. @internal */
export async function caseLog(ctx: StoreContext, q: CaseLogQuery): Promise<CaseLog> {
  if (typeof q.sopId !== 'string' || q.sopId.trim() === '') throw badInput('sopId', 'must not be empty');
  if (q.revision !== undefined && (!Number.isInteger(q.revision) || q.revision < 0)) throw badInput('revision', 'must be a whole number ≥ 0', { sopId: q.sopId });
  const params: unknown[] = [q.sopId];
  const where = ['c.sop_id = $1'];
  if (q.startedFrom !== undefined) where.push(`c.started_at >= $${params.push(new Date(instant(q.startedFrom, ctx.clock, 'startedFrom')).toISOString())}`);
  if (q.startedBefore !== undefined) where.push(`c.started_at < $${params.push(new Date(instant(q.startedBefore, ctx.clock, 'startedBefore')).toISOString())}`);
  const byRevision = await ctx.driver.query<{ revision: number; n: number | string }>(
    `SELECT c.revision, count(*) AS n FROM sop_case c WHERE ${where.join(' AND ')} GROUP BY c.revision ORDER BY c.revision`,
    params,
  );
  const otherRevisions: Record<string, number> = {};
  let read = 0;
  for (const r of byRevision) {
    if (q.revision !== undefined && r.revision !== q.revision) otherRevisions[String(r.revision)] = Number(r.n);
    else read += Number(r.n);
  }
  if (q.revision !== undefined) where.push(`c.revision = $${params.push(q.revision)}`);
  const rows = await ctx.driver.query<LogRow>(
    `SELECT j.case_id, j.kind, j.at, c.started_at, j.user_id, j.role, j.acting_role, j.acting_kind, j.event_type, j.step_id, j.detail
     FROM sop_journal j JOIN sop_case c ON c.case_id = j.case_id
     WHERE ${where.join(' AND ')} AND j.outcome = 'accepted' AND j.kind IN ('event', 'migrate')
     ORDER BY c.started_at, j.case_id, j.seq`,
    params,
  );
  const events: LogEvent[] = [];
  let caseStart = 0;
  let cases = 0;
  let current: string | undefined;
  for (const r of rows) {
    if (r.case_id !== current) {
      if (current !== undefined && events.length > caseStart) cases++;
      current = r.case_id;
      caseStart = events.length;
    }
    if (r.kind === 'migrate') {
      remap(events, caseStart, r.detail);
      continue;
    }
    const e = eventOf(r, events.length === caseStart);
    if (e !== undefined) events.push(e);
  }
  if (current !== undefined && events.length > caseStart) cases++;
  return { sopId: q.sopId, events, cases, withoutEvents: read - cases, otherRevisions };
}
