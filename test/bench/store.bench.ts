// The store: committed events per second with 1 and with 8 concurrent writers, on PostgreSQL
// (when a server answers at SOP_AP_TEST_PG_URL) and on PGlite; the store's cost per event as a
// ratio against a bare `INSERT … RETURNING` round trip on the same connection in the same run;
// and PGlite's start-up time.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { compileFlow } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { openStore, type SopStore } from 'sop-ap/store';
import type { BenchResult } from './harness.js';


const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
const flow = compileFlow(sk);
const PG_URL = process.env.SOP_AP_TEST_PG_URL ?? '';
const BASE = Date.parse('2026-03-02T08:00:00+07:00');

/** The nominal path of the SK (SETUJU at the decision): the event each step takes, by its role. */
const PATH = flow.nodes.map((n) => ({ type: n.kind === 'decision' ? ('SETUJU' as const) : ('SELESAI' as const), role: n.step.pelaksana[0]! }));

/** Walks `cases` along the nominal path, each send expecting the version before it: the store's events only. */
async function writeEvents(store: SopStore, cases: readonly string[]): Promise<number> {
  let n = 0;
  for (const caseId of cases) {
    let version = 1;
    for (const { type, role } of PATH) {
      const r = await store.send(caseId, { type, user: `u-${role}`, role, expectVersion: version });
      if (r.outcome !== 'accepted') throw new Error(`bench: ${caseId} ${r.outcome}`);
      version = r.version;
      n++;
    }
  }
  return n;
}

async function startCases(store: SopStore, prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  for (const id of ids) await store.start({ sopId: sk.id, caseId: id, user: 'u-kepala-dinas', at: BASE });
  return ids;
}

/** Bare `INSERT … RETURNING` round trips per second on the store's own connection. */
async function baseline(store: SopStore, n: number): Promise<number> {
  await store.driver.query('CREATE TABLE IF NOT EXISTS bench_baseline (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, case_id text NOT NULL, payload jsonb NOT NULL)');
  const t = performance.now();
  for (let i = 0; i < n; i++) await store.driver.query('INSERT INTO bench_baseline (case_id, payload) VALUES ($1, $2) RETURNING id', [`B-${i}`, JSON.stringify({ i })]);
  return (n / (performance.now() - t)) * 1000;
}

/** Store events per second with `writers` writers, each on its own cases. */
async function eventsPerSecond(store: SopStore, tag: string, writers: number, casesPerWriter: number): Promise<number> {
  const groups: string[][] = [];
  for (let w = 0; w < writers; w++) groups.push(await startCases(store, `${tag}-${w}`, casesPerWriter));
  const t = performance.now();
  const counts = await Promise.all(groups.map((g) => writeEvents(store, g)));
  const n = counts.reduce((a, b) => a + b, 0);
  return (n / (performance.now() - t)) * 1000;
}

async function measureBackend(name: string, open: (connections: number) => Promise<SopStore>, release: (store: SopStore) => Promise<void>): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const one = await open(1);
  try {
    await eventsPerSecond(one, 'warm', 1, 2);
    // alternate baseline and subject, and keep the median ratio of three pairs
    const pairs: { base: number; store: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const base = await baseline(one, 300);
      const s = await eventsPerSecond(one, `one${i}`, 1, 6);
      pairs.push({ base, store: s });
    }
    pairs.sort((a, b) => a.base / a.store - b.base / b.store);
    const mid = pairs[1]!;
    const ratio = mid.base / mid.store;
    out.push({ name: `store ${name}, 1 writer`, opsPerSec: mid.store, baselineOpsPerSec: mid.base, detail: `${mid.store.toFixed(0)} events/s; cost per event ${ratio.toFixed(2)}× a bare INSERT … RETURNING (${mid.base.toFixed(0)}/s) on the same connection (goal ≤ 2×)`, ok: ratio <= 2 });
  } finally {
    await release(one);
  }
  const eight = await open(8);
  try {
    const s = await eventsPerSecond(eight, 'eight', 8, 4);
    const goal = name === 'postgres' ? 1000 : undefined;
    out.push({ name: `store ${name}, 8 writers`, opsPerSec: s, detail: `${s.toFixed(0)} events/s committed${goal === undefined ? '' : ` (goal ≥ ${goal}/s on local PostgreSQL)`}`, ok: goal === undefined || s >= goal });
  } finally {
    await release(eight);
  }
  return out;
}

async function postgres(): Promise<BenchResult[]> {
  if (PG_URL === '') return [{ name: 'store postgres', opsPerSec: 0, detail: 'skipped: no PostgreSQL server (set SOP_AP_TEST_PG_URL; bash .ci/run starts one)', ok: true }];
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (e) {
    return [{ name: 'store postgres', opsPerSec: 0, detail: `skipped: PostgreSQL is not running at SOP_AP_TEST_PG_URL (${e instanceof Error ? e.message : String(e)})`, ok: true }];
  }
  const database = `sop_ap_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const u = new URL(PG_URL);
  u.pathname = `/${database}`;
  try {
    return await measureBackend('postgres', (connections) => openStore({ db: u.toString(), definitions: [sk], maxConnections: connections }), (st) => st.close());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

async function pglite(): Promise<BenchResult[]> {
  const t = performance.now();
  const store = await openStore({ db: 'memory://', definitions: [sk] });
  const startup = performance.now() - t;
  const out: BenchResult[] = [{ name: 'PGlite start-up', opsPerSec: 1000 / startup, detail: `${startup.toFixed(0)} ms to open an in-memory PGlite and migrate the schema (reported, no goal)`, ok: true }];
  // PGlite is one connection in one process: "8 writers" are 8 concurrent async writers on it.
  try {
    out.push(...(await measureBackend('pglite', async () => store, async () => undefined)));
  } finally {
    await store.close();
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  return [...(await postgres()), ...(await pglite())];
}
