// Calibration: a log simulated from known parameters, fitted back.
import { describe, expect, test } from 'vitest';
import { advance, compileFlow, durationToMinutes, FINAL_STATES, kalbarCalendar, SimulationError, type AnySopDefinition } from 'sop-ap';
import { mulberry32 } from '../../src/simulation/random.js';
import { fitLognormal, fitScenario, simulateCapacity } from 'sop-ap/capacity';
import { catalogue } from 'sop-ap/machines';

const sop = catalogue['pembuatan-sk-tim-kerja-bidang-3'];
const SIGMA = 0.4;
const P_REFUSE = 0.25;
const MEAN_GAP = 200; // working minutes between case starts

/**
 * A log of `cases` cases: Poisson starts (mean MEAN_GAP working minutes), each step lognormal with
 * median its waktu and σ = SIGMA (or `draw`), decisions refused with `pRefuse`, no waiting. The
 * path follows the SOP's own transition rule (`advance`), so a forward refusal goes on to its
 * later step and the case ends ditolak.
 */
function simulatedLog(def: AnySopDefinition, cases: number, seed: number, draw?: (u: () => number, budget: number) => number, pRefuse = P_REFUSE) {
  const rnd = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const flow = compileFlow(def);
  const events: Record<string, unknown>[] = [];
  const outcomes = { selesai: 0, ditolak: 0 };
  let at = Date.parse('2025-01-06T07:30:00+07:00');
  for (let k = 0; k < cases; k++) {
    at = kalbarCalendar.addWorkingMinutes(at, -MEAN_GAP * Math.log(1 - rnd()));
    let t = at;
    let position = { at: flow.start, refusedAt: undefined as string | undefined };
    while (position.at !== FINAL_STATES.done && position.at !== FINAL_STATES.refused) {
      const node = flow.byId.get(position.at)!;
      const budget = durationToMinutes(node.step.waktu, kalbarCalendar.minutesPerDay);
      const d = draw === undefined ? budget * Math.exp(SIGMA * normal()) : draw(rnd, budget);
      const end = kalbarCalendar.addWorkingMinutes(t, d);
      const refused = node.kind === 'decision' && rnd() < pRefuse;
      events.push({
        case: `K-${k}`,
        step: node.id,
        role: node.step.pelaksana[0],
        started_at: t,
        completed_at: end,
        ...(node.kind === 'decision' ? { decision: refused ? 'tidak setuju' : 'setuju' } : {}),
      });
      t = end;
      position = advance(flow, node, node.kind === 'task' ? 'SELESAI' : refused ? 'TIDAK_SETUJU' : 'SETUJU', position.refusedAt);
    }
    outcomes[position.at === FINAL_STATES.done ? 'selesai' : 'ditolak']++;
  }
  return Object.assign(events, { outcomes });
}

describe('fitScenario recovers the parameters of a simulated log', () => {
  const log = simulatedLog(sop, 1500, 2026);
  const fitted = fitScenario(sop, log);

  test('per step: μ within 0.05 of ln(waktu), σ within 8 % of 0.4, KS below the 5 % critical value 1.36/√n', () => {
    for (const step of sop.steps) {
      const f = fitted.fit.steps[step.id]!;
      expect(f.n).toBeGreaterThanOrEqual(1500);
      expect(f.measured).toBe('start-to-completion');
      expect(Math.abs(f.mu - Math.log(durationToMinutes(step.waktu, 450)))).toBeLessThan(0.05);
      expect(Math.abs(f.sigma / SIGMA - 1)).toBeLessThan(0.08);
      expect(f.ks).toBeLessThan(1.36 / Math.sqrt(f.n));
    }
  });

  test('the refusal probability within 0.04, the mean gap between cases within 8 %', () => {
    expect(Math.abs(fitted.fit.refusal['koreksi-konsep-surat']!.p - P_REFUSE)).toBeLessThan(0.04);
    expect(fitted.refusal).toEqual({ 'koreksi-konsep-surat': fitted.fit.refusal['koreksi-konsep-surat']!.p });
    expect(fitted.fit.arrivals.cases).toBe(1500);
    expect(Math.abs(fitted.fit.arrivals.meanMinutes / MEAN_GAP - 1)).toBeLessThan(0.08);
  });

  test('it feeds simulateCapacity: with unlimited officials the processing time matches the log within 5 %', () => {
    const r = simulateCapacity({ sops: [fitted], defaultStaff: 'unlimited', cases: 3000, seed: 3 });
    const logged = log.reduce((s, e) => s + kalbarCalendar.workingMinutesBetween(e.started_at as number, e.completed_at as number), 0) / 1500;
    expect(Math.abs(r.processing.mean / logged - 1)).toBeLessThan(0.05);
  });

  test('durations that are not lognormal show in the KS statistic', () => {
    // half the completions at 0.3 × waktu, half at 3 × waktu
    const bimodal = simulatedLog(sop, 1500, 7, (u, b) => b * (u() < 0.5 ? 0.3 : 3) * (1 + 0.05 * u()));
    const f = fitScenario(sop, bimodal).fit.steps['susun-surat-tugas']!;
    expect(f.ks).toBeGreaterThan(3 * (1.36 / Math.sqrt(f.n)));
  });

  test('fitLognormal: the maximum likelihood of a known sample', () => {
    const r = fitLognormal([1, Math.E, Math.E ** 2]);
    expect(r.mu).toBeCloseTo(1, 12);
    expect(r.sigma).toBeCloseTo(Math.sqrt(2 / 3), 12);
  });

  test('a log with fewer than two cases is a SimulationError', () => {
    expect(() => fitScenario(sop, simulatedLog(sop, 1, 1))).toThrow(SimulationError);
  });
});

describe('fitScenario on an SOP whose refusal goes forward (Pendaftaran Narasumber, row 4 to the letter of row 5)', () => {
  const narsum = catalogue['pendaftaran-narasumber'];
  const P = 0.3;
  const log = simulatedLog(narsum, 1500, 11, undefined, P);
  const fitted = fitScenario(narsum, log);

  test('the log itself: every case sends the letter, about 30 % end ditolak', () => {
    expect(log.filter((e) => e.step === 'kirim-surat-keterangan')).toHaveLength(1500);
    expect(Math.abs(log.outcomes.ditolak / 1500 - P)).toBeLessThan(0.04);
  });

  test('the refusal probability of the forward-refusing decision within 0.04, every step μ within 0.05 and σ within 8 %', () => {
    expect(Object.keys(fitted.refusal ?? {})).toEqual(['persetujuan-ketua']);
    const r = fitted.fit.refusal['persetujuan-ketua']!;
    expect(r.n).toBe(1500);
    expect(r.refused).toBe(log.outcomes.ditolak); // each refusal is the case's outcome
    expect(r.unrecorded).toBe(0);
    expect(Math.abs(r.p - P)).toBeLessThan(0.04);
    for (const step of narsum.steps) {
      const f = fitted.fit.steps[step.id]!;
      expect(f.n).toBe(1500);
      expect(Math.abs(f.mu - Math.log(durationToMinutes(step.waktu, 450)))).toBeLessThan(0.05);
      expect(Math.abs(f.sigma / SIGMA - 1)).toBeLessThan(0.08);
    }
  });

  test('fed to simulateCapacity, the share of cases ending ditolak is the log\'s within 0.04', () => {
    const r = simulateCapacity({ sops: [fitted], defaultStaff: 'unlimited', cases: 4000, seed: 2 });
    const s = r.sops[0]!;
    expect(Math.abs(s.outcomes.ditolak.cases / s.cases - log.outcomes.ditolak / 1500)).toBeLessThan(0.04);
    expect(s.steps.find((x) => x.id === 'kirim-surat-keterangan')!.visits).toBe(1);
  });

  test('without the logged answers the path cannot tell a forward refusal from SETUJU: no estimate, the completions counted as unrecorded', () => {
    const bare = log.map(({ decision: _, ...rest }) => rest);
    const f = fitScenario(narsum, bare);
    expect(f.refusal).toEqual({});
    expect(f.fit.refusal['persetujuan-ketua']).toEqual({ n: 0, refused: 0, p: 0, unrecorded: 1500 });
    // a rework decision's answer shows in the path: still fitted without the column
    const sk = simulatedLog(sop, 400, 3);
    const skFit = fitScenario(sop, sk.map(({ decision: _, ...rest }) => rest)).fit.refusal['koreksi-konsep-surat']!;
    expect(skFit.unrecorded).toBe(0);
    expect(skFit.refused).toBe(sk.filter((e) => e.decision === 'tidak setuju').length);
  });
});

