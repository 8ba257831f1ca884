import type { AnyActorRef } from 'xstate';
import { dispatch, startCase } from 'sop-ap';
import { canonicalJson, GENESIS_HASH } from './canonical.js';
import { StoreError } from './errors.js';
import { derive, plainSnapshot, recordOf, type CaseRecord, type CaseRow, type DerivedColumns } from './case-row.js';
import type { StoreContext } from './context.js';
import type { Loaded } from './definitions.js';
import { grantOf, type GrantRow } from './delegation.js';
import type { SqlExecutor } from './driver.js';
import { entryHash, readJournal, type JournalEntry } from './journal.js';
import { remapSnapshot } from './revision.js';

/** The first difference `verify` found: the case, the journal row (sequence number) and what differs. */
export interface VerifyProblem {
  readonly caseId: string;
  /** The journal row at fault; for a case row that disagrees with its journal, the journal's last row. */
  readonly seq: number | null;
  /** What differs, in English. */
  readonly problem: string;
}

/** What {@link SopStore.verify} found. */
export interface VerifyReport {
  /** `true` when every chain, hash and replay agrees. */
  readonly ok: boolean;
  /** Cases checked (up to and including the one at fault). */
  readonly cases: number;
  /** Journal rows checked. */
  readonly entries: number;
  /** The first difference, when not ok. */
  readonly problem: VerifyProblem | undefined;
}

/** A difference found while verifying a case; caught within `verify` and reported, never thrown out of it. */
class Mismatch extends StoreError {
  constructor(
    readonly seq: number | null,
    readonly problem: string,
  ) {
    super('STORE_CORRUPT', { detail: problem, detailId: problem });
  }
}

interface Replay {
  loaded: Loaded | undefined;
  actor: AnyActorRef | undefined;
  version: number;
}

async function checkGrant(db: SqlExecutor, e: JournalEntry): Promise<void> {
  if (e.actingRole === null || e.outcome !== 'accepted') return;
  if (e.grantId === null) throw new Mismatch(e.seq, 'an accepted Plt./Plh. event names no grant');
  const [row] = await db.query<GrantRow>('SELECT * FROM sop_delegation WHERE grant_id = $1', [e.grantId]);
  const g = row === undefined ? undefined : grantOf(row);
  if (g === undefined || g.user !== e.userId || g.role !== e.actingRole || g.as !== e.actingKind || e.at < g.from || e.at >= g.to || (g.revokedAt !== null && g.revokedAt <= e.recordedAt)) {
    throw new Mismatch(e.seq, `grant ${e.grantId} does not back this event`);
  }
}

async function replayRow(ctx: StoreContext, db: SqlExecutor, r: Replay, e: JournalEntry): Promise<void> {
  if (e.kind === 'start') {
    if (e.seq !== 1) throw new Mismatch(e.seq, 'a start row after the first');
    const d = e.detail as { sopId?: string; revision?: number } | null;
    r.loaded = await ctx.definitions.get(db, String(d?.sopId), Number(d?.revision));
    r.actor = startCase(r.loaded.machine, { input: { caseId: e.caseId, startedAt: e.at } });
    return;
  }
  if (r.actor === undefined || r.loaded === undefined) throw new Mismatch(e.seq, 'the journal does not begin with a start row');
  if (e.kind === 'event') {
    await checkGrant(db, e);
    const actingAs = e.actingRole === null ? {} : { actingAs: { role: e.actingRole, as: e.actingKind } };
    const verdict = dispatch(r.actor as never, { type: e.eventType, actor: { role: e.role ?? '', id: e.userId, ...actingAs }, at: e.at, note: e.note ?? undefined } as never);
    if (!verdict.accepted) throw new Mismatch(e.seq, `the machine refuses the journaled event on replay (${verdict.refusal.reason})`);
    return;
  }
  const d = e.detail as { toRevision?: number; stepMap?: Record<string, string> } | null;
  const to = await ctx.definitions.get(db, r.loaded.definition.id, Number(d?.toRevision));
  const moved = remapSnapshot(plainSnapshot(r.actor.getPersistedSnapshot()), to, d?.stepMap ?? {}, ctx.calendar);
  if (!moved.ok) throw new Mismatch(e.seq, `the migration does not replay: ${moved.detail}`);
  r.actor.stop();
  r.loaded = to;
  r.actor = startCase(to.machine, { snapshot: moved.snapshot });
}

function compareRow(record: CaseRecord, r: Replay, last: JournalEntry): void {
  const snapshot = plainSnapshot(r.actor!.getPersistedSnapshot());
  if (record.headSeq !== last.seq || record.headHash !== last.hash) throw new Mismatch(last.seq, `the case row's journal head (seq ${record.headSeq}) is not the journal's last row`);
  if (record.version !== r.version) throw new Mismatch(last.seq, `the case row's version ${record.version} is not the journal's ${r.version}`);
  if (canonicalJson(snapshot) !== canonicalJson(record.snapshot)) throw new Mismatch(last.seq, 'the stored snapshot differs from the replay of the journal');
}

function compareDerived(record: CaseRecord, loaded: Loaded, expected: DerivedColumns, last: JournalEntry): void {
  const columns: [string, unknown, unknown][] = [
    ['sop_id', record.sopId, loaded.definition.id],
    ['revision', record.revision, loaded.definition.revision],
    ['state', record.state, expected.state],
    ['status', record.status, expected.status],
    ['current_step', record.currentStep, expected.currentStep],
    ['current_roles', [...record.currentRoles].join(','), expected.currentRoles.join(',')],
    ['step_entered_at', record.stepEnteredAt, expected.stepEnteredAt],
    ['warning_at', record.warningAt, expected.warningAt],
    ['breach_at', record.breachAt, expected.breachAt],
  ];
  for (const [name, stored, replayed] of columns) {
    if (stored !== replayed) throw new Mismatch(last.seq, `the case row's ${name} (${String(stored)}) differs from the replay (${String(replayed)})`);
  }
}

/** Verifies one case: its chain, each row's hash, the replay, and the case row against it. @internal */
export async function verifyCase(ctx: StoreContext, db: SqlExecutor, record: CaseRecord): Promise<{ entries: number; problem: VerifyProblem | undefined }> {
  const journal = await readJournal(db, record.caseId);
  const r: Replay = { loaded: undefined, actor: undefined, version: 0 };
  let prev = GENESIS_HASH;
  try {
    for (const [i, e] of journal.entries()) {
      if (e.seq !== i + 1) throw new Mismatch(e.seq, `sequence number ${e.seq} where ${i + 1} was expected`);
      if (e.prevHash !== prev) throw new Mismatch(e.seq, 'prev_hash is not the hash of the row before');
      if (entryHash(e) !== e.hash) throw new Mismatch(e.seq, 'the row does not match its hash');
      prev = e.hash;
      const expectedVersion = e.outcome === 'accepted' ? r.version + 1 : r.version;
      if (e.version !== expectedVersion) throw new Mismatch(e.seq, `version ${e.version} where ${expectedVersion} was expected`);
      r.version = e.version;
      if (e.outcome === 'accepted') await replayRow(ctx, db, r, e);
    }
    const last = journal[journal.length - 1];
    if (last === undefined || r.actor === undefined || r.loaded === undefined) throw new Mismatch(null, 'the case has no journal');
    compareRow(record, r, last);
    compareDerived(record, r.loaded, derive(r.loaded, plainSnapshot(r.actor.getPersistedSnapshot()), ctx.calendar), last);
    return { entries: journal.length, problem: undefined };
  } catch (e) {
    if (e instanceof Mismatch) return { entries: journal.length, problem: { caseId: record.caseId, seq: e.seq, problem: e.problem } };
    const seq = journal.find((j) => j.version === r.version + 1)?.seq ?? null;
    return { entries: journal.length, problem: { caseId: record.caseId, seq, problem: `the journal does not replay: ${e instanceof Error ? e.message : String(e)}` } };
  } finally {
    r.actor?.stop();
  }
}

/** Verifies one case, or every case in id order, stopping at the first difference. @internal */
export async function verifyStore(ctx: StoreContext, caseId?: string): Promise<VerifyReport> {
  const db = ctx.driver;
  let cases = 0;
  let entries = 0;
  let after = '';
  for (;;) {
    const rows =
      caseId !== undefined
        ? await db.query<CaseRow>('SELECT * FROM sop_case WHERE case_id = $1', [caseId])
        : await db.query<CaseRow>('SELECT * FROM sop_case WHERE case_id > $1 ORDER BY case_id LIMIT 200', [after]);
    if (caseId !== undefined && rows.length === 0) {
      return { ok: false, cases: 0, entries: 0, problem: { caseId, seq: null, problem: 'no such case' } };
    }
    for (const row of rows) {
      cases++;
      const v = await verifyCase(ctx, db, recordOf(row));
      entries += v.entries;
      if (v.problem !== undefined) return { ok: false, cases, entries, problem: v.problem };
      after = row.case_id;
    }
    if (caseId !== undefined || rows.length < 200) return { ok: true, cases, entries, problem: undefined };
  }
}
