// A writer for the concurrency and crash tests: walks SK cases to their end, each attempt
// with or without an expected version, and prints one JSON line per attempt. Run as a process
// (`node --import tsx test/store/worker.ts '<config json>'`) or call `work` in-process.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFlow } from 'sop-ap';
import { openStore, type SendResult, type SopStore } from 'sop-ap/store';
import { sk } from './fixtures.js';

export interface WorkerConfig {
  readonly db: string;
  readonly worker: number;
  readonly cases: readonly string[];
  /** `optimistic`: every send carries the version last read; `lock`: none, the store locks the row. */
  readonly mode: 'optimistic' | 'lock';
  /** The shared time origin: event time = 2 March 2026 08:00 WIB + (now − epoch). */
  readonly epoch: number;
  /** Stop after this many attempts (default: when every case has ended). */
  readonly maxAttempts?: number;
}

/** One attempt as the worker saw it. */
export interface AttemptLine {
  readonly worker: number;
  readonly caseId: string;
  readonly outcome: SendResult['outcome'];
  readonly seq: number | null;
  readonly version: number | null;
}

export const BASE = Date.parse('2026-03-02T08:00:00+07:00');
const flow = compileFlow(sk);

/** Sends the event of each open case's current step until every case has ended. */
export async function work(store: SopStore, cfg: WorkerConfig, emit: (line: AttemptLine) => void): Promise<void> {
  let attempts = 0;
  const open = new Set(cfg.cases);
  let turn = cfg.worker;
  while (open.size > 0 && attempts < (cfg.maxAttempts ?? Infinity)) {
    const ids = [...open];
    const caseId = ids[turn++ % ids.length]!;
    const c = await store.show(caseId);
    if (c.status !== 'berjalan' || c.currentStep === null) {
      open.delete(caseId);
      continue;
    }
    const node = flow.byId.get(c.currentStep)!;
    const role = node.step.pelaksana[0]!;
    const r = await store.send(caseId, {
      type: node.kind === 'decision' ? 'SETUJU' : 'SELESAI',
      user: `w${cfg.worker}-${role}`,
      role,
      ...(cfg.mode === 'optimistic' ? { expectVersion: c.version } : {}),
    });
    attempts++;
    emit({ worker: cfg.worker, caseId, outcome: r.outcome, seq: r.outcome === 'conflict' ? null : r.seq, version: r.outcome === 'conflict' ? null : r.version });
  }
}

/** The store a worker opens: its clock maps real time onto 2 March 2026 from the shared epoch. */
export function openWorkerStore(cfg: Pick<WorkerConfig, 'db' | 'epoch'>): Promise<SopStore> {
  return openStore({ db: cfg.db, definitions: [sk], clock: () => BASE + (Date.now() - cfg.epoch), maxConnections: 2 });
}

function invokedDirectly(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  const cfg = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
  const store = await openWorkerStore(cfg);
  process.stdout.write('ready\n');
  // wait for the parent's "go", so that every worker starts racing at once
  await new Promise<void>((resolve) => {
    process.stdin.on('data', (d) => {
      if (String(d).includes('go')) resolve();
    });
  });
  process.stdin.pause();
  await work(store, cfg, (line) => process.stdout.write(`${JSON.stringify(line)}\n`));
  await store.close();
}
