// Conformance replay against the same events dispatched straight into SOP actors (the floor:
// replay cannot be cheaper than running the machine), and the CSV reader against a naive
// split-on-comma parse of the same text, both in the same run.
import { createActor } from 'xstate';
import { calendar24x7, checkConformance, createSopMachine, dispatch, readCsvLog, writeCsvLog, type LogEvent } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { compare, type BenchResult } from './harness.js';

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

function replay(): void {
  const r = checkConformance(sk, log, { calendar: calendar24x7 });
  if (r.summary.conformant !== CASES) throw new Error('replay: not all conformant');
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

const csv = writeCsvLog(events);
function readCsv(): void {
  if (readCsvLog(csv).events.length !== events.length) throw new Error('csv: lost rows');
}
function naiveCsv(): void {
  const rows = csv.split('\n').map((l) => l.split(','));
  if (rows.length < events.length) throw new Error('naive: lost rows');
}

export function run(): BenchResult[] {
  const a = compare(replay, raw);
  const replayCost = a.baseline / a.subject;
  const b = compare(readCsv, naiveCsv);
  const csvCost = b.baseline / b.subject;
  return [
    {
      name: `checkConformance (${CASES} cases, ${events.length} events) vs dispatching the same events into actors`,
      opsPerSec: a.subject,
      baselineOpsPerSec: a.baseline,
      detail: `${(a.subject * events.length).toFixed(0)} events/s replayed; ${replayCost.toFixed(2)}x the cost of plain dispatch (target <= 3x)`,
      ok: replayCost <= 3,
    },
    {
      name: `readCsvLog (${events.length} rows, RFC 4180 + normalisation) vs split(',')`,
      opsPerSec: b.subject,
      baselineOpsPerSec: b.baseline,
      detail: `${(b.subject * events.length).toFixed(0)} rows/s; ${csvCost.toFixed(1)}x a naive split (target <= 100x: quoting, roles, timestamps)`,
      ok: csvCost <= 100,
    },
  ];
}
