import { serviceTime, WARNING_THRESHOLD, type CaseStatus, type SopContext, type WorkCalendar } from 'sop-ap';
import type { Loaded } from './definitions.js';
import type { SqlExecutor } from './driver.js';

export type { CaseStatus };

/** A persisted snapshot as the store keeps it (plain JSON). @internal */
export interface StoredSnapshot {
  readonly value: unknown;
  readonly context: SopContext;
  readonly [key: string]: unknown;
}

/** The columns of `sop_case` that follow from the snapshot (so they can be indexed). @internal */
export interface DerivedColumns {
  readonly state: string;
  readonly status: CaseStatus;
  readonly currentStep: string | null;
  readonly currentRoles: readonly string[];
  readonly stepEnteredAt: number | null;
  readonly warningAt: number | null;
  readonly breachAt: number | null;
}

/** One `sop_case` row. Times are epoch ms. */
export interface CaseRecord extends DerivedColumns {
  readonly caseId: string;
  readonly sopId: string;
  readonly revision: number;
  readonly version: number;
  readonly startedAt: number;
  /** The time of the last accepted event. */
  readonly updatedAt: number;
  readonly snapshot: StoredSnapshot;
  /** The journal's last sequence number and hash. */
  readonly headSeq: number;
  readonly headHash: string;
}

/** A plain-JSON copy of a persisted snapshot (what jsonb gives back). @internal */
export function plainSnapshot(persisted: unknown): StoredSnapshot {
  return JSON.parse(JSON.stringify(persisted)) as StoredSnapshot;
}

function instantAfter(calendar: WorkCalendar, from: number, minutes: number): number | null {
  try {
    return calendar.addWorkingMinutes(from, minutes);
  } catch {
    // A calendar without holiday data for the years ahead cannot date the instant.
    return null;
  }
}

/**
 * The indexed columns of a case from its snapshot: state, status, the current step and the
 * roles that perform it, and the instants its step reaches warning (75 % of the budget) and
 * breach (100 %) on the working calendar, precomputed so `due` is an index scan. @internal
 */
export function derive(loaded: Loaded, snapshot: StoredSnapshot, calendar: WorkCalendar): DerivedColumns {
  const t = serviceTime({ value: snapshot.value, context: snapshot.context, machine: loaded.machine });
  const current = t.current;
  if (current === undefined) {
    return { state: String(snapshot.value), status: t.status, currentStep: null, currentRoles: [], stepEnteredAt: null, warningAt: null, breachAt: null };
  }
  const node = loaded.flow.byId.get(current.stepId);
  return {
    state: String(snapshot.value),
    status: t.status,
    currentStep: current.stepId,
    currentRoles: [...(node?.step.pelaksana ?? [])],
    stepEnteredAt: current.enteredAt,
    warningAt: instantAfter(calendar, current.enteredAt, current.budgetMinutes * WARNING_THRESHOLD),
    breachAt: instantAfter(calendar, current.enteredAt, current.budgetMinutes),
  };
}

/** A `sop_case` row as the driver returns it. @internal */
export interface CaseRow {
  case_id: string;
  sop_id: string;
  revision: number;
  version: number;
  state: string;
  status: CaseStatus;
  current_step: string | null;
  current_roles: string[];
  step_entered_at: Date | string | null;
  warning_at: Date | string | null;
  breach_at: Date | string | null;
  started_at: Date | string;
  updated_at: Date | string;
  snapshot: StoredSnapshot;
  head_seq: number;
  head_hash: string;
}

const ms = (v: Date | string): number => (v instanceof Date ? v.getTime() : Date.parse(v));
const msOrNull = (v: Date | string | null): number | null => (v === null ? null : ms(v));
/** @internal */
export const isoOrNull = (v: number | null): string | null => (v === null ? null : new Date(v).toISOString());

/** A driver row as a {@link CaseRecord}. @internal */
export function recordOf(r: CaseRow): CaseRecord {
  return {
    caseId: r.case_id,
    sopId: r.sop_id,
    revision: r.revision,
    version: r.version,
    state: r.state,
    status: r.status,
    currentStep: r.current_step,
    currentRoles: r.current_roles,
    stepEnteredAt: msOrNull(r.step_entered_at),
    warningAt: msOrNull(r.warning_at),
    breachAt: msOrNull(r.breach_at),
    startedAt: ms(r.started_at),
    updatedAt: ms(r.updated_at),
    snapshot: r.snapshot,
    headSeq: r.head_seq,
    headHash: r.head_hash,
  };
}

/** Reads a case row, locking it for the transaction when `lock`. @internal */
export async function readCase(db: SqlExecutor, caseId: string, lock: boolean): Promise<CaseRecord | undefined> {
  const rows = await db.query<CaseRow>(`SELECT * FROM sop_case WHERE case_id = $1${lock ? ' FOR UPDATE' : ''}`, [caseId]);
  return rows[0] === undefined ? undefined : recordOf(rows[0]);
}

/** Inserts a new case row; `false` when the case id is taken. @internal */
export async function insertCase(db: SqlExecutor, c: CaseRecord): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO sop_case (case_id, sop_id, revision, version, state, status, current_step, current_roles, step_entered_at,
       warning_at, breach_at, started_at, updated_at, snapshot, head_seq, head_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
    [
      c.caseId,
      c.sopId,
      c.revision,
      c.version,
      c.state,
      c.status,
      c.currentStep,
      [...c.currentRoles],
      isoOrNull(c.stepEnteredAt),
      isoOrNull(c.warningAt),
      isoOrNull(c.breachAt),
      new Date(c.startedAt).toISOString(),
      new Date(c.updatedAt).toISOString(),
      JSON.stringify(c.snapshot),
      c.headSeq,
      c.headHash,
    ],
  );
  return rows.length > 0;
}
