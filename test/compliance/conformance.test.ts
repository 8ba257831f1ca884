import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, readCsvLog, kalbarCalendar } from 'sop-ap';
import { fixture, wib } from './helpers.js';

const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
const opts = { calendar: calendar24x7 };

describe('checkConformance: a conformant log with a legitimate double rework', () => {
  const report = checkConformance(sk, readCsvLog(fixture('sk-conformant.csv')), opts);
  const c = report.cases[0]!;

  it('finds one case, conformant, fitness 1, ended selesai', () => {
    expect(report.problems).toEqual([]);
    expect(report.cases).toHaveLength(1);
    expect(c).toMatchObject({ case: 'SK-001', conformant: true, fitness: 1, status: 'selesai', deviations: [] });
  });

  it('counts the two reworks of step 3 and the two of step 4 (each rework a second and third visit)', () => {
    expect(c.reworks).toEqual({ 'susun-surat-tugas': 2, 'koreksi-konsep-surat': 2 });
    expect(report.summary.reworksByStep).toEqual({ 'susun-surat-tugas': 2, 'koreksi-konsep-surat': 2 });
  });

  it('replays every logged row as a step completion, in order, with the logged role', () => {
    expect(c.steps.map((s) => s.label)).toEqual(['1', '2', '3', '4', '3', '4', '3', '4', '5', '6', '7']);
    expect(c.steps.every((s) => s.source === 'log')).toBe(true);
    expect(c.steps[0]!.role).toBe('kepala-dinas');
    expect(c.steps.map((s) => s.decision ?? '-').filter((d) => d !== '-')).toEqual(['tidak-setuju', 'tidak-setuju', 'setuju']);
  });

  it('measures the case from the first start to the last completion (07:30 to 09:25 = 115 minutes on 24x7)', () => {
    expect(c.totalMinutes).toBe(115);
    // step 3, first visit: started_at 07:40 to completed 08:00 = 20 minutes (not 22 since step 2's completion)
    expect(c.steps[2]!.elapsedMinutes).toBe(20);
  });
});

describe('checkConformance: one case per deviation kind', () => {
  const report = checkConformance(sk, readCsvLog(fixture('sk-deviations.csv')), opts);
  const byCase = new Map(report.cases.map((c) => [c.case, c]));
  const kinds = (id: string) => byCase.get(id)!.deviations.map((d) => `${d.kind}@${d.step}`);

  it('reads every row (no malformed line)', () => {
    expect(report.problems).toEqual([]);
    expect(report.cases.map((c) => c.case)).toEqual(['SKIP', 'ORDER', 'WRONG', 'OVER', 'NODEC', 'UNKNOWN', 'OPEN', 'AFTER', 'NOREFUSAL']);
  });

  it('skipped step: step 3 missing between 2 and 4; the case moves on and ends conformant otherwise', () => {
    const c = byCase.get('SKIP')!;
    expect(kinds('SKIP')).toEqual(['skipped-step@susun-surat-tugas']);
    expect(c.deviations[0]).toMatchObject({ line: 4, expected: 'susun-surat-tugas', actual: 'koreksi-konsep-surat' });
    expect(c.deviations[0]!.pesan).toBe('Langkah 3 (Kepala Sub Bagian Tata Usaha/Umpar) dilewati: log mencatat langkah 4 tanpa langkah 3');
    expect(c.status).toBe('selesai');
    // alignment s1 s2 ≫3 s4 s5 s6 s7: one model move; 6 events, shortest complete run 7
    expect(c.cost).toBe(1);
    expect(c.fitness).toBeCloseTo(1 - 1 / (6 + 7), 10);
    expect(c.steps.find((s) => s.step === 'susun-surat-tugas')?.source).toBe('assumed');
  });

  it('inserted: step 2 again after step 5 is a log move, the rest still checked', () => {
    const c = byCase.get('ORDER')!;
    expect(kinds('ORDER')).toEqual(['inserted-step@perintah-kasubbag-tu']);
    expect(c.deviations[0]).toMatchObject({ line: 13, expected: 'serahkan-tim-kerja', actual: 'perintah-kasubbag-tu' });
    expect(c.deviations[0]!.pesan).toBe('Langkah 2 (Kepala Bidang) dicatat di tempat yang tidak diizinkan SOP: kasus sedang berada di langkah 6');
    expect(c.status).toBe('selesai');
    // one log move; 8 events, shortest run 7
    expect(c.fitness).toBeCloseTo(1 - 1 / (8 + 7), 10);
  });

  it('wrong performer: Kadis answering step 4 (Kepala Bidang); later rows still checked', () => {
    const c = byCase.get('WRONG')!;
    expect(kinds('WRONG')).toEqual(['wrong-performer@koreksi-konsep-surat']);
    expect(c.deviations[0]).toMatchObject({ expected: 'kepala-bidang', actual: 'kepala-dinas' });
    expect(c.deviations[0]!.message).toBe('Step 4 was performed by Kepala Dinas; the SOP assigns it to Kepala Bidang');
    expect(c.steps.find((s) => s.step === 'koreksi-konsep-surat')).toMatchObject({ role: 'kepala-dinas', source: 'log', decision: 'setuju' });
    expect(c.status).toBe('selesai');
  });

  it('over budget: step 4 took 60 minutes against 15 Menit, with the message of the issue', () => {
    const c = byCase.get('OVER')!;
    expect(kinds('OVER')).toEqual(['over-budget@koreksi-konsep-surat']);
    expect(c.deviations[0]).toMatchObject({ minutes: 45, expected: '15', actual: '60', line: 26 });
    expect(c.deviations[0]!.pesan).toBe('Langkah 4 (Kepala Bidang) melebihi mutu baku 15 Menit sebesar 45 menit kerja');
    expect(c.deviations[0]!.message).toBe('Step 4 (Kepala Bidang) exceeded its standard time of 15 Menit by 45 working minutes');
    // a timing deviation does not lower the flow fitness, but the case is not conformant
    expect(c.fitness).toBe(1);
    expect(c.conformant).toBe(false);
  });

  it('missing decision: step 4 logged without setuju / tidak setuju (taken as setuju)', () => {
    const c = byCase.get('NODEC')!;
    expect(kinds('NODEC')).toEqual(['missing-decision@koreksi-konsep-surat']);
    expect(c.status).toBe('selesai');
  });

  it('unknown step: "9" is reported with its line and the rest of the case is checked', () => {
    const c = byCase.get('UNKNOWN')!;
    expect(c.deviations.map((d) => [d.kind, d.step, d.line])).toEqual([['unknown-step', '9', 39]]);
    expect(c.deviations[0]!.pesan).toBe('Langkah "9" tidak ada dalam SOP');
    expect(c.status).toBe('selesai');
    expect(c.fitness).toBeCloseTo(1 - 1 / (8 + 7), 10);
  });

  it('incomplete case: stopped waiting at step 4', () => {
    const c = byCase.get('OPEN')!;
    expect(kinds('OPEN')).toEqual(['incomplete-case@koreksi-konsep-surat']);
    expect(c).toMatchObject({ status: 'berjalan', currentStep: 'koreksi-konsep-surat' });
    // every missing step counts: model moves 4, 5, 6, 7 after 3 events
    expect(c.cost).toBe(4);
    expect(c.fitness).toBeCloseTo(1 - 4 / (3 + 7), 10);
  });

  it('event after the end: a second step 7 after the case ended selesai', () => {
    const c = byCase.get('AFTER')!;
    expect(kinds('AFTER')).toEqual(['after-end@laksanakan-tugas']);
    expect(c.deviations[0]!.message).toBe('Step 7 (Tim Kerja) was recorded after the case had ended (selesai)');
  });

  it('step 3 logged twice in a row costs one move: of the two readings of cost 1, step 4 skipped through an unlogged refusal keeps every event synchronous, and wins over an inserted step 3', () => {
    const c = byCase.get('NOREFUSAL')!;
    expect(kinds('NOREFUSAL')).toEqual(['skipped-step@koreksi-konsep-surat']);
    expect(c.deviations[0]).toMatchObject({ line: 59, expected: 'koreksi-konsep-surat', actual: 'susun-surat-tugas' });
    expect(c.cost).toBe(1);
    expect(c.reworks).toEqual({ 'susun-surat-tugas': 1, 'koreksi-konsep-surat': 1 });
    expect(c.steps.map((s) => `${s.label}${s.source === 'assumed' ? '?' : ''}`)).toEqual(['1', '2', '3', '4?', '3', '4', '5', '6', '7']);
  });

  it('summarises: 0 of 9 conformant, deviations by kind and by step, slowest step first', () => {
    expect(report.summary).toMatchObject({ cases: 9, conformant: 0, deviating: 9 });
    expect(report.summary.deviationsByKind).toEqual({
      'skipped-step': 2,
      'inserted-step': 1,
      'wrong-performer': 1,
      'over-budget': 1,
      'missing-decision': 1,
      'unknown-step': 1,
      'incomplete-case': 1,
      'after-end': 1,
    });
    // wrong performer, over budget, missing decision, incomplete (stopped there), skipped (NOREFUSAL)
    expect(report.summary.deviationsByStep['koreksi-konsep-surat']).toBe(5);
    expect(report.summary.slowestSteps[0]).toMatchObject({ step: 'koreksi-konsep-surat', maxMinutes: 60, maxRatio: 4, overBudget: 1 });
  });
});

describe('checkConformance: working time on a calendar', () => {
  const rows = [
    { case: 'K', step: '1', role: 'Kadis', started_at: '2026-01-05T11:00:00+07:00', completed_at: '2026-01-05T11:04:00+07:00' },
    { case: 'K', step: '2', role: 'Kabid', completed_at: '2026-01-05T11:08:00+07:00' },
    { case: 'K', step: '3', role: 'Kasubbag TU', completed_at: '2026-01-05T11:30:00+07:00' },
    // 11:50 → 13:20 spans the 12:00–13:00 break: 10 + 20 = 30 working minutes against 15
    { case: 'K', step: '4', role: 'Kabid', started_at: '2026-01-05T11:50:00+07:00', completed_at: '2026-01-05T13:20:00+07:00', decision: 'setuju' },
  ];

  it('measures over budget in working minutes on the Kalimantan Barat calendar (the break does not count)', () => {
    const c = checkConformance(sk, rows, { calendar: kalbarCalendar, allowIncomplete: true }).cases[0]!;
    expect(c.deviations.map((d) => [d.kind, d.minutes])).toEqual([['over-budget', 15]]);
  });

  it('and in plain minutes on 24x7 (90 − 15 = 75)', () => {
    const c = checkConformance(sk, rows, { calendar: calendar24x7, allowIncomplete: true }).cases[0]!;
    expect(c.deviations.map((d) => [d.kind, d.minutes])).toEqual([['over-budget', 75]]);
  });

  it('allowIncomplete leaves a running case conformant', () => {
    const c = checkConformance(sk, rows.slice(0, 3), { calendar: calendar24x7, allowIncomplete: true }).cases[0]!;
    expect(c).toMatchObject({ conformant: true, status: 'berjalan', currentStep: 'koreksi-konsep-surat', fitness: 1 });
  });
});

describe('checkConformance: events in code', () => {
  it('sorts a case by completion time, so a log in file order other than time order replays correctly', () => {
    const rows = [
      { case: 'X', step: 'perintah-kasubbag-tu', role: 'kepala-bidang', completedAt: wib('07:38') },
      { case: 'X', step: 'perintah-buat-surat-tugas', role: 'kepala-dinas', completedAt: wib('07:34') },
    ];
    const c = checkConformance(sk, rows, { calendar: calendar24x7, allowIncomplete: true }).cases[0]!;
    expect(c.deviations).toEqual([]);
    expect(c.steps.map((s) => s.step)).toEqual(['perintah-buat-surat-tugas', 'perintah-kasubbag-tu']);
  });

  it('reports rows it cannot use as problems and checks the rest', () => {
    const report = checkConformance(sk, [{ case: 'X', step: '1', role: 'Kadis', completed_at: 'besok' }, { case: 'X', step: '1', role: 'Kadis', completed_at: wib('07:34') }], {
      calendar: calendar24x7,
      allowIncomplete: true,
    });
    expect(report.problems.map((p) => [p.entry, p.code, p.field])).toEqual([[1, 'bad-timestamp', 'completed_at']]);
    expect(report.cases[0]!.steps).toHaveLength(1);
  });
});
