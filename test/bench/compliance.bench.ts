// Conformance at scale (issue 15): a generated PLUT log of 1M events (90 % conformant, 10 % with
// one skip or swap) checked end to end by `checkLogFile` in a child process (events/s and peak
// RSS); the CSV reader against a bare csv-parse pass over the same file (the cost ratio, in CPU
// time, alternating in the same run); and checkConformance against dispatching the same events
// into actors. The generated logs go to a temp dir and are removed.
// SOP_AP_BENCH_EVENTS=n changes the size; SOP_AP_BENCH_BIG=1 adds 5M events and a log in which
// every case is its own variant.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createActor } from 'xstate';
import { calendar24x7, checkConformance, createSopMachine, dispatch, type LogEvent } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { compare, type BenchResult } from './harness.js';
import { writePlutLog } from './compliance-log.js';

interface ChildResult {
  readonly events: number;
  readonly cases: number;
  readonly variants: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly eventsPerSec: number;
  readonly eventsPerCpuSec: number;
  readonly maxRssMB: number;
}

const child = fileURLToPath(new URL('./compliance-child.ts', import.meta.url));
function runChild(file: string, mode: 'check' | 'reader' | 'csv-parse'): ChildResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, file, mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1]!;

function endToEnd(file: string, label: string): BenchResult {
  const r = runChild(file, 'check');
  const ok = r.eventsPerSec >= 300_000 && r.maxRssMB < 300;
  return {
    name: `sop-ap check, ${label}: ${r.events} events, ${r.cases} cases, ${r.variants} variants`,
    opsPerSec: r.eventsPerSec,
    detail: `${r.eventsPerSec} events/s wall (${r.ms} ms), ${r.eventsPerCpuSec} events/s of CPU (${r.cpuMs} ms), peak RSS ${r.maxRssMB} MB (targets >= 300k events/s, < 300 MB; PM4Py 2.7: 170k events/s, 285 MB)`,
    ok,
  };
}

function readerRatio(file: string): BenchResult {
  const ratios: number[] = [];
  let reader: ChildResult | undefined;
  for (let i = 0; i < 3; i++) {
    const bare = runChild(file, 'csv-parse');
    reader = runChild(file, 'reader');
    ratios.push(reader.cpuMs / bare.cpuMs);
  }
  const ratio = median(ratios);
  return {
    name: `CSV log reader (csv-parse + rows to events) vs a bare csv-parse pass, ${reader!.events} rows`,
    opsPerSec: reader!.eventsPerCpuSec,
    detail: `${ratio.toFixed(2)}x the CPU time of csv-parse alone (median of 3 alternating pairs; target <= 3x); ${reader!.eventsPerCpuSec} rows/s of CPU`,
    ok: ratio <= 3,
  };
}

// checkConformance in memory against dispatching the same events into actors (the machine's floor).
const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
const CASES = 100;
const plan: [string, string, string?][] = [
  ['perintah-buat-surat-tugas', 'kepala-dinas'],
  ['perintah-kasubbag-tu', 'kepala-bidang'],
  ['susun-surat-tugas', 'kasubbag-tu'],
  ['koreksi-konsep-surat', 'kepala-bidang', 'tidak-setuju'],
  ['susun-surat-tugas', 'kasubbag-tu'],
  ['koreksi-konsep-surat', 'kepala-bidang', 'setuju'],
  ['tandatangan-kepala-dinas', 'kepala-dinas'],
  ['serahkan-tim-kerja', 'kepala-bidang'],
  ['laksanakan-tugas', 'tim-kerja'],
];
const t0 = Date.parse('2026-01-05T07:30:00+07:00');
const events: LogEvent[] = [];
for (let c = 0; c < CASES; c++) {
  plan.forEach(([step, role, decision], i) => {
    const e: LogEvent = { case: `SK-${c}`, step, role, completedAt: t0 + c * 86_400_000 + (i + 1) * 240_000 };
    events.push(decision === undefined ? e : { ...e, decision: decision as 'setuju' });
  });
}
const log = { format: 'events' as const, events, problems: [] };
const machine = createSopMachine(sk, { calendar: calendar24x7 });
function check(): void {
  const r = checkConformance(sk, log, { calendar: calendar24x7 });
  if (r.summary.conformant !== CASES) throw new Error('check: not all conformant');
}
function raw(): void {
  for (let c = 0; c < CASES; c++) {
    const a = createActor(machine, { input: { caseId: `SK-${c}`, startedAt: t0 + c * 86_400_000 } }).start();
    for (let i = 0; i < plan.length; i++) {
      const e = events[c * plan.length + i]!;
      const type = e.decision === undefined ? 'SELESAI' : e.decision === 'setuju' ? 'SETUJU' : 'TIDAK_SETUJU';
      dispatch(a, { type, actor: { role: e.role as 'kepala-dinas' }, at: e.completedAt });
    }
    if (a.getSnapshot().status !== 'done') throw new Error('raw: case did not finish');
  }
}

export function run(): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'sop-ap-bench-'));
  try {
    const n = Number(process.env.SOP_AP_BENCH_EVENTS ?? 1_000_000);
    const file = join(dir, 'plut.csv');
    writePlutLog(file, n, 'mixed');
    const results = [endToEnd(file, `${n / 1e6}M mixed`), readerRatio(file)];
    if (process.env.SOP_AP_BENCH_BIG === '1') {
      const big = join(dir, 'plut-5m.csv');
      writePlutLog(big, 5_000_000, 'mixed');
      results.push(endToEnd(big, '5M mixed'));
      rmSync(big);
      const distinct = join(dir, 'plut-distinct.csv');
      writePlutLog(distinct, n, 'distinct');
      results.push(endToEnd(distinct, `${n / 1e6}M, every case its own variant`));
    }
    const a = compare(check, raw);
    const cost = a.baseline / a.subject;
    results.push({
      name: `checkConformance (${CASES} cases, ${events.length} events) vs dispatching the same events into actors`,
      opsPerSec: a.subject,
      baselineOpsPerSec: a.baseline,
      detail: `${(a.subject * events.length).toFixed(0)} events/s checked; ${cost.toFixed(2)}x the cost of plain dispatch (target <= 3x)`,
      ok: cost <= 3,
    });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
