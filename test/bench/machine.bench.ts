// Events per second through a createSopMachine actor against a bare XState machine of the same
// shape (same states, same transitions, no guards, no context), in the same run.
import { assign, createActor, createMachine, setup } from 'xstate';
import { createSopMachine, calendar24x7, defineSop } from 'sop-ap';
import { compareMedian, type BenchResult } from './harness.js';

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

// The same shape with XState's own price of a guard and a context update, and nothing of
// ours: a guard that always passes and an assign of one field. It shows how much of the
// figure is XState's machinery for guarded, context-updating transitions.
const floorStates: Record<string, object> = {};
sop.steps.forEach((s, i) => {
  const next = sop.steps[i + 1]?.id ?? 'selesai';
  const t = { target: next, guard: 'pass', actions: 'bump' };
  floorStates[s.id] = s.decision ? { on: { SETUJU: t, TIDAK_SETUJU: { ...t, target: s.decision.tidakSetuju.action === 'rework' ? s.decision.tidakSetuju.to : 'selesai' } } } : { on: { SELESAI: t } };
});
floorStates['selesai'] = { type: 'final' };
const floor = setup({
  types: { context: {} as { n: number } },
  guards: { pass: () => true },
  actions: { bump: assign(({ context }) => ({ n: context.n + 1 })) },
}).createMachine({ id: 'floor', initial: sop.steps[0]!.id, context: { n: 0 }, states: floorStates as never });

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
function runFloor(): void {
  const a = createActor(floor).start();
  for (const e of events) a.send({ type: e.type } as never);
  if (a.getSnapshot().status !== 'done') throw new Error('floor case did not finish');
}
function runBare(): void {
  const a = createActor(bare).start();
  for (const e of events) a.send({ type: e.type } as never);
  if (a.getSnapshot().status !== 'done') throw new Error('bare case did not finish');
}

export function run(): BenchResult[] {
  const { ratio: cost, subject, baseline } = compareMedian(runSop, runBare); // cost per event relative to the bare machine
  const f = compareMedian(runFloor, runBare);
  return [
    {
      name: 'machine (reference): the same shape with a pass-through guard and a one-field assign vs bare',
      opsPerSec: f.subject * N,
      baselineOpsPerSec: f.baseline * N,
      detail: `${f.ratio.toFixed(2)}x the bare cost per event: XState's own price of guarded, context-updating transitions (no target)`,
      ok: true,
    },
    {
      name: 'machine: events through createSopMachine vs a bare XState machine (28 steps)',
      opsPerSec: subject * N,
      baselineOpsPerSec: baseline * N,
      detail: `${Math.round(subject * N).toLocaleString('en')} events/s vs ${Math.round(baseline * N).toLocaleString('en')} events/s bare (medians of 15 alternating pairs): ${cost.toFixed(2)}x the bare cost per event (target <= 1.5x)`,
      ok: cost <= 1.5,
    },
  ];
}
