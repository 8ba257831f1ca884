// Events per second through a createSopMachine actor against a bare XState machine of the same
// shape (same states, same transitions, no guards, no context), in the same run.
import { createActor, createMachine } from 'xstate';
import { createSopMachine, calendar24x7, defineSop } from 'sop-ap';
import { compare, type BenchResult } from './harness.js';

const N = 28;
const sop = defineSop({
  id: 'bench-28',
  nama: 'Bench',
  steps: Array.from({ length: N }, (_, i) => ({
    id: `langkah-${i + 1}`,
    label: String(i + 1),
    uraian: 'x',
    pelaksana: [i % 2 === 0 ? 'kepala-bidang' : 'ketua-tim-kerja'] as const,
    waktu: '15 Menit',
    ...(i % 7 === 6 ? { decision: { tidakSetuju: { action: 'rework' as const, to: `langkah-${i}` } } } : {}),
  })),
});

// The bare machine: the same states and transitions, nothing else.
const bareStates: Record<string, object> = {};
sop.steps.forEach((s, i) => {
  const next = sop.steps[i + 1]?.id ?? 'selesai';
  bareStates[s.id] = s.decision ? { on: { SETUJU: next, TIDAK_SETUJU: s.decision.tidakSetuju.action === 'rework' ? s.decision.tidakSetuju.to : 'selesai' } } : { on: { SELESAI: next } };
});
bareStates['selesai'] = { type: 'final' };
const bare = createMachine({ id: 'bare', initial: sop.steps[0]!.id, states: bareStates as never });

let t = 0;
const sopMachine = createSopMachine(sop, { calendar: calendar24x7, clock: () => (t += 60_000) });
const events = sop.steps.map((s) => ({
  type: (s.decision ? 'SETUJU' : 'SELESAI') as 'SETUJU' | 'SELESAI',
  actor: { role: s.pelaksana[0]! },
}));

function runSop(): void {
  const a = createActor(sopMachine).start();
  for (const e of events) a.send({ type: e.type, actor: e.actor });
  if (a.getSnapshot().status !== 'done') throw new Error('sop case did not finish');
}
function runBare(): void {
  const a = createActor(bare).start();
  for (const e of events) a.send({ type: e.type } as never);
  if (a.getSnapshot().status !== 'done') throw new Error('bare case did not finish');
}

export function run(): BenchResult[] {
  const { subject, baseline } = compare(runSop, runBare);
  const cost = baseline / subject; // cost per event relative to the bare machine
  return [
    {
      name: 'machine: events through createSopMachine vs a bare XState machine (28 steps)',
      opsPerSec: subject * N,
      baselineOpsPerSec: baseline * N,
      detail: `${Math.round(subject * N).toLocaleString('en')} events/s vs ${Math.round(baseline * N).toLocaleString('en')} events/s bare: ${cost.toFixed(2)}x the bare cost per event (target <= 1.5x)`,
      ok: cost <= 1.5,
    },
  ];
}
