import { mkdirSync } from 'node:fs';
import { StoreError } from './errors.js';

/** Something that runs one SQL statement with `$1 … $n` parameters and returns its rows. */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * A PostgreSQL connection the store runs on: a `pg` pool or a PGlite database behind one
 * interface. Every write of the store runs inside {@link SqlDriver.transaction}.
 */
export interface SqlDriver extends SqlExecutor {
  /** `postgres` for a server through `pg`, `pglite` for the embedded PGlite. */
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction (BEGIN … COMMIT; ROLLBACK when it throws). */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Closes what the driver opened (a pool or database it was given is left open). */
  close(): Promise<void>;
}

/** The part of a `pg` client the store uses. */
export interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(destroy?: boolean | Error): void;
}

/** The part of a `pg.Pool` the store uses. */
export interface PgPoolLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
}

/** The part of a PGlite database the store uses. */
export interface PGliteLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  transaction<T>(fn: (tx: { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A `pg` pool as a {@link SqlDriver}. `owned`: close the pool with the driver. */
export function pgDriver(pool: PgPoolLike, owned = false): SqlDriver {
  return {
    kind: 'postgres',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as R[];
    },
    async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx: SqlExecutor = {
        async query<R>(sql: string, params: readonly unknown[] = []) {
          return (await client.query(sql, [...params])).rows as R[];
        },
      };
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw e;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}

/** A PGlite database as a {@link SqlDriver}. `owned`: close the database with the driver. */
export function pgliteDriver(db: PGliteLike, owned = false): SqlDriver {
  return {
    kind: 'pglite',
    async query<R>(sql: string, params: readonly unknown[] = []) {
      return (await db.query(sql, [...params])).rows as R[];
    },
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return db.transaction((t) =>
        fn({
          async query<R>(sql: string, params: readonly unknown[] = []) {
            return (await t.query(sql, [...params])).rows as R[];
          },
        }),
      );
    },
    async close() {
      if (owned) await db.close();
    },
  };
}

/** Whether a database address names a PostgreSQL server (`postgres://` or `postgresql://`). */
export function isServerUrl(address: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(address);
}

/** The address of an in-memory PGlite database. */
export const MEMORY = 'memory://';

async function load<T>(name: string, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (e) {
    throw new StoreError('STORE_DRIVER_MISSING', { driver: name }, { cause: e });
  }
}

/**
 * Opens a driver from an address: a `postgres://…` URL (a `pg` pool of `max` connections),
 * `memory://` (PGlite in memory), or a directory (PGlite on disk, created if missing).
 * The driver packages are optional peer dependencies, loaded only when used.
 */
export async function openDriver(address: string, options: { readonly max?: number } = {}): Promise<SqlDriver> {
  if (isServerUrl(address)) {
    const pg = await load('pg', () => import('pg'));
    const Pool = (pg as unknown as { default?: { Pool: new (o: object) => PgPoolLike }; Pool?: new (o: object) => PgPoolLike }).Pool ??
      (pg as unknown as { default: { Pool: new (o: object) => PgPoolLike } }).default.Pool;
    const pool = new Pool({ connectionString: address, max: options.max ?? 10 });
    // An idle client the server drops emits 'error' on the pool; the next query reconnects, so
    // the event must not crash the process.
    (pool as unknown as { on?: (event: string, fn: () => void) => void }).on?.('error', () => undefined);
    return pgDriver(pool, true);
  }
  const mod = await load('@electric-sql/pglite', () => import('@electric-sql/pglite'));
  const PGlite = mod.PGlite as unknown as { create(dir?: string): Promise<PGliteLike> };
  if (address === MEMORY || address === '') return pgliteDriver(await PGlite.create(), true);
  mkdirSync(address, { recursive: true });
  return pgliteDriver(await PGlite.create(address), true);
}
