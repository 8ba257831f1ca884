// Writers in separate processes: 8 worker processes racing on the same cases (PostgreSQL; the
// embedded PGlite belongs to one process, so there the 8 writers race inside one process), and
// a writer killed with SIGKILL in the middle of a burst, on both backends.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SopStore } from 'sop-ap/store';
import { openBackend, skipped, suiteTitle, type Backend } from './backends.js';
import { sk, USERS } from './fixtures.js';
import { BASE, openWorkerStore, work, type AttemptLine, type WorkerConfig } from './worker.js';

/** A worker process, its attempt lines, and a promise of its exit. */
interface Running {
  readonly child: ChildProcess;
  readonly lines: AttemptLine[];
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function spawnWorker(cfg: WorkerConfig): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/worker.ts', JSON.stringify(cfg)], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: AttemptLine[] = [];
  let stderr = '';
  let buffer = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout!.on('data', (d: Buffer) => {
    buffer += String(d);
    let i: number;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      if (line === 'ready') onReady();
      else if (line.startsWith('{')) lines.push(JSON.parse(line) as AttemptLine);
    }
  });
  child.stderr!.on('data', (d: Buffer) => void (stderr += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, lines, ready, exited };
}

async function startCases(store: SopStore, prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
  for (const id of ids) await store.start({ sopId: sk.id, caseId: id, user: USERS.kadis.user, at: BASE });
  return ids;
}

/**
 * What must hold after the race: every case ended; each accepted and each refused attempt a
 * worker saw is one journal row, exactly once; conflicts wrote nothing; versions are
 * contiguous; the accepted events are, in order, the visits the snapshot closed (no approval
 * lost, none doubled); and verify passes.
 */
async function checkRace(store: SopStore, cases: readonly string[], lines: readonly AttemptLine[]): Promise<void> {
  const key = (caseId: string, seq: number | null) => `${caseId}#${seq}`;
  const seen = (outcome: string) => lines.filter((l) => l.outcome === outcome).map((l) => key(l.caseId, l.seq));
  const journaled: Record<string, string[]> = { accepted: [], refused: [] };
  for (const id of cases) {
    const c = await store.show(id);
    expect(c.status, id).toBe('selesai');
    const rows = await store.history(id);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    const accepted = rows.filter((r) => r.outcome === 'accepted');
    expect(accepted.map((r) => r.version)).toEqual(accepted.map((_, i) => i + 1));
    expect(c.version).toBe(accepted.length);
    const events = accepted.filter((r) => r.kind === 'event');
    const closed = c.snapshot.context.visits.filter((v) => v.leftAt !== undefined);
    expect(events.map((r) => [r.stepId, r.userId, r.eventType])).toEqual(closed.map((v) => [v.stepId, v.by?.id, v.event]));
    for (const r of events) journaled.accepted!.push(key(id, r.seq));
    for (const r of rows.filter((x) => x.outcome === 'refused')) journaled.refused!.push(key(id, r.seq));
  }
  expect(seen('accepted').sort()).toEqual(journaled.accepted!.sort());
  expect(seen('refused').sort()).toEqual(journaled.refused!.sort());
  expect(lines.length).toBeGreaterThan(seen('accepted').length); // the writers did race
  expect(await store.verify()).toMatchObject({ ok: true });
}

describe.skipIf(skipped('postgres'))(suiteTitle('8 writer processes', 'postgres'), () => {
  let backend: Backend;
  let store: SopStore;
  const epoch = Date.now();
  beforeAll(async () => {
    backend = await openBackend('postgres', [sk]);
    store = await openWorkerStore({ db: backend.url!, epoch });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await backend?.close();
  });

  test('race on the same cases, four with expected versions and four with row locks', async () => {
    const cases = await startCases(store, 'RACE', 4);
    const workers = Array.from({ length: 8 }, (_, w) => spawnWorker({ db: backend.url!, worker: w, cases, mode: w % 2 === 0 ? 'optimistic' : 'lock', epoch }));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin!.write('go\n');
    const exits = await Promise.all(workers.map((w) => w.exited));
    expect(exits.map((e) => [e.code, e.stderr])).toEqual(exits.map(() => [0, '']));
    const lines = workers.flatMap((w) => w.lines);
    expect(new Set(lines.map((l) => l.outcome))).toContain('conflict');
    await checkRace(store, cases, lines);
  }, 600_000);

  test('kill -9 a writer mid-burst: no case is half written, verify passes, a restarted writer finishes', async () => {
    const cases = await startCases(store, 'CRASH', 30);
    const w = spawnWorker({ db: backend.url!, worker: 0, cases, mode: 'lock', epoch });
    await w.ready;
    w.child.stdin!.write('go\n');
    while (w.lines.length < 40) await new Promise((r) => setTimeout(r, 20));
    w.child.kill('SIGKILL');
    expect((await w.exited).signal).toBe('SIGKILL');
    expect(await store.verify()).toMatchObject({ ok: true });
    const again = spawnWorker({ db: backend.url!, worker: 1, cases, mode: 'lock', epoch });
    await again.ready;
    again.child.stdin!.write('go\n');
    expect((await again.exited).code).toBe(0);
    expect(await store.verify()).toMatchObject({ ok: true });
    for (const id of cases) expect((await store.show(id)).status).toBe('selesai');
  }, 600_000);
});

describe(suiteTitle('8 writers in one process', 'pglite'), () => {
  let dir: string;
  let store: SopStore;
  const epoch = Date.now();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sop-ap-pglite-'));
    store = await openWorkerStore({ db: dir, epoch });
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('race on the same cases, four with expected versions and four with row locks', async () => {
    const cases = await startCases(store, 'RACE', 4);
    const lines: AttemptLine[] = [];
    await Promise.all(Array.from({ length: 8 }, (_, w) => work(store, { db: dir, worker: w, cases, mode: w % 2 === 0 ? 'optimistic' : 'lock', epoch }, (l) => lines.push(l))));
    await checkRace(store, cases, lines);
  }, 600_000);

  test('kill -9 a writer process mid-burst on a PGlite directory: reopened, no case is half written, verify passes', async () => {
    const cases = await startCases(store, 'CRASH', 30);
    await store.close();
    const w = spawnWorker({ db: dir, worker: 0, cases, mode: 'lock', epoch });
    await w.ready;
    w.child.stdin!.write('go\n');
    while (w.lines.length < 40) await new Promise((r) => setTimeout(r, 20));
    w.child.kill('SIGKILL');
    expect((await w.exited).signal).toBe('SIGKILL');
    store = await openWorkerStore({ db: dir, epoch });
    expect(await store.verify()).toMatchObject({ ok: true });
    const { entries } = await store.verify();
    expect(entries).toBeGreaterThanOrEqual(30 + 40);
  }, 600_000);
});
