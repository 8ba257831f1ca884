import type { SqlDriver, SqlExecutor } from './driver.js';
import { StoreError } from './errors.js';

/** One versioned step of the database schema. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** Statements run in order, in the migration's transaction. */
  readonly statements: readonly string[];
}

/**
 * The schema's migrations, oldest first. The table names (`sop_schema`, `sop_definition`,
 * `sop_case`, `sop_journal`, `sop_delegation`) are a public contract for DBAs.
 * @internal
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'definitions, cases, journal, delegation grants',
    statements: [
      `CREATE TABLE sop_definition (
        sop_id text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 0),
        content_hash text NOT NULL,
        definition jsonb NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (sop_id, revision)
      )`,
      `CREATE TABLE sop_case (
        case_id text PRIMARY KEY,
        sop_id text NOT NULL,
        revision integer NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        state text NOT NULL,
        status text NOT NULL CHECK (status IN ('berjalan', 'selesai', 'ditolak')),
        current_step text,
        current_roles text[] NOT NULL DEFAULT '{}',
        step_entered_at timestamptz,
        warning_at timestamptz,
        breach_at timestamptz,
        started_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        snapshot jsonb NOT NULL,
        head_seq integer NOT NULL,
        head_hash text NOT NULL,
        FOREIGN KEY (sop_id, revision) REFERENCES sop_definition (sop_id, revision)
      )`,
      `CREATE INDEX sop_case_open_roles ON sop_case USING gin (current_roles) WHERE status = 'berjalan'`,
      `CREATE INDEX sop_case_open_warning ON sop_case (warning_at) WHERE status = 'berjalan'`,
      `CREATE INDEX sop_case_open_breach ON sop_case (breach_at) WHERE status = 'berjalan'`,
      `CREATE INDEX sop_case_sop_state ON sop_case (sop_id, state)`,
      `CREATE TABLE sop_delegation (
        grant_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id text NOT NULL,
        role text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('plt', 'plh')),
        sk_number text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz NOT NULL,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        revoke_reason text,
        CHECK (valid_to > valid_from)
      )`,
      `CREATE INDEX sop_delegation_user_role ON sop_delegation (user_id, role)`,
      `CREATE INDEX sop_delegation_role ON sop_delegation (role)`,
      `CREATE TABLE sop_journal (
        case_id text NOT NULL REFERENCES sop_case (case_id),
        seq integer NOT NULL CHECK (seq >= 1),
        kind text NOT NULL CHECK (kind IN ('start', 'event', 'migrate')),
        outcome text NOT NULL CHECK (outcome IN ('accepted', 'refused')),
        version integer NOT NULL,
        at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        user_id text NOT NULL,
        role text,
        acting_role text,
        acting_kind text CHECK (acting_kind IN ('plt', 'plh')),
        grant_id integer REFERENCES sop_delegation (grant_id),
        event_type text,
        step_id text,
        note text,
        reason text,
        detail jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (case_id, seq)
      )`,
      `CREATE INDEX sop_journal_user ON sop_journal (user_id, at)`,
    ],
  },
];

/** The schema version this library writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

// One app instance migrates at a time: the others wait on this advisory lock, then find the
// schema current. The number is arbitrary and fixed ('sopap' in ASCII).
const MIGRATION_LOCK = 0x736f706170;

async function currentVersion(tx: SqlExecutor): Promise<number> {
  const rows = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM sop_schema');
  return rows[0]?.v ?? 0;
}

/**
 * Brings the database schema up to {@link SCHEMA_VERSION}: every missing migration in order, in
 * one transaction under an advisory lock, so app instances that start together migrate once.
 * Refuses a schema newer than the library knows.
 *
 * @returns the versions applied (empty when the schema was current)
 * @throws {@link StoreError} `SCHEMA_TOO_NEW`
 */
export async function migrateSchema(driver: SqlDriver): Promise<number[]> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS sop_schema (
      version integer PRIMARY KEY,
      description text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const found = await currentVersion(tx);
    if (found > SCHEMA_VERSION) throw new StoreError('SCHEMA_TOO_NEW', { found, known: SCHEMA_VERSION });
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (m.version <= found) continue;
      for (const s of m.statements) await tx.query(s);
      await tx.query('INSERT INTO sop_schema (version, description) VALUES ($1, $2)', [m.version, m.description]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** The schema version of a database (0 when it has none). */
export async function schemaVersion(driver: SqlExecutor): Promise<number> {
  const rows = await driver.query<{ t: string | null }>("SELECT to_regclass('sop_schema')::text AS t");
  if (rows[0]?.t == null) return 0;
  return currentVersion(driver);
}
