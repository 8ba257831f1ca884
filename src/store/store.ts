import { defaultRoles, kalbarCalendar, serviceTime, startCase, type AnySopDefinition, type RoleRegistry, type ServiceTime, type WorkCalendar } from 'sop-ap';
import { GENESIS_HASH } from './canonical.js';
import { derive, insertCase, plainSnapshot, readCase, type CaseRecord } from './case-row.js';
import type { StoreContext } from './context.js';
import { DefinitionCache, type Registration } from './definitions.js';
import { grantOf, type Grant, type GrantRow } from './delegation.js';
import { MEMORY, openDriver, pgDriver, pgliteDriver, type PGliteLike, type PgPoolLike, type SqlDriver } from './driver.js';
import { badInput, StoreError } from './errors.js';
import { GrantInputSchema, instant, MigrateInputSchema, parseInput, StartInputSchema, type GrantInput, type MigrateInput, type SendInput, type StartInput } from './inputs.js';
import { insertEntry, readJournal, seal, type JournalEntry } from './journal.js';
import { caseLog, type CaseLog, type CaseLogQuery } from './log.js';
import { counts, due, worklist, type CaseCount, type DueItem, type WorkItem, type WorklistQuery } from './queries.js';
import { storeRefusal } from './refusal.js';
import { remapSnapshot } from './revision.js';
import { migrateSchema } from './schema.js';
import { runAttempt, sendEvent, type Attempt, type Judged, type SendResult } from './send.js';
import { verifyStore, type VerifyReport } from './verify.js';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /**
   * Where the data lives: a `postgres://…` URL (a server, through `pg`), `memory://` (PGlite in
   * memory), or a directory (PGlite on disk). Default: `SOP_AP_DB`, else `./.sop-ap/db`.
   */
  readonly db?: string | undefined;
  /** An open `pg.Pool` to use instead of `db` (left open by {@link SopStore.close}). */
  readonly pool?: PgPoolLike | undefined;
  /** An open PGlite database to use instead of `db` (left open by {@link SopStore.close}). */
  readonly pglite?: PGliteLike | undefined;
  /** Connections of the pool opened for a `postgres://` URL. Default 10. */
  readonly maxConnections?: number | undefined;
  /** The working calendar due instants and service time are measured on. Default: `kalbarCalendar`. */
  readonly calendar?: WorkCalendar | undefined;
  /** The role catalogue (an agency's extension). Default: the built-in roles. */
  readonly roles?: RoleRegistry<string> | undefined;
  /** Stamps events sent without `at` and rows' `recordedAt`, in epoch ms. Default: `Date.now`. */
  readonly clock?: (() => number) | undefined;
  /** Refuse a decision by the user who performed the step it reviews. Default: `true`. */
  readonly separationOfDuties?: boolean | undefined;
  /** Definitions to register at once (idempotent). */
  readonly definitions?: readonly AnySopDefinition[] | undefined;
}

/** A case as {@link SopStore.show} gives it: the row, and its service time at the instant asked about. */
export interface CaseView extends CaseRecord {
  readonly serviceTime: ServiceTime;
}

/** The default address of the embedded database. */
export function defaultDatabase(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.SOP_AP_DB !== undefined && env.SOP_AP_DB !== '' ? env.SOP_AP_DB : '.sop-ap/db';
}

/**
 * Durable SOP cases on PostgreSQL (a server through `pg`, or the embedded PGlite): definitions
 * by revision, an append-only hash-chained journal of every attempt, optimistic concurrency or
 * row locks, Plt./Plh. grants, separation of duties, worklists and due queries. Open it with
 * {@link openStore}. Every method is safe when many app instances share one database.
 */
export class SopStore {
  readonly #ctx: StoreContext;

  /** @internal use {@link openStore} */
  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /** The driver underneath (`kind` tells `postgres` from `pglite`). */
  get driver(): SqlDriver {
    return this.#ctx.driver;
  }

  /**
   * Registers a definition under its revision. Idempotent by content hash; other content under
   * a registered revision is refused (`DEFINITION_CHANGED`): raise the revision instead.
   */
  register(definition: AnySopDefinition): Promise<Registration> {
    return this.#ctx.definitions.register(this.#ctx.driver, definition);
  }

  /**
   * Starts a case on the latest registered revision of its SOP (or the one given), journaled
   * as row 1 with the user who started it.
   *
   * @throws {@link StoreError} `CASE_EXISTS`, `UNKNOWN_DEFINITION`, `STORE_INPUT`
   */
  async start(raw: StartInput): Promise<CaseRecord> {
    const input = parseInput(StartInputSchema, raw);
    const ctx = this.#ctx;
    const at = instant(input.at, ctx.clock, 'at');
    const recordedAt = ctx.clock();
    return ctx.driver.transaction(async (tx) => {
      const loaded = await ctx.definitions.get(tx, input.sopId, input.revision);
      const actor = startCase(loaded.machine, { input: { caseId: input.caseId, startedAt: at } });
      const snapshot = plainSnapshot(actor.getPersistedSnapshot());
      actor.stop();
      const entry = seal({
        caseId: input.caseId,
        seq: 1,
        kind: 'start',
        outcome: 'accepted',
        version: 1,
        at,
        recordedAt,
        userId: input.user,
        role: input.role ?? null,
        actingRole: null,
        actingKind: null,
        grantId: null,
        eventType: null,
        stepId: null,
        note: null,
        reason: null,
        detail: { sopId: loaded.definition.id, revision: loaded.definition.revision },
        prevHash: GENESIS_HASH,
      });
      const record: CaseRecord = {
        caseId: input.caseId,
        sopId: loaded.definition.id,
        revision: loaded.definition.revision,
        version: 1,
        ...derive(loaded, snapshot, ctx.calendar),
        startedAt: at,
        updatedAt: at,
        snapshot,
        headSeq: 1,
        headHash: entry.hash,
      };
      if (!(await insertCase(tx, record))) throw new StoreError('CASE_EXISTS', { caseId: input.caseId });
      await insertEntry(tx, entry);
      return record;
    });
  }

  /**
   * Sends an event to a case: judged by the grant behind `actingAs`, the machine, and separation
   * of duties; journaled whether accepted or refused. With `expectVersion` a stale version
   * writes nothing and answers `conflict`; without it the store locks the case row.
   *
   * @example
   * ```ts
   * const r = await store.send('NS-2026-014', { type: 'SETUJU', user: 'nip-1970', role: 'kepala-bidang', expectVersion: 3 })
   * if (r.outcome === 'conflict') reply(409)
   * ```
   */
  send(caseId: string, input: SendInput): Promise<SendResult> {
    if (typeof caseId !== 'string' || caseId.trim() === '') throw badInput('caseId', 'must not be empty');
    return sendEvent(this.#ctx, caseId, input);
  }

  /**
   * Moves an open case to a newer revision of its SOP, each visited step through `stepMap` (an
   * id the new revision also has maps to itself). Journaled; refused (`UNMAPPED_STEP`, naming
   * the step) when a step has no counterpart, or `CASE_ENDED` when the case is over.
   */
  async migrate(caseId: string, raw: MigrateInput): Promise<SendResult> {
    const input = parseInput(MigrateInputSchema, raw);
    const ctx = this.#ctx;
    const attempt: Attempt = {
      caseId,
      kind: 'migrate',
      user: input.user,
      role: input.role ?? null,
      actingAs: undefined,
      eventType: null,
      note: null,
      at: input.at === undefined ? undefined : instant(input.at, ctx.clock, 'at'),
      expectVersion: input.expectVersion,
    };
    return runAttempt(ctx, attempt, async (tx, row): Promise<Judged> => {
      if (input.toRevision <= row.revision) throw badInput('toRevision', `must be newer than the case's revision ${row.revision}`, { sopId: row.sopId });
      const to = await ctx.definitions.get(tx, row.sopId, input.toRevision);
      if (row.status !== 'berjalan') {
        return { ok: false, grantId: null, refusal: storeRefusal('CASE_ENDED.at', { sopId: row.sopId, stepId: undefined, field: 'caseId' }, { end: row.state }) };
      }
      const moved = remapSnapshot(row.snapshot, to, input.stepMap, ctx.calendar);
      if (!moved.ok) {
        return { ok: false, grantId: null, refusal: storeRefusal('UNMAPPED_STEP', { sopId: row.sopId, stepId: moved.stepId, field: 'stepMap' }, { stepId: moved.stepId, revision: input.toRevision, detail: moved.detail }) };
      }
      return { ok: true, snapshot: moved.snapshot, loaded: to, grantId: null, detail: { fromRevision: row.revision, toRevision: input.toRevision, stepMap: input.stepMap } };
    });
  }

  /** A case with its service time at `at` (default: the store's clock, not before the step was entered). */
  async show(caseId: string, options: { readonly at?: Date | number | string | undefined } = {}): Promise<CaseView> {
    const ctx = this.#ctx;
    const c = await readCase(ctx.driver, caseId, false);
    if (c === undefined) throw new StoreError('CASE_NOT_FOUND', { caseId });
    const loaded = await ctx.definitions.get(ctx.driver, c.sopId, c.revision);
    const at = instant(options.at, ctx.clock, 'at');
    const t = serviceTime({ value: c.snapshot.value, context: c.snapshot.context, machine: loaded.machine }, Math.max(at, c.stepEnteredAt ?? c.updatedAt));
    return { ...c, serviceTime: t };
  }

  /** The journal of a case, accepted and refused attempts, in order. */
  async history(caseId: string): Promise<JournalEntry[]> {
    const rows = await readJournal(this.#ctx.driver, caseId);
    if (rows.length === 0 && (await readCase(this.#ctx.driver, caseId, false)) === undefined) throw new StoreError('CASE_NOT_FOUND', { caseId });
    return rows;
  }

  /**
   * Records a Plt./Plh. grant: `user` may act for `role` from `from` up to `to`, by SK `sk`,
   * granted by `by`. The role must be known to the role catalogue; nobody grants to themselves.
   */
  async grant(raw: GrantInput): Promise<Grant> {
    const input = parseInput(GrantInputSchema, raw);
    const ctx = this.#ctx;
    if (!ctx.knownRole(input.role)) throw badInput('role', `unknown role '${input.role}'`);
    if (input.by === input.user) throw badInput('by', 'a user cannot grant a delegation to themselves');
    const from = instant(input.from, ctx.clock, 'from');
    const to = instant(input.to, ctx.clock, 'to');
    if (to <= from) throw badInput('to', 'must come after from');
    const [row] = await ctx.driver.query<GrantRow>(
      `INSERT INTO sop_delegation (user_id, role, kind, sk_number, valid_from, valid_to, granted_by, granted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [input.user, input.role, input.as, input.sk, new Date(from).toISOString(), new Date(to).toISOString(), input.by, new Date(instant(input.at, ctx.clock, 'at')).toISOString()],
    );
    return grantOf(row!);
  }

  /** Revokes a grant from `at` (default: now): from then on it backs no event. Revoking twice keeps the first revocation. */
  async revoke(grantId: number, options: { readonly by: string; readonly at?: Date | number | string | undefined; readonly reason?: string | undefined }): Promise<Grant> {
    if (!Number.isInteger(grantId)) throw badInput('grantId', 'must be a whole number');
    if (typeof options.by !== 'string' || options.by.trim() === '') throw badInput('by', 'must not be empty');
    const at = instant(options.at, this.#ctx.clock, 'at');
    const db = this.#ctx.driver;
    const [row] = await db.query<GrantRow>(
      'UPDATE sop_delegation SET revoked_at = $2, revoked_by = $3, revoke_reason = $4 WHERE grant_id = $1 AND revoked_at IS NULL RETURNING *',
      [grantId, new Date(at).toISOString(), options.by, options.reason ?? null],
    );
    if (row !== undefined) return grantOf(row);
    const [existing] = await db.query<GrantRow>('SELECT * FROM sop_delegation WHERE grant_id = $1', [grantId]);
    if (existing === undefined) throw new StoreError('GRANT_NOT_FOUND', { grantId });
    return grantOf(existing);
  }

  /** Grants, optionally of one user or one role, or only those active at an instant. */
  async grants(filter: { readonly user?: string | undefined; readonly role?: string | undefined; readonly activeAt?: Date | number | string | undefined } = {}): Promise<Grant[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.user !== undefined) where.push(`user_id = $${params.push(filter.user)}`);
    if (filter.role !== undefined) where.push(`role = $${params.push(filter.role)}`);
    if (filter.activeAt !== undefined) {
      const n = params.push(new Date(instant(filter.activeAt, this.#ctx.clock, 'activeAt')).toISOString());
      where.push(`valid_from <= $${n} AND valid_to > $${n} AND (revoked_at IS NULL OR revoked_at > $${n})`);
    }
    const rows = await this.#ctx.driver.query<GrantRow>(`SELECT * FROM sop_delegation ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY grant_id`, params);
    return rows.map(grantOf);
  }

  /** Cases waiting at a step the role performs, or acts for by the user's active grants, most urgent first. */
  worklist(query: WorklistQuery): Promise<WorkItem[]> {
    return worklist(this.#ctx, query);
  }

  /** Cases whose current step reaches warning (75 %) or breach (100 %) on the working calendar by `before`. */
  due(query: { readonly before: Date | number | string; readonly sopId?: string | undefined }): Promise<DueItem[]> {
    return due(this.#ctx, query);
  }

  /**
   * The cases of one SOP as an event log (the shape `readLog` gives), for `checkConformance`
   * or `monev`: every accepted step completion with its role, Plt./Plh., user, time and
   * decision; a migrated case's earlier steps mapped to the revision it is at. With
   * `revision`, only the cases at that revision (the others are counted in `otherRevisions`).
   *
   * @example
   * ```ts
   * const log = await store.caseLog({ sopId: 'pendaftaran-narasumber', revision: 1, startedFrom: '2026-07-01T00:00:00+07:00' })
   * checkConformance(getSop('pendaftaran-narasumber'), log.events)
   * ```
   */
  caseLog(query: CaseLogQuery): Promise<CaseLog> {
    return caseLog(this.#ctx, query);
  }

  /** How many cases each SOP has in each state. */
  counts(): Promise<CaseCount[]> {
    return counts(this.#ctx);
  }

  /**
   * Recomputes each case's hash chain, replays its journal through the machine, and checks
   * that the replay reproduces the stored snapshot and columns. Names the first case and
   * sequence number that differ.
   */
  verify(caseId?: string): Promise<VerifyReport> {
    return verifyStore(this.#ctx, caseId);
  }

  /** Closes the database connection the store opened (a pool or PGlite it was given stays open). */
  close(): Promise<void> {
    return this.#ctx.driver.close();
  }
}

/**
 * Opens a case store: connects (a `postgres://` URL, `memory://`, a PGlite directory, or a pool
 * or PGlite you pass), brings the schema up to date in a transaction, registers `definitions`.
 *
 * @throws {@link StoreError} `SCHEMA_TOO_NEW`, `STORE_DRIVER_MISSING`, `DEFINITION_CHANGED`
 *
 * @example
 * ```ts
 * import { openStore } from 'sop-ap/store'
 * import { catalogue } from 'sop-ap/machines'
 * const store = await openStore({ db: process.env.DATABASE_URL, definitions: Object.values(catalogue) })
 * await store.start({ sopId: 'pendaftaran-narasumber', caseId: 'NS-2026-014', user: 'nip-1970' })
 * ```
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<SopStore> {
  const driver =
    options.pool !== undefined
      ? pgDriver(options.pool)
      : options.pglite !== undefined
        ? pgliteDriver(options.pglite)
        : await openDriver(options.db ?? defaultDatabase(), options.maxConnections === undefined ? {} : { max: options.maxConnections });
  try {
    await migrateSchema(driver);
    const roles = options.roles;
    const registry = roles ?? (defaultRoles as RoleRegistry<string>);
    const calendar = options.calendar ?? kalbarCalendar;
    const ctx: StoreContext = {
      driver,
      definitions: new DefinitionCache(calendar, roles),
      calendar,
      clock: options.clock ?? Date.now,
      separationOfDuties: options.separationOfDuties ?? true,
      knownRole: (r) => registry.has(r),
    };
    const store = new SopStore(ctx);
    for (const d of options.definitions ?? []) await store.register(d);
    return store;
  } catch (e) {
    await driver.close();
    throw e;
  }
}

export { MEMORY };
