import { canonicalJson, sha256 } from './canonical.js';
import type { SqlExecutor } from './driver.js';

/** What a journal row records: a start, an event, or a revision migration. */
export type JournalKind = 'start' | 'event' | 'migrate';

/**
 * One row of `sop_journal`: an attempt on a case, accepted or refused, with who (user, role,
 * Plt./Plh. and the grant that backed it), when, and the hash chain. Times are epoch ms.
 */
export interface JournalEntry {
  readonly caseId: string;
  /** 1, 2, 3 … per case, without gaps; refused attempts have their own numbers. */
  readonly seq: number;
  readonly kind: JournalKind;
  readonly outcome: 'accepted' | 'refused';
  /** The case's version after this row (a refused attempt leaves it as it was). */
  readonly version: number;
  /** When the event happened (the event's `at`). */
  readonly at: number;
  /** When the store wrote the row. */
  readonly recordedAt: number;
  readonly userId: string;
  readonly role: string | null;
  readonly actingRole: string | null;
  readonly actingKind: 'plt' | 'plh' | null;
  /** The delegation grant that backed `actingRole`. */
  readonly grantId: number | null;
  readonly eventType: string | null;
  /** The step the case was at when the attempt arrived. */
  readonly stepId: string | null;
  readonly note: string | null;
  /** The refusal's reason code (refused rows only). */
  readonly reason: string | null;
  /** Kind-specific details: the SOP and revision of a start, the step map of a migration, the messages of a refusal. */
  readonly detail: Readonly<Record<string, unknown>> | null;
  readonly prevHash: string;
  readonly hash: string;
}

/** A journal row before it is hashed. @internal */
export type UnhashedEntry = Omit<JournalEntry, 'hash'>;

/** The hash of a row: sha256 over the canonical JSON of every field but the hash itself. @internal */
export function entryHash(entry: UnhashedEntry): string {
  return sha256(
    canonicalJson({
      caseId: entry.caseId,
      seq: entry.seq,
      kind: entry.kind,
      outcome: entry.outcome,
      version: entry.version,
      at: entry.at,
      recordedAt: entry.recordedAt,
      userId: entry.userId,
      role: entry.role,
      actingRole: entry.actingRole,
      actingKind: entry.actingKind,
      grantId: entry.grantId,
      eventType: entry.eventType,
      stepId: entry.stepId,
      note: entry.note,
      reason: entry.reason,
      detail: entry.detail,
      prevHash: entry.prevHash,
    }),
  );
}

/** Seals a row with its hash. @internal */
export function seal(entry: UnhashedEntry): JournalEntry {
  return { ...entry, hash: entryHash(entry) };
}

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (v: unknown): number => (v instanceof Date ? v.getTime() : Date.parse(String(v)));

/** Appends a sealed row. @internal */
export async function insertEntry(tx: SqlExecutor, e: JournalEntry): Promise<void> {
  await tx.query(
    `INSERT INTO sop_journal (case_id, seq, kind, outcome, version, at, recorded_at, user_id, role, acting_role, acting_kind,
       grant_id, event_type, step_id, note, reason, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
    [
      e.caseId,
      e.seq,
      e.kind,
      e.outcome,
      e.version,
      iso(e.at),
      iso(e.recordedAt),
      e.userId,
      e.role,
      e.actingRole,
      e.actingKind,
      e.grantId,
      e.eventType,
      e.stepId,
      e.note,
      e.reason,
      e.detail === null ? null : JSON.stringify(e.detail),
      e.prevHash,
      e.hash,
    ],
  );
}

/** A `sop_journal` row as the driver returns it. @internal */
export interface JournalRow {
  case_id: string;
  seq: number;
  kind: string;
  outcome: string;
  version: number;
  at: Date | string;
  recorded_at: Date | string;
  user_id: string;
  role: string | null;
  acting_role: string | null;
  acting_kind: string | null;
  grant_id: number | null;
  event_type: string | null;
  step_id: string | null;
  note: string | null;
  reason: string | null;
  detail: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
}

/** A driver row as a {@link JournalEntry}, field for field (nothing is repaired). @internal */
export function entryOf(r: JournalRow): JournalEntry {
  return {
    caseId: r.case_id,
    seq: r.seq,
    kind: r.kind as JournalKind,
    outcome: r.outcome as JournalEntry['outcome'],
    version: r.version,
    at: ms(r.at),
    recordedAt: ms(r.recorded_at),
    userId: r.user_id,
    role: r.role,
    actingRole: r.acting_role,
    actingKind: r.acting_kind as JournalEntry['actingKind'],
    grantId: r.grant_id,
    eventType: r.event_type,
    stepId: r.step_id,
    note: r.note,
    reason: r.reason,
    detail: r.detail,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** The journal of one case in order. @internal */
export async function readJournal(db: SqlExecutor, caseId: string): Promise<JournalEntry[]> {
  const rows = await db.query<JournalRow>('SELECT * FROM sop_journal WHERE case_id = $1 ORDER BY seq', [caseId]);
  return rows.map(entryOf);
}
