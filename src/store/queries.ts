import { serviceTime, type TimingLevel } from 'sop-ap';
import { recordOf, type CaseRecord, type CaseRow, type CaseStatus } from './case-row.js';
import type { StoreContext } from './context.js';
import { activeGrantsOf, type Grant } from './delegation.js';
import { badInput } from './errors.js';
import { instant } from './inputs.js';

/** A case waiting on a desk: where it is, since when, and how it stands against its budget. */
export interface WorkItem {
  readonly caseId: string;
  readonly sopId: string;
  readonly revision: number;
  readonly version: number;
  readonly stepId: string;
  /** The document's number of the step. */
  readonly label: string;
  /** The roles that perform the step. */
  readonly roles: readonly string[];
  readonly enteredAt: number;
  readonly elapsedMinutes: number;
  readonly budgetMinutes: number;
  readonly percent: number;
  /** At the instant asked about: on time, warning (from 75 %) or breach (past 100 %). */
  readonly level: TimingLevel;
  /** When the step reaches 75 % and 100 % of its budget on the working calendar. */
  readonly warningAt: number | null;
  readonly breachAt: number | null;
  /** The grant through which the user sees the case, when the role asked about does not perform the step. */
  readonly via: Pick<Grant, 'grantId' | 'role' | 'as' | 'sk'> | null;
}

/** What {@link SopStore.worklist} takes. */
export interface WorklistQuery {
  /** The role whose desk to list. */
  readonly role: string;
  /** The user: adds the roles the user acts for by an active grant. */
  readonly user?: string | undefined;
  /** The instant to measure to; default: the store's clock. */
  readonly at?: Date | number | string | undefined;
  /** Only cases of this SOP. */
  readonly sopId?: string | undefined;
}

/** A case whose current step reaches warning or breach before the instant asked about. */
export interface DueItem {
  readonly caseId: string;
  readonly sopId: string;
  readonly revision: number;
  readonly version: number;
  readonly stepId: string;
  readonly roles: readonly string[];
  readonly enteredAt: number;
  readonly warningAt: number;
  readonly breachAt: number | null;
  /** What the step reaches by then: `breach` when its breach instant comes first. */
  readonly reaches: 'warning' | 'breach';
}

/** Cases of one SOP in one state. */
export interface CaseCount {
  readonly sopId: string;
  readonly state: string;
  readonly status: CaseStatus;
  readonly count: number;
}

/** `store.worklist`. @internal */
export async function worklist(ctx: StoreContext, q: WorklistQuery): Promise<WorkItem[]> {
  if (typeof q.role !== 'string' || q.role.trim() === '') throw badInput('role', 'must not be empty');
  const at = instant(q.at, ctx.clock, 'at');
  const grants = q.user === undefined ? [] : await activeGrantsOf(ctx.driver, q.user, at);
  const roles = [...new Set([q.role, ...grants.map((g) => g.role)])];
  const rows = await ctx.driver.query<CaseRow>(
    `SELECT * FROM sop_case WHERE status = 'berjalan' AND current_roles && $1::text[] ${q.sopId === undefined ? '' : 'AND sop_id = $2'}
     ORDER BY breach_at NULLS LAST, case_id`,
    q.sopId === undefined ? [roles] : [roles, q.sopId],
  );
  const items: WorkItem[] = [];
  for (const row of rows) items.push(await workItem(ctx, recordOf(row), q.role, grants, at));
  return items;
}

async function workItem(ctx: StoreContext, c: CaseRecord, role: string, grants: readonly Grant[], at: number): Promise<WorkItem> {
  const loaded = await ctx.definitions.get(ctx.driver, c.sopId, c.revision);
  const t = serviceTime({ value: c.snapshot.value, context: c.snapshot.context, machine: loaded.machine }, Math.max(at, c.stepEnteredAt ?? at));
  const cur = t.current!;
  const grant = c.currentRoles.includes(role) ? undefined : grants.find((g) => c.currentRoles.includes(g.role));
  return {
    caseId: c.caseId,
    sopId: c.sopId,
    revision: c.revision,
    version: c.version,
    stepId: cur.stepId,
    label: cur.label,
    roles: c.currentRoles,
    enteredAt: cur.enteredAt,
    elapsedMinutes: cur.elapsedMinutes,
    budgetMinutes: cur.budgetMinutes,
    percent: cur.percent,
    level: cur.level,
    warningAt: c.warningAt,
    breachAt: c.breachAt,
    via: grant === undefined ? null : { grantId: grant.grantId, role: grant.role, as: grant.as, sk: grant.sk },
  };
}

interface DueRow {
  case_id: string;
  sop_id: string;
  revision: number;
  version: number;
  current_step: string;
  current_roles: string[];
  step_entered_at: Date | string;
  warning_at: Date | string;
  breach_at: Date | string | null;
}

const ms = (v: Date | string): number => (v instanceof Date ? v.getTime() : Date.parse(v));

/** `store.due`: an index scan over the precomputed warning instants. @internal */
export async function due(ctx: StoreContext, q: { readonly before: Date | number | string; readonly sopId?: string | undefined }): Promise<DueItem[]> {
  const before = instant(q.before, ctx.clock, 'before');
  const rows = await ctx.driver.query<DueRow>(
    `SELECT case_id, sop_id, revision, version, current_step, current_roles, step_entered_at, warning_at, breach_at
     FROM sop_case WHERE status = 'berjalan' AND warning_at <= $1 ${q.sopId === undefined ? '' : 'AND sop_id = $2'}
     ORDER BY warning_at, case_id`,
    q.sopId === undefined ? [new Date(before).toISOString()] : [new Date(before).toISOString(), q.sopId],
  );
  return rows.map((r) => {
    const breachAt = r.breach_at === null ? null : ms(r.breach_at);
    return {
      caseId: r.case_id,
      sopId: r.sop_id,
      revision: r.revision,
      version: r.version,
      stepId: r.current_step,
      roles: r.current_roles,
      enteredAt: ms(r.step_entered_at),
      warningAt: ms(r.warning_at),
      breachAt,
      reaches: breachAt !== null && breachAt <= before ? 'breach' : 'warning',
    };
  });
}

/** `store.counts`. @internal */
export async function counts(ctx: StoreContext): Promise<CaseCount[]> {
  const rows = await ctx.driver.query<{ sop_id: string; state: string; status: CaseStatus; n: number }>(
    'SELECT sop_id, state, status, count(*)::int AS n FROM sop_case GROUP BY sop_id, state, status ORDER BY sop_id, state',
  );
  return rows.map((r) => ({ sopId: r.sop_id, state: r.state, status: r.status, count: r.n }));
}
