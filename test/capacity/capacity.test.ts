import { describe, expect, test } from 'vitest';
import { calendar24x7, createWorkCalendar, KALBAR_HOURS, kalbarCalendar, simulate, SimulationError, type DurationModelInput } from 'sop-ap';
import { compareCapacity, simulateCapacity } from 'sop-ap/capacity';
import { catalogue, sopIds } from 'sop-ap/machines';
import { minutesBetween, oneStep } from './fixtures.js';

describe('with unlimited officials it is the Monte Carlo', () => {
  const models: [string, DurationModelInput, number][] = [
    ['fixed', 'fixed', 0.2],
    ['triangular', { kind: 'triangular', low: 0.5, mode: 1, high: 3 }, 0.15],
    ['lognormal', { kind: 'lognormal', cv: 0.6 }, 0.1],
  ];
  test.each(sopIds)('%s: every duration model, same seed: same mean, percentiles, extremes and refusals', (id) => {
    const sop = catalogue[id];
    for (const [, durations, refusal] of models) {
      const mc = simulate(sop, { runs: 3000, seed: 77, refusal, durations });
      const r = simulateCapacity({
        sops: [{ sop, arrivals: { poisson: 60 } }],
        defaultStaff: 'unlimited',
        refusal,
        durations,
        cases: 3000,
        seed: 77,
      });
      const s = r.sops[0]!;
      expect(s.cases).toBe(3000);
      expect(s.cycleTime.mean).toBeCloseTo(mc.mean, 6);
      expect([s.cycleTime.p50, s.cycleTime.p90, s.cycleTime.p95]).toEqual([mc.p50, mc.p90, mc.p95]);
      expect(s.outcomes.ditolak.cases).toBe(mc.ditolak);
      expect(s.outcomes.selesai.cases).toBe(mc.outcomes.selesai.cases);
      for (const o of ['selesai', 'ditolak'] as const) {
        const mean = mc.outcomes[o].mean;
        if (mean === undefined) expect(s.outcomes[o].cycleTime.mean).toBeNull();
        else expect(s.outcomes[o].cycleTime.mean).toBeCloseTo(mean, 6);
      }
      // per step, visits add up to the Monte Carlo's workload (every state of a step counted once)
      const visits = s.steps.reduce((x, st) => x + st.visits * st.processing.mean, 0);
      expect(visits).toBeCloseTo(mc.mean, 6);
      expect(s.waiting.mean).toBe(0);
      expect(s.processing.mean).toBeCloseTo(mc.mean, 6);
    }
  });
});

describe('a refusal that goes forward (Pendaftaran Narasumber, row 4 TIDAK SETUJU to the letter of row 5)', () => {
  const sop = catalogue['pendaftaran-narasumber'];
  const letter = 'kirim-surat-keterangan';

  test('with unlimited officials and fixed durations, a refused case still sends the letter: both outcomes take the five steps', () => {
    const r = simulateCapacity({ sops: [{ sop, arrivals: { poisson: 60 } }], defaultStaff: 'unlimited', refusal: 0.3, cases: 4000, seed: 5 });
    const s = r.sops[0]!;
    expect(s.outcomes.ditolak.cases).toBeGreaterThan(0.25 * 4000);
    expect(s.outcomes.ditolak.cases).toBeLessThan(0.35 * 4000);
    expect(s.outcomes.ditolak.cycleTime.mean).toBe(25);
    expect(s.outcomes.selesai.cycleTime.mean).toBe(25);
    expect(s.steps.map((x) => x.id)).toEqual(sop.steps.map((x) => x.id));
    expect(s.steps.find((x) => x.id === letter)!.visits).toBe(1);
  });

  test('the refused path queues for the Pejabat Level 2 like the approved one; no refusal, no ditolak', () => {
    const scenario = { sops: [{ sop, arrivals: { poisson: 12 } }], durations: { kind: 'exponential' }, refusal: 0.5, calendar: calendar24x7, cases: 5000, seed: 9 } as const;
    const r = simulateCapacity(scenario);
    const s = r.sops[0]!;
    const role = r.roles.find((x) => x.role === 'pejabat-level-2')!;
    expect(role.steps).toBe(s.cases); // every case, refused or not, reaches row 5
    expect(s.steps.find((x) => x.id === letter)!.waiting.mean).toBeGreaterThan(0);
    expect(s.outcomes.ditolak.cycleTime.mean!).toBeGreaterThan(25);
    const none = simulateCapacity({ ...scenario, refusal: 0 });
    expect(none.sops[0]!.outcomes.ditolak.cases).toBe(0);
    expect(none.sops[0]!.outcomes.ditolak.cycleTime.mean).toBeNull();
  });
});

describe('the working calendar', () => {
  const sop = oneStep('30 Menit');
  const friday1620 = '2026-03-06T16:20:00+07:00'; // Friday: the office closes at 16:30

  test('a case arriving on Friday at 16:20 is worked 10 minutes, then waits for Monday 07:30', () => {
    const r = simulateCapacity({ sops: [{ sop, arrivals: { at: [friday1620] } }], start: '2026-03-02T00:00:00+07:00', seed: 1 });
    const s = r.sops[0]!;
    expect(s.cycleTime.mean).toBe(30); // working minutes
    expect(s.calendarTime.mean).toBe(minutesBetween(friday1620, '2026-03-09T07:50:00+07:00'));
    expect(s.waiting.mean).toBe(0);
  });

  test('queued behind a case that holds the official until closing, it starts on Monday at 07:30', () => {
    const r = simulateCapacity({ sops: [{ sop, arrivals: { at: ['2026-03-06T16:00:00+07:00', friday1620] } }], start: '2026-03-02T00:00:00+07:00', seed: 1 });
    const s = r.sops[0]!;
    // the second case waits 16:20–16:30 (10 working minutes), works Monday 07:30–08:00
    expect(s.waiting.mean).toBe(5);
    expect(s.cycleTime.p95).toBe(40);
    expect(s.calendarTime.p95).toBe(minutesBetween(friday1620, '2026-03-09T08:00:00+07:00'));
    expect(r.roles.find((x) => x.role === 'kepala-dinas')!.maxQueue).toBe(1);
  });

  test('holidays stop the clock: Tuesday 17 March 2026 15:00 + 2 hours ends on 25 March at 08:30 (18–24 March off)', () => {
    const r = simulateCapacity({ sops: [{ sop: oneStep('2 Jam'), arrivals: { at: ['2026-03-17T15:00:00+07:00'] } }], start: '2026-03-01T00:00:00+07:00', seed: 1 });
    expect(r.sops[0]!.calendarTime.mean).toBe(minutesBetween('2026-03-17T15:00:00+07:00', '2026-03-25T08:30:00+07:00'));
    expect(r.sops[0]!.cycleTime.mean).toBe(120);
  });

  test("an official's leave holds the step; a Plt. covering those days takes it", () => {
    const arrivals = { at: ['2026-03-02T08:00:00+07:00'] };
    const base = { sops: [{ sop, arrivals }], start: '2026-03-01T00:00:00+07:00', seed: 1 } as const;
    const kadis = { name: 'Kepala Dinas', roles: ['kepala-dinas'], leave: [{ from: '2026-03-02', to: '2026-03-04' }] };
    const away = simulateCapacity({ ...base, people: [kadis] });
    // on leave Monday–Wednesday: the step waits for Thursday 07:30
    expect(away.sops[0]!.calendarTime.mean).toBe(minutesBetween('2026-03-02T08:00:00+07:00', '2026-03-05T08:00:00+07:00'));
    expect(away.sops[0]!.waiting.mean).toBe(3 * 450 - 30);
    const plt = { name: 'Plt. Kepala Dinas', roles: [{ role: 'kepala-dinas', from: '2026-03-02', to: '2026-03-04' }] };
    const covered = simulateCapacity({ ...base, people: [kadis, plt] });
    expect(covered.sops[0]!.calendarTime.mean).toBe(30);
    expect(covered.roles.find((x) => x.role === 'kepala-dinas')!.officials).toBe(2);
  });

  test('instants are written with the offset of their own date: one offset in Pontianak, summer and winter time in Berlin', () => {
    // the window runs from the start (no warm-up) to the last arrival
    const at = { at: ['2026-01-05T09:00:00+07:00', '2026-07-06T09:00:00+07:00'] };
    const kalbar = simulateCapacity({ sops: [{ sop, arrivals: at }], start: '2026-01-01T00:00:00+07:00', seed: 1 });
    expect([kalbar.start, kalbar.window.from, kalbar.window.to]).toEqual(['2026-01-01T00:00:00.000+07:00', '2026-01-01T00:00:00.000+07:00', '2026-07-06T09:00:00.000+07:00']);
    const berlin = createWorkCalendar({ id: 'berlin', zone: 'Europe/Berlin', hours: KALBAR_HOURS, holidays: [] });
    const r = simulateCapacity({ sops: [{ sop, arrivals: { at: ['2026-01-05T09:00:00+01:00', '2026-07-06T09:00:00+02:00'] } }], calendar: berlin, start: '2026-01-01T00:00:00+01:00', seed: 1 });
    expect([r.start, r.window.from, r.window.to]).toEqual(['2026-01-01T00:00:00.000+01:00', '2026-01-01T00:00:00.000+01:00', '2026-07-06T09:00:00.000+02:00']);
    // the series too: its points before and after the change in March
    const offsets = new Set(r.wip.series.map((p) => p.at.slice(23)));
    expect([...offsets].sort()).toEqual(['+01:00', '+02:00']);
  });

  test('a named official with a 24x7 calendar works through the night; waiting counts on the office calendar', () => {
    const r = simulateCapacity({
      sops: [{ sop, arrivals: { at: [friday1620] } }],
      start: '2026-03-02T00:00:00+07:00',
      people: [{ name: 'Piket', roles: ['kepala-dinas'], calendar: calendar24x7 }],
      seed: 1,
    });
    expect(r.sops[0]!.calendarTime.mean).toBe(30);
    expect(r.sops[0]!.processing.mean).toBe(30);
  });
});

describe('the scenario and the output', () => {
  const sk = catalogue['pembuatan-sk-tim-kerja-bidang-3'];
  const scenario = {
    sops: [
      { sop: sk, arrivals: { perMonth: 60 } },
      { sop: catalogue['penugasan-kegiatan-bidang-3'], arrivals: { poisson: 400 } },
    ],
    refusal: 0.2,
    durations: { kind: 'lognormal', cv: 0.5 },
    horizon: { days: 200 },
    warmup: { days: 20 },
    start: '2025-01-01T00:00:00+07:00',
    seed: 5,
  } as const;

  test('the same seed gives the same output; another seed another', () => {
    const a = simulateCapacity(scenario);
    const b = simulateCapacity(scenario);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const c = simulateCapacity({ ...scenario, seed: 6 });
    expect(c.cycleTime.mean).not.toBe(a.cycleTime.mean);
  });

  test('per SOP and step: waiting + processing = cycle time; outcomes add up; WIP series covers the window', () => {
    const r = simulateCapacity(scenario);
    expect(r.sops.map((s) => s.id)).toEqual(['pembuatan-sk-tim-kerja-bidang-3', 'penugasan-kegiatan-bidang-3']);
    for (const s of r.sops) {
      expect(s.waiting.mean + s.processing.mean).toBeCloseTo(s.cycleTime.mean, 6);
      const perStep = s.steps.reduce((x, st) => x + st.visits * (st.waiting.mean + st.processing.mean), 0);
      expect(perStep).toBeCloseTo(s.cycleTime.mean, 6);
      const { selesai, ditolak } = s.outcomes;
      expect(selesai.cases + ditolak.cases).toBe(s.cases);
      const meanOfOutcomes = ((selesai.cycleTime.mean ?? 0) * selesai.cases + (ditolak.cycleTime.mean ?? 0) * ditolak.cases) / s.cases;
      expect(meanOfOutcomes).toBeCloseTo(s.cycleTime.mean, 6);
      expect(s.cycleTime.p50).toBeLessThanOrEqual(s.cycleTime.p90);
      expect(s.cycleTime.p90).toBeLessThanOrEqual(s.cycleTime.p95);
      expect(s.calendarTime.mean).toBeGreaterThan(s.cycleTime.mean); // nights and weekends
      expect(s.withinMutuBaku).toBeGreaterThanOrEqual(0);
      expect(s.withinMutuBaku).toBeLessThanOrEqual(1);
    }
    expect(r.cases).toBe(r.sops[0]!.cases + r.sops[1]!.cases);
    expect(r.outcomes.ditolak.cases).toBe(r.sops[0]!.outcomes.ditolak.cases + r.sops[1]!.outcomes.ditolak.cases);
    expect(r.outcomes.selesai.cases + r.outcomes.ditolak.cases).toBe(r.cases);
    // ~60 a month over 180 measured days
    expect(r.sops[0]!.cases).toBeGreaterThan(280);
    expect(r.sops[0]!.cases).toBeLessThan(440);
    expect(r.wip.series).toHaveLength(100);
    expect(r.wip.series[0]!.at.startsWith('2025-01-21')).toBe(true);
    expect(Math.abs(r.wip.mean / (r.arrivalRate * r.calendarTime.mean) - 1)).toBeLessThan(0.1);
    expect(Object.keys(r.utilisation).sort()).toEqual(r.roles.map((x) => x.role).sort());
    const shares = r.bottlenecks.reduce((s, b) => s + b.waitingShare, 0);
    expect(shares).toBeCloseTo(1, 9);
    for (let i = 1; i < r.bottlenecks.length; i++) expect(r.bottlenecks[i - 1]!.waitingShare).toBeGreaterThanOrEqual(r.bottlenecks[i]!.waitingShare);
  });

  test('one more official in the bottleneck role lowers waiting; priority by due instant runs', () => {
    const r = simulateCapacity(scenario);
    const top = r.bottlenecks[0]!.role;
    const more = simulateCapacity({ ...scenario, staff: { [top]: 2 } });
    expect(more.waiting.mean).toBeLessThan(r.waiting.mean);
    const due = simulateCapacity({ ...scenario, queue: 'due' });
    expect(due.cases).toBe(r.cases);
  });

  test('bad scenarios are SimulationErrors naming the field', () => {
    const bad = (s: unknown, field: string) => {
      try {
        simulateCapacity(s as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(SimulationError);
        expect((e as SimulationError).field).toBe(field);
      }
    };
    bad({ sops: [] }, 'sops');
    bad({ sops: [{ sop: sk, arrivals: { poisson: -1 } }] }, 'sops.0.arrivals.poisson');
    bad({ sops: [{ sop: sk, arrivals: { poisson: 10 } }], staff: { 'kepala-dinas': 0 } }, 'staff.kepala-dinas');
    bad({ sops: [{ sop: sk, arrivals: { poisson: 10 } }], staff: { bupati: 1 } }, 'staff.bupati');
    bad({ sops: [{ sop: sk, arrivals: { poisson: 10 } }], cases: 10, horizon: { days: 1 } }, 'horizon');
    bad({ sops: [{ sop: sk, arrivals: { poisson: 10 } }], refusal: { 'susun-surat-tugas': 0.5 } }, 'refusal.susun-surat-tugas');
    bad({ sops: [{ sop: sk, arrivals: { poisson: 10 }, durations: { kind: 'fitted', steps: { nope: { mu: 1, sigma: 1 } } } }] }, 'durations.steps');
  });

  test('a run into years without SKB data carries them as provisional', () => {
    const r = simulateCapacity({ sops: [{ sop: oneStep('1 Hari'), arrivals: { poisson: 600 } }], calendar: kalbarCalendar, cases: 1500, seed: 1 });
    expect(r.provisional).toContain(2027);
    const early = simulateCapacity({ sops: [{ sop: oneStep('1 Hari'), arrivals: { poisson: 600 } }], calendar: kalbarCalendar, cases: 50, seed: 1 });
    expect(early.provisional).toEqual([]);
  });
});

describe('compareCapacity checks both scenarios before it runs either', () => {
  const base = { sops: [{ sop: oneStep('8 Menit'), arrivals: { poisson: 10 } }], calendar: calendar24x7, cases: 2_000, seed: 1 } as const;

  test('the refusal names the field and reads in Bahasa Indonesia and in English', () => {
    let thrown: unknown;
    try {
      simulateCapacity({ ...base, staff: { bupati: 1 } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SimulationError);
    const e = thrown as SimulationError;
    expect([e.code, e.field]).toEqual(['INVALID_SIMULATION', 'staff.bupati']);
    expect(e.localized('id')).toBe("isian 'staff.bupati': simulasi tidak sah: tidak ada langkah SOP dalam skenario yang dilaksanakan oleh 'bupati' (peran yang ada: kepala-dinas)");
    expect(e.localized('en')).toMatch(/no step of the scenario's SOPs is performed by 'bupati' \(roles: kepala-dinas\)/);
  });

  test('a variant naming a role no step has is refused before the base runs (no progress reported)', () => {
    const seen: number[] = [];
    const bad = { ...base, staff: { bupati: 1 } };
    let thrown: unknown;
    try {
      compareCapacity(base, bad, { onProgress: (done) => seen.push(done), progressEvery: 1 });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SimulationError);
    expect((thrown as SimulationError).field).toBe('staff.bupati');
    expect(seen).toEqual([]);
  });

  test('two good scenarios both run (progress from each)', () => {
    const seen: number[] = [];
    const c = compareCapacity(base, { ...base, staff: { 'kepala-dinas': 2 } }, { onProgress: (done) => seen.push(done), progressEvery: 1_000 });
    expect(seen).toEqual([1_000, 2_000, 1_000, 2_000]);
    expect(c.roles[0]!.base.officials).toBe(1);
    expect(c.roles[0]!.variant.officials).toBe(2);
    expect(c.roles[0]!.variant.load!).toBeCloseTo(c.roles[0]!.base.load! / 2, 6);
  });
});
