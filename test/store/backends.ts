// The two backends every store test runs on: the embedded PGlite (one in-memory instance per
// test file, since it takes seconds to start) and a real PostgreSQL server (one throwaway
// database per test file on the server named by SOP_AP_TEST_PG_URL).
//
// CI (.ci/run) starts a server and sets SOP_AP_REQUIRE_POSTGRES=1, so there a missing server
// fails the run. On a developer's machine without a server the PostgreSQL suites are reported
// as skipped, with the reason below, instead of failing everything else.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { AnySopDefinition } from 'sop-ap';
import { openStore, type OpenStoreOptions, type SopStore } from 'sop-ap/store';

export const PG_URL = process.env.SOP_AP_TEST_PG_URL ?? '';
export const POSTGRES_REQUIRED = process.env.SOP_AP_REQUIRE_POSTGRES === '1';

async function probe(): Promise<string | undefined> {
  if (PG_URL === '') return 'SOP_AP_TEST_PG_URL is not set: the PostgreSQL suite needs a server (bash .ci/run starts one; or set SOP_AP_TEST_PG_URL=postgres://…)';
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (e) {
    return `no PostgreSQL server answers at SOP_AP_TEST_PG_URL (${e instanceof Error ? e.message : String(e)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why the PostgreSQL suite cannot run here, or undefined when a server answers. */
export const POSTGRES_MISSING = await probe();

/** The title of a backend's describe block, with the reason when it is skipped. */
export function suiteTitle(name: string, backend: BackendName): string {
  if (backend !== 'postgres' || POSTGRES_MISSING === undefined) return `${name} on ${backend}`;
  return `${name} on postgres (${POSTGRES_REQUIRED ? 'required, but' : 'skipped:'} ${POSTGRES_MISSING})`;
}

/** Whether a backend's suite is skipped: PostgreSQL without a server, unless it is required. */
export function skipped(backend: BackendName): boolean {
  return backend === 'postgres' && POSTGRES_MISSING !== undefined && !POSTGRES_REQUIRED;
}

export type BackendName = 'pglite' | 'postgres';
export const BACKENDS: readonly BackendName[] = ['pglite', 'postgres'];

/** A live backend for one test file: opens stores on one database and runs raw SQL on it. */
export interface Backend {
  readonly name: BackendName;
  /** For postgres: the URL of this file's own database (for worker processes). */
  readonly url: string | undefined;
  open(options?: Partial<OpenStoreOptions>): Promise<SopStore>;
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A settable clock for stores under test. */
export function testClock(start: string): { now: () => number; set: (iso: string) => void } {
  let t = Date.parse(start);
  return { now: () => t, set: (iso) => void (t = Date.parse(iso)) };
}

function withUrl(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Opens a backend: a fresh in-memory PGlite, or a fresh database on the server. */
export async function openBackend(name: BackendName, definitions: readonly AnySopDefinition[] = []): Promise<Backend> {
  if (POSTGRES_MISSING !== undefined && name === 'postgres') throw new Error(POSTGRES_MISSING);
  const defaults = (options: Partial<OpenStoreOptions> = {}): OpenStoreOptions => ({ definitions, ...options });
  if (name === 'pglite') {
    const db = await PGlite.create();
    return {
      name,
      url: undefined,
      open: (options) => openStore({ ...defaults(options), pglite: db }),
      sql: async (text, params) => (await db.query(text, params)).rows as never,
      close: () => db.close(),
    };
  }
  const database = `sop_ap_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = withUrl(PG_URL, database);
  const pool = new pg.Pool({ connectionString: url, max: 12 });
  pool.on('error', () => undefined);
  return {
    name,
    url,
    open: (options) => openStore({ ...defaults(options), pool }),
    sql: async (text, params) => (await pool.query(text, params)).rows as never,
    async close() {
      await pool.end();
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await a.end();
    },
  };
}
