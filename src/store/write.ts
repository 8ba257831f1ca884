import { isoOrNull, type CaseRecord } from './case-row.js';
import type { SqlExecutor } from './driver.js';
import type { JournalEntry } from './journal.js';

/** Collects parameters and hands out typed placeholders. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

function journalValues(p: Params, e: JournalEntry): string {
  return [
    p.add(e.caseId, 'text'),
    p.add(e.seq, 'integer'),
    p.add(e.kind, 'text'),
    p.add(e.outcome, 'text'),
    p.add(e.version, 'integer'),
    p.add(new Date(e.at).toISOString(), 'timestamptz'),
    p.add(new Date(e.recordedAt).toISOString(), 'timestamptz'),
    p.add(e.userId, 'text'),
    p.add(e.role, 'text'),
    p.add(e.actingRole, 'text'),
    p.add(e.actingKind, 'text'),
    p.add(e.grantId, 'integer'),
    p.add(e.eventType, 'text'),
    p.add(e.stepId, 'text'),
    p.add(e.note, 'text'),
    p.add(e.reason, 'text'),
    p.add(e.detail === null ? null : JSON.stringify(e.detail), 'jsonb'),
    p.add(e.prevHash, 'text'),
    p.add(e.hash, 'text'),
  ].join(', ');
}

const JOURNAL_COLUMNS =
  'case_id, seq, kind, outcome, version, at, recorded_at, user_id, role, acting_role, acting_kind, grant_id, event_type, step_id, note, reason, detail, prev_hash, hash';

/**
 * Appends a journal row and moves the case in ONE statement: the case row is updated only if it
 * still holds the version and journal head the judge saw (`UPDATE … WHERE version = $expected`),
 * and the row is inserted only if that update happened. With `to` the whole case moves (an
 * accepted attempt); without it only the journal head does (a refused one). One statement is
 * atomic on its own, and costs one round trip. `false` when the guard failed. @internal
 */
export async function appendGuarded(db: SqlExecutor, from: CaseRecord, to: CaseRecord | undefined, entry: JournalEntry): Promise<boolean> {
  const p = new Params();
  const id = p.add(from.caseId, 'text');
  const version = p.add(from.version, 'integer');
  const head = p.add(from.headSeq, 'integer');
  const set = [`head_seq = ${p.add(entry.seq, 'integer')}`, `head_hash = ${p.add(entry.hash, 'text')}`];
  if (to !== undefined) {
    set.push(
      `revision = ${p.add(to.revision, 'integer')}`,
      `version = ${p.add(to.version, 'integer')}`,
      `state = ${p.add(to.state, 'text')}`,
      `status = ${p.add(to.status, 'text')}`,
      `current_step = ${p.add(to.currentStep, 'text')}`,
      `current_roles = ${p.add([...to.currentRoles], 'text[]')}`,
      `step_entered_at = ${p.add(isoOrNull(to.stepEnteredAt), 'timestamptz')}`,
      `warning_at = ${p.add(isoOrNull(to.warningAt), 'timestamptz')}`,
      `breach_at = ${p.add(isoOrNull(to.breachAt), 'timestamptz')}`,
      `updated_at = ${p.add(new Date(to.updatedAt).toISOString(), 'timestamptz')}`,
      `snapshot = ${p.add(JSON.stringify(to.snapshot), 'jsonb')}`,
    );
  }
  const rows = await db.query(
    `WITH moved AS (UPDATE sop_case SET ${set.join(', ')} WHERE case_id = ${id} AND version = ${version} AND head_seq = ${head} RETURNING case_id)
     INSERT INTO sop_journal (${JOURNAL_COLUMNS}) SELECT ${journalValues(p, entry)} FROM moved RETURNING seq`,
    p.values,
  );
  return rows.length > 0;
}
