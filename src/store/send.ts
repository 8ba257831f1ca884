import { dispatch, startCase, type SopContext } from 'sop-ap';
import { derive, plainSnapshot, readCase, type CaseRecord, type CaseStatus, type StoredSnapshot } from './case-row.js';
import type { StoreContext } from './context.js';
import type { Loaded } from './definitions.js';
import { activeGrant } from './delegation.js';
import type { SqlExecutor } from './driver.js';
import { StoreError } from './errors.js';
import { instant, parseInput, SendInputSchema } from './inputs.js';
import { seal, type JournalEntry, type UnhashedEntry } from './journal.js';
import { storeRefusal, type StoreRefusal } from './refusal.js';
import { appendGuarded } from './write.js';

/** The event was taken: the case moved to `version`, journaled as `seq`. */
export interface SendAccepted {
  readonly outcome: 'accepted';
  readonly caseId: string;
  readonly version: number;
  readonly seq: number;
  readonly state: string;
  readonly status: CaseStatus;
}

/** The event was refused and journaled as `seq`; the case and its version are unchanged. */
export interface SendRefused {
  readonly outcome: 'refused';
  readonly caseId: string;
  readonly version: number;
  readonly seq: number;
  readonly refusal: StoreRefusal;
}

/** The expected version no longer matches: nothing was written. */
export interface SendConflict {
  readonly outcome: 'conflict';
  readonly caseId: string;
  readonly reason: 'VERSION_CONFLICT';
  readonly expectedVersion: number;
  readonly actualVersion: number;
}

/** What {@link SopStore.send} answers. */
export type SendResult = SendAccepted | SendRefused | SendConflict;

/** What an attempt needs besides the case: the parsed input and its instants. @internal */
export interface Attempt {
  readonly caseId: string;
  readonly kind: 'event' | 'migrate';
  readonly user: string;
  readonly role: string | null;
  readonly actingAs: { readonly role: string; readonly as: 'plt' | 'plh' } | undefined;
  readonly eventType: string | null;
  readonly note: string | null;
  /** When it happened; when the caller gave none, the store's clock once the case row is read (and locked). */
  readonly at: number | undefined;
  /** When the store wrote it: stamped once the case row is read. */
  readonly recordedAt?: number;
  readonly expectVersion: number | undefined;
}

/** An attempt with its instant settled. @internal */
export type TimedAttempt = Attempt & { readonly at: number; readonly recordedAt: number };

/** The verdict on an attempt: the new snapshot, or a refusal. @internal */
export type Judged =
  | { readonly ok: true; readonly snapshot: StoredSnapshot; readonly loaded: Loaded; readonly grantId: number | null; readonly detail: Record<string, unknown> | null }
  | { readonly ok: false; readonly refusal: StoreRefusal; readonly grantId: number | null };

/** A signal that the optimistic write lost only to a journaled refusal and should run again. @internal */
export const RETRY = Symbol('retry');

/** The SoD rule: a user who performed the rework target of a decision may not take that decision. */
function separationRefusal(loaded: Loaded, context: SopContext, stepId: string, user: string): StoreRefusal | undefined {
  const node = loaded.flow.byId.get(stepId);
  if (node?.kind !== 'decision' || node.refuse === undefined || !loaded.flow.byId.has(node.refuse)) return undefined;
  const reviewed = node.refuse;
  if (!context.visits.some((v) => v.stepId === reviewed && v.by?.id === user)) return undefined;
  return storeRefusal('SEPARATION_OF_DUTIES', { sopId: loaded.definition.id, stepId, field: 'user' }, { user, reviewed });
}

/** Judges an event on a case: the grant behind `actingAs`, the machine's judge, separation of duties. @internal */
export async function judgeEvent(ctx: StoreContext, tx: SqlExecutor, row: CaseRecord, a: TimedAttempt): Promise<Judged> {
  const loaded = await ctx.definitions.get(tx, row.sopId, row.revision);
  let grantId: number | null = null;
  if (a.actingAs !== undefined) {
    const grant = await activeGrant(tx, a.user, a.actingAs.role, a.actingAs.as, a.at, a.recordedAt);
    if (grant === undefined) {
      return {
        ok: false,
        grantId,
        refusal: storeRefusal('NO_GRANT', { sopId: row.sopId, stepId: row.currentStep ?? undefined, field: 'actingAs' }, { user: a.user, as: a.actingAs.as, role: a.actingAs.role, at: a.at }),
      };
    }
    grantId = grant.grantId;
  }
  const actor = startCase(loaded.machine, { snapshot: row.snapshot });
  const event = {
    type: a.eventType as 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU',
    actor: { role: a.role ?? '', id: a.user, ...(a.actingAs === undefined ? {} : { actingAs: { role: a.actingAs.role, as: a.actingAs.as } }) },
    at: a.at,
    note: a.note ?? undefined,
  };
  const verdict = dispatch(actor, event as never);
  const snapshot = plainSnapshot(actor.getPersistedSnapshot());
  actor.stop();
  if (!verdict.accepted) {
    const r = verdict.refusal;
    return { ok: false, grantId, refusal: { reason: r.reason, sopId: r.sopId, stepId: r.stepId, field: r.field, message: r.message, pesan: r.pesan } };
  }
  if (ctx.separationOfDuties && row.currentStep !== null) {
    const sod = separationRefusal(loaded, row.snapshot.context, row.currentStep, a.user);
    if (sod !== undefined) return { ok: false, grantId, refusal: sod };
  }
  return { ok: true, snapshot, loaded, grantId, detail: null };
}

function entryBase(row: CaseRecord, a: TimedAttempt, grantId: number | null): Omit<UnhashedEntry, 'outcome' | 'version' | 'reason' | 'detail'> {
  return {
    caseId: row.caseId,
    seq: row.headSeq + 1,
    kind: a.kind,
    at: a.at,
    recordedAt: a.recordedAt,
    userId: a.user,
    role: a.role,
    actingRole: a.actingAs?.role ?? null,
    actingKind: a.actingAs?.as ?? null,
    grantId,
    eventType: a.eventType,
    stepId: row.currentStep,
    note: a.note,
    prevHash: row.headHash,
  };
}

async function lostRace(tx: SqlExecutor, row: CaseRecord, a: Attempt): Promise<SendConflict | typeof RETRY> {
  const now = await readCase(tx, row.caseId, false);
  if (now === undefined) throw new StoreError('CASE_NOT_FOUND', { caseId: row.caseId });
  if (a.expectVersion !== undefined && now.version !== a.expectVersion) return conflict(now, a.expectVersion);
  if (a.expectVersion === undefined) {
    throw new StoreError('STORE_CORRUPT', { sopId: row.sopId, field: 'sop_case', detail: `case ${row.caseId} changed under its row lock` });
  }
  return RETRY;
}

function conflict(row: CaseRecord, expected: number): SendConflict {
  return { outcome: 'conflict', caseId: row.caseId, reason: 'VERSION_CONFLICT', expectedVersion: expected, actualVersion: row.version };
}

/**
 * One attempt: read the case (locked unless a version is expected), judge, then in one guarded
 * statement either move the case and append an accepted row, or append a refused row and move
 * only the journal head. @internal
 */
export async function attemptOnce(
  ctx: StoreContext,
  tx: SqlExecutor,
  attempt: Attempt,
  judge: (row: CaseRecord, a: TimedAttempt) => Promise<Judged>,
): Promise<SendResult | typeof RETRY> {
  const row = await readCase(tx, attempt.caseId, attempt.expectVersion === undefined);
  if (row === undefined) throw new StoreError('CASE_NOT_FOUND', { caseId: attempt.caseId });
  if (attempt.expectVersion !== undefined && row.version !== attempt.expectVersion) return conflict(row, attempt.expectVersion);
  const now = ctx.clock();
  const a: TimedAttempt = { ...attempt, at: attempt.at ?? now, recordedAt: now };
  const judged = await judge(row, a);
  const base = entryBase(row, a, judged.grantId);
  if (!judged.ok) {
    const r = judged.refusal;
    const entry: JournalEntry = seal({ ...base, outcome: 'refused', version: row.version, reason: r.reason, detail: { field: r.field ?? null, message: r.message, pesan: r.pesan } });
    if (!(await appendGuarded(tx, row, undefined, entry))) return lostRace(tx, row, a);
    return { outcome: 'refused', caseId: row.caseId, version: row.version, seq: entry.seq, refusal: r };
  }
  const entry = seal({ ...base, outcome: 'accepted', version: row.version + 1, reason: null, detail: judged.detail });
  const next: CaseRecord = {
    ...row,
    ...derive(judged.loaded, judged.snapshot, ctx.calendar),
    revision: judged.loaded.definition.revision,
    version: entry.version,
    updatedAt: a.at,
    snapshot: judged.snapshot,
    headSeq: entry.seq,
    headHash: entry.hash,
  };
  if (!(await appendGuarded(tx, row, next, entry))) return lostRace(tx, row, a);
  return { outcome: 'accepted', caseId: row.caseId, version: next.version, seq: entry.seq, state: next.state, status: next.status };
}

/**
 * Runs an attempt, again when an optimistic write lost only to a journaled refusal. The row-lock
 * mode holds `SELECT … FOR UPDATE` in a transaction; the optimistic mode needs none, its one
 * guarded write being atomic on its own. @internal
 */
export async function runAttempt(ctx: StoreContext, a: Attempt, judge: (tx: SqlExecutor, row: CaseRecord, a: TimedAttempt) => Promise<Judged>): Promise<SendResult> {
  for (;;) {
    const r =
      a.expectVersion === undefined
        ? await ctx.driver.transaction((tx) => attemptOnce(ctx, tx, a, (row, timed) => judge(tx, row, timed)))
        : await attemptOnce(ctx, ctx.driver, a, (row, timed) => judge(ctx.driver, row, timed));
    if (r !== RETRY) return r;
  }
}

/** `store.send`: parses the input, then runs the attempt. @internal */
export async function sendEvent(ctx: StoreContext, caseId: string, raw: unknown): Promise<SendResult> {
  const input = parseInput(SendInputSchema, raw);
  const attempt: Attempt = {
    caseId,
    kind: 'event',
    user: input.user,
    role: input.role,
    actingAs: input.actingAs,
    eventType: input.type,
    note: input.note ?? null,
    at: input.at === undefined ? undefined : instant(input.at, ctx.clock, 'at'),
    expectVersion: input.expectVersion,
  };
  return runAttempt(ctx, attempt, (tx, row, timed) => judgeEvent(ctx, tx, row, timed));
}
