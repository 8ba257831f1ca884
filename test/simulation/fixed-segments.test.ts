import { describe, expect, test } from 'vitest';
import { advance, compileFlow, durationToMinutes, kalbarCalendar, simulate } from 'sop-ap';
import { mulberry32 } from '../../src/simulation/random.js';
import { catalogue, sopIds } from 'sop-ap/machines';

/**
 * A step-by-step reference walk over the flow table and its transition rule (`advance`, which
 * carries a pending forward refusal), drawing one random number per decision met (the same
 * mulberry32 sequence), to check that the folded fixed-duration loop of `simulate` gives
 * identical results.
 */
function reference(id: (typeof sopIds)[number], runs: number, seed: number, p: number) {
  const flow = compileFlow(catalogue[id]);
  const rnd = mulberry32(seed);
  const times: number[] = [];
  const visits = new Map<string, number>();
  const reworks = new Map<string, number>();
  let ditolak = 0;
  for (let r = 0; r < runs; r++) {
    let position = { at: flow.start, refusedAt: undefined as string | undefined };
    let t = 0;
    for (;;) {
      const at = position.at;
      const node = flow.byId.get(at);
      if (node === undefined) break;
      t += durationToMinutes(node.step.waktu, kalbarCalendar.minutesPerDay);
      visits.set(at, (visits.get(at) ?? 0) + 1);
      const refused = node.kind === 'decision' && rnd() < p;
      if (refused && node.refusal === 'rework') reworks.set(at, (reworks.get(at) ?? 0) + 1);
      position = advance(flow, node, node.kind === 'task' ? 'SELESAI' : refused ? 'TIDAK_SETUJU' : 'SETUJU', position.refusedAt);
    }
    if (position.at === 'ditolak') ditolak++;
    times.push(t);
  }
  const workload: Record<string, number> = {};
  for (const n of flow.nodes) {
    for (const role of n.step.pelaksana) {
      workload[role] = (workload[role] ?? 0) + ((visits.get(n.id) ?? 0) * durationToMinutes(n.step.waktu, 450)) / n.step.pelaksana.length / runs;
    }
  }
  const sorted = times.slice().sort((a, b) => a - b);
  return {
    mean: times.reduce((a, b) => a + b, 0) / runs,
    p90: sorted[Math.ceil(0.9 * runs) - 1],
    max: sorted[runs - 1],
    ditolak,
    reworks: Object.fromEntries(flow.nodes.filter((n) => n.kind === 'decision').map((n) => [n.id, reworks.get(n.id) ?? 0])),
    workload,
  };
}

describe('fixed durations: the folded loop gives what a step-by-step walk gives', () => {
  test.each(sopIds)('%s', (id) => {
    const runs = 3000;
    const got = simulate(catalogue[id], { runs, seed: 11, refusal: 0.3 });
    const want = reference(id, runs, 11, 0.3);
    expect(got.mean).toBeCloseTo(want.mean, 6);
    expect(got.p90).toBe(want.p90);
    expect(got.max).toBe(want.max);
    expect(got.ditolak).toBe(want.ditolak);
    expect(got.reworks).toEqual(want.reworks);
    for (const [role, minutes] of Object.entries(want.workload)) expect(got.workload[role]).toBeCloseTo(minutes, 6);
  });
});
