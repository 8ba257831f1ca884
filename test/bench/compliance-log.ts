// Generated PLUT case logs for the conformance benchmarks (written to a temp dir, never
// committed): `npx tsx test/bench/compliance-log.ts <file> <events> [mixed|distinct]`.
import { openSync, writeSync, closeSync } from 'node:fs';
import { compileFlow, FINAL_STATES } from 'sop-ap';
import { mulberry32 } from '../../src/simulation/random.js';
import { getSop } from 'sop-ap/machines';

export const BENCH_SOP = 'peningkatan-pelayanan-plut';
const T0 = Date.parse('2026-01-05T07:30:00+07:00');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().replace('Z', '+07:00');

/** One case's steps: a walk through the flow with `refusals` reworks at the decisions. */
function walk(refusals: number[]): { step: string; role: string; decision: string }[] {
  const flow = compileFlow(getSop(BENCH_SOP));
  const out: { step: string; role: string; decision: string }[] = [];
  const left = new Map<string, number>();
  let d = 0;
  for (let at: string = flow.start; at !== FINAL_STATES.done && at !== FINAL_STATES.refused; ) {
    const node = flow.byId.get(at)!;
    if (node.kind === 'decision' && !left.has(node.id)) left.set(node.id, refusals[d++] ?? 0);
    const refuse = node.kind === 'decision' && left.get(node.id)! > 0;
    if (refuse) left.set(node.id, left.get(node.id)! - 1);
    out.push({ step: node.id, role: node.step.pelaksana[0]!, decision: node.kind === 'decision' ? (refuse ? 'tidak setuju' : 'setuju') : '' });
    at = refuse ? node.refuse! : node.next;
  }
  return out;
}

/**
 * Writes a log of about `events` events: `mixed` has 90 % conformant cases (a few reworks)
 * and 10 % with one skipped step or one swap; `distinct` gives (nearly) every case its own
 * variant: reworks, a skip or a swap and an inserted step at positions drawn per case.
 *
 * @returns the number of events and cases written
 */
export function writePlutLog(file: string, events: number, mode: 'mixed' | 'distinct' = 'mixed', seed = 15): { events: number; cases: number } {
  const rnd = mulberry32(seed);
  const fd = openSync(file, 'w');
  let buf = 'case,step,role,started_at,completed_at,decision\n';
  let written = 0;
  let c = 0;
  for (; written < events; c++) {
    const distinct = mode === 'distinct';
    const reworks = [rnd() < (distinct ? 0.5 : 0.1) ? 1 + Math.floor(rnd() * (distinct ? 3 : 1)) : 0, rnd() < (distinct ? 0.5 : 0.1) ? 1 : 0];
    const steps = walk(reworks);
    if (distinct || rnd() < 0.1) {
      const at = 1 + Math.floor(rnd() * (steps.length - 2));
      if (rnd() < 0.5) steps.splice(at, 1);
      else [steps[at], steps[at + 1]] = [steps[at + 1]!, steps[at]!];
    }
    if (distinct) {
      const at = Math.floor(rnd() * steps.length);
      steps.splice(at, 0, steps[Math.floor(rnd() * steps.length)]!);
    }
    const start = T0 + (c % 200) * DAY + Math.floor(c / 200) * 60_000;
    steps.forEach((s, i) => {
      buf += `PLUT-${c},${s.step},${s.role},,${iso(start + (i + 1) * 120_000)},${s.decision}\n`;
    });
    written += steps.length;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  return { events: written, cases: c };
}

if (process.argv[1]?.endsWith('compliance-log.ts')) {
  const [file, n, mode] = process.argv.slice(2);
  const r = writePlutLog(file!, Number(n ?? 1_000_000), (mode as 'mixed' | 'distinct') ?? 'mixed');
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
