/**
 * monev() on a small log whose figures were computed by hand: test/fixtures/monev/sk-2026-s2.csv,
 * cases of SOP Pembuatan SK Tim Kerja Bidang 3, period 2026-S2 (1 July 2026 – 31 December 2026, WIB).
 *
 * The SOP (waktu of each step; decision at 4, TIDAK SETUJU returns to 3):
 *   1 Kadis 5 · 2 Kabid 5 · 3 Kasubbag TU 25 · 4 Kabid 15 (keputusan) · 5 Kadis 10 · 6 Kabid 5 · 7 Tim Kerja 5
 *   nominal lead time (mutu baku) = 5+5+25+15+10+5+5 = 70 working minutes.
 *
 * Every event lies on a working day between 08:00 and 09:45 (Kalbar hours 07:30–12:00), so working
 * minutes are wall-clock minutes. Only step 1 has a started_at (08:00); every other step's time is
 * from the previous completion.
 *
 *   case  start        step minutes (label:minutes)                     total  status
 *   A     Tue 7 Jul    1:4 2:4 3:20 4:12(setuju) 5:8 6:4 7:4             56    selesai, within
 *   B     Wed 15 Jul   1:5 2:5 3:20 4:15(TIDAK) 3:20 4:10(setuju) 5:10 6:5 7:5   95    selesai, over
 *   C     Thu 6 Aug    1:5 2:5 3:25 4:15 by KADIS (setuju) 5:10 6:5 7:5   70    selesai, within (70 ≤ 70)
 *   D     Mon 7 Sep    1:5 2:5 3:60 4:15 5:10 6:5 7:5                   105    selesai, over
 *   E     Tue 6 Oct    1:5 2:5 3:20, nothing after                       -     berjalan (open)
 *   F     Tue 3 Nov    1:3 2:3 3:20 4:10 5:8 6:3 7:3                     50    selesai, within
 *   G     Tue 30 Jun   starts before the period                          -     outside (not counted)
 *   H     Tue 10 Nov   1:5 2:5 (3 skipped) 4:30 5:10 6:5 7:5             60    selesai, within
 *
 * Counts: 7 cases in the period (A–F, H); selesai 6, ditolak 0, berjalan 1 (E). asOf = the last
 * event of the period's cases = H's 09:00 on 10 Nov; E has run since 6 Oct, far past 70 minutes:
 * 1 open case overdue. Outside the period: 1 (G).
 *
 * Lead time of the 6 finished: sorted 50, 56, 60, 70, 95, 105. Within 70: A, C, F, H = 4 of 6 (66.7 %).
 *   median (type 7, rank (6−1)·0.5 = 2.5): 60 + 0.5·(70−60) = 65
 *   p90 (rank 5·0.9 = 4.5): 95 + 0.5·(105−95) = 100
 *
 * Steps (logged completions; H's step 3 is assumed by the replay, not logged):
 *   1 (5):  4 5 5 5 5 3 5          → sorted 3 4 5 5 5 5 5: median 5, p90 (rank 5.4) 5; over 0
 *   2 (5):  same                   → median 5, p90 5; over 0
 *   3 (25): 20 20 20 25 60 20 20   → sorted 20 20 20 20 20 25 60: median 20; p90 rank 5.4 → 25 + 0.4·35 = 39; over 1 (D), 1/7
 *   4 (15): 12 15 10 15 15 10 30   → sorted 10 10 12 15 15 15 30: median 15; p90 rank 5.4 → 15 + 0.4·15 = 21; over 1 (H: 08:10→08:40)
 *   5 (10): 8 10 10 10 8 10        → sorted 8 8 10 10 10 10: median (rank 2.5) 10; p90 (rank 4.5) 10
 *   6 (5):  4 5 5 5 3 5            → median 5, p90 5
 *   7 (5):  4 5 5 5 3 5            → median 5, p90 5
 * Slowest by p90/waktu: 3 (39/25 = 1.56), 4 (21/15 = 1.4), then the 1.0 steps in order: 1.
 *
 * Decision 4: setuju A, B(2nd), C, D, F, H = 6; tidak setuju B = 1; 7 decisions, 1/7; 1 case; none missing.
 * Reworks (visits beyond the first): B revisits 3 and 4 → 2 reworks on 1 case.
 * Deviations (incomplete cases allowed): wrong-performer C step 4 (1 case, 1/7 = 14.3 %);
 *   skipped-step H step 3 (1 case); over-budget D step 3 and H step 4 (2 cases).
 * Workload (logged steps, minutes):
 *   Kasubbag TU: step 3 ×7 = 20+20+20+25+60+20+20 = 185 min, 6 cases (H skipped it)
 *   Kabid: step 2 ×7 (32) + step 4 ×6 without C (12+15+10+15+10+30 = 92) + step 6 ×6 (27) = 19 steps, 151 min, 7 cases
 *   Kadis: step 1 ×7 (32) + step 5 ×6 (56) + C's step 4 (15) = 14 steps, 103 min, 7 cases
 *   Tim Kerja: step 7 ×6 = 27 min, 6 cases.   All 46 logged events.
 * Months (by the month a case finished): Jul A✓ B✗ 1/2; Aug C✓ 1/1; Sep D✗ 0/1; Oct none; Nov F✓ H✓ 2/2; Dec none.
 * Default rule: 66.7 % < 80 % fails, wrong-performer and skipped-step 14.3 % > 5 % fail → Tidak berjalan dengan baik.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineSop, readLog, SopError, type SopDefinitionInput } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { monev, parsePeriod, renderMonevHtml, type SopMonev } from 'sop-ap/monev';

const text = readFileSync(fileURLToPath(new URL('../fixtures/monev/sk-2026-s2.csv', import.meta.url)), 'utf8');
const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
const log = readLog(text, { fileName: 'sk-2026-s2.csv' });
const report = monev([sk], log, { period: '2026-S2' });
const s: SopMonev = report.units[0]!.sops[0]!;
const step = (label: string) => s.steps.find((x) => x.label === label)!;
/** The SK SOP with some identity fields changed (the steps are the catalogue's, already validated). */
const redefine = (changes: Record<string, string>) => defineSop({ ...sk, ...changes } as unknown as SopDefinitionInput);

describe('monev on the hand-computed log', () => {
  it('counts the period cases by status and leaves out the case that started before the period', () => {
    expect(s.counts).toEqual({ total: 7, ended: 6, selesai: 6, ditolak: 0, berjalan: 1, berjalanOverdue: 1 });
    expect(report.outside).toBe(1);
    expect(s.caseIds).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'H']);
    expect(report.asOf).toBe(Date.parse('2026-11-10T09:00:00+07:00'));
  });

  it('measures lead time in working minutes against the nominal 70', () => {
    expect(s.leadTime.nominalMinutes).toBe(70);
    expect([...s.leadTime.values].sort((a, b) => a - b)).toEqual([50, 56, 60, 70, 95, 105]);
    expect(s.leadTime.within).toBe(4);
    expect(s.leadTime.count).toBe(6);
    expect(s.leadTime.withinShare).toBeCloseTo(4 / 6, 10);
    expect(s.leadTime.medianMinutes).toBeCloseTo(65, 10);
    expect(s.leadTime.p90Minutes).toBeCloseTo(100, 10);
  });

  it('measures each step against its waktu and names the slowest', () => {
    expect(step('3')).toMatchObject({ budgetMinutes: 25, visits: 7, medianMinutes: 20, overBudget: 1 });
    expect(step('3').p90Minutes).toBeCloseTo(39, 10);
    expect(step('3').overShare).toBeCloseTo(1 / 7, 10);
    expect(step('4')).toMatchObject({ budgetMinutes: 15, visits: 7, medianMinutes: 15, overBudget: 1 });
    expect(step('4').p90Minutes).toBeCloseTo(21, 10);
    expect(step('5')).toMatchObject({ visits: 6, medianMinutes: 10, p90Minutes: 10, overBudget: 0 });
    expect(step('1')).toMatchObject({ visits: 7, medianMinutes: 5, p90Minutes: 5, overBudget: 0 });
    expect(s.slowest.map((x) => x.label)).toEqual(['3', '4', '1']);
  });

  it('counts decisions, refusals and reworks', () => {
    expect(s.decisions).toEqual([
      { step: 'koreksi-konsep-surat', label: '4', decisions: 7, setuju: 6, tidakSetuju: 1, refusalShare: 1 / 7, action: 'rework', toStep: 'susun-surat-tugas', toLabel: '3', cases: 1, ditolak: 0, ditolakPending: 0, ditolakWithin: 0, missing: 0 },
    ]);
    expect(s.reworks).toEqual({ total: 2, cases: 1 });
  });

  it('lists the deviations by kind and the wrong performer', () => {
    const byKind = Object.fromEntries(s.deviations.map((d) => [d.kind, { count: d.count, cases: d.cases, byStep: d.byStep }]));
    expect(byKind).toEqual({
      'wrong-performer': { count: 1, cases: 1, byStep: { '4': 1 } },
      'skipped-step': { count: 1, cases: 1, byStep: { '3': 1 } },
      'over-budget': { count: 2, cases: 2, byStep: { '3': 1, '4': 1 } },
    });
    expect(s.wrongPerformer).toEqual([{ step: 'koreksi-konsep-surat', label: '4', expected: ['kepala-bidang'], actual: { 'kepala-dinas': 1 }, count: 1 }]);
  });

  it('sums the workload per role', () => {
    expect(s.workload.map((w) => [w.role, w.steps, w.minutes, w.cases])).toEqual([
      ['kasubbag-tu', 7, 185, 6],
      ['kepala-bidang', 19, 151, 7],
      ['kepala-dinas', 14, 103, 7],
      ['tim-kerja', 6, 27, 6],
    ]);
    expect(s.workload.reduce((a, w) => a + w.stepShare, 0)).toBeCloseTo(1, 10);
  });

  it('gives the monthly share within mutu baku by the month a case finished', () => {
    expect(s.months.map((m) => [m.key, m.within, m.finished])).toEqual([
      ['2026-07', 1, 2],
      ['2026-08', 1, 1],
      ['2026-09', 0, 1],
      ['2026-10', 0, 0],
      ['2026-11', 2, 2],
      ['2026-12', 0, 0],
    ]);
    expect(s.months[3]!.withinShare).toBeNull();
  });

  it('suggests a Penilaian by the default rule, with each condition and its figure', () => {
    expect(s.assessment.suggestion).toBe('tidak-baik');
    expect(s.assessment.penilaian).toBe('Tidak berjalan dengan baik');
    expect(s.assessment.reasons).toEqual([
      { met: false, text: '4 dari 6 kasus selesai dalam mutu baku (66,7%; syarat ≥ 80%)' },
      { met: false, text: 'pelaksana tidak sesuai: 1 dari 7 kasus (14,3%; batas 5%)' },
      { met: false, text: 'langkah dilewati: 1 dari 7 kasus (14,3%; batas 5%)' },
    ]);
    expect(report.ruleText).toContain('sekurang-kurangnya 80%');
    expect(report.ruleText).toContain('lebih dari 5%');
  });

  it('drafts the Catatan from the figures', () => {
    const c = s.assessment.catatan;
    expect(c).toContain('7 kasus dimulai dalam periode: 6 selesai, 0 ditolak, 1 masih berjalan (1 di antaranya sudah melewati mutu baku).');
    expect(c).toContain('4 dari 6 kasus selesai (66,7%) dalam mutu baku 1 jam 10 menit; median 1 jam 5 menit, p90 1 jam 40 menit.');
    expect(c).toContain('langkah 3 (p90 1,6× waktu 25 Menit; 1 dari 7 melebihi)');
    expect(c).toContain('Tidak setuju: langkah 4 1 dari 7 keputusan (14,3%), dikembalikan ke langkah 3.');
    expect(c).toContain('Langkah 4 dilaksanakan oleh Kepala Dinas (1×), seharusnya Kepala Bidang.');
    expect(c).toContain('langkah dilewati pada 1 kasus (14,3%; langkah 3)');
  });

  it('takes a configured rule: with 60 % and 15 % the same figures suggest "Berjalan dengan baik"', () => {
    const r = monev(sk, log, { period: '2026-S2', rule: { minWithinShare: 0.6, maxDeviationShare: 0.15 } });
    const a = r.units[0]!.sops[0]!.assessment;
    expect(a.suggestion).toBe('baik');
    expect(a.reasons.every((x) => x.met)).toBe(true);
    expect(r.ruleText).toContain('sekurang-kurangnya 60%');
    // One more finished case needed than there are: no suggestion.
    const few = monev(sk, log, { period: '2026-S2', rule: { minFinished: 7 } }).units[0]!.sops[0]!.assessment;
    expect(few.suggestion).toBeNull();
    expect(few.penilaian).toBe('Data belum cukup');
  });

  it('fills the evaluation sheet: every criterion with its figures, in order', () => {
    expect(s.evaluation.map((c) => c.id)).toEqual(['kinerja', 'dipahami', 'dilaksanakan', 'peran', 'permasalahan', 'kebutuhan', 'sinergi']);
    const by = Object.fromEntries(s.evaluation.map((c) => [c.id, c.figures.join(' | ')]));
    expect(by.kinerja).toContain('4 dari 6 kasus selesai dalam mutu baku (66,7%)');
    expect(by.kinerja).toContain('Juli 2026 50% → November 2026 100%');
    expect(by.dipahami).toContain('langkah dilewati: 1 dari 7 kasus (14,3%)');
    expect(by.dipahami).toContain('langkah tidak berurutan: 0 dari 7 kasus (0%)');
    expect(by.dilaksanakan).toContain('pengulangan (rework): 2 kali pada 1 dari 7 kasus');
    expect(by.dilaksanakan).toContain('langkah melebihi waktu: 3 (14,3%), 4 (14,3%)');
    expect(by.peran).toContain('langkah 4: Kepala Dinas 1× (seharusnya Kepala Bidang)');
    expect(by.permasalahan).toContain('kasus berjalan melewati mutu baku: 1 dari 1 yang berjalan');
    expect(s.evaluation[6]!.source).toBe('tambahan');
  });

  it('flags the revision: no date at all on this SOP', () => {
    expect(s.revision).toMatchObject({ state: 'tanpa-tanggal', flag: true });
  });

  it('groups SOPs by unit and names the unit', () => {
    expect(report.units.map((u) => [u.key, u.name])).toEqual([['bidang-3', 'Bidang 3']]);
  });
});

describe('which SOP a case follows', () => {
  it('with several definitions, gives each case to the SOP whose replay fits it best', () => {
    const narsum = getSop('pendaftaran-narasumber');
    const both = monev([sk, narsum], log, { period: '2026-S2' });
    const ids = both.units.flatMap((u) => u.sops.map((x) => [x.sopId, x.caseIds]));
    expect(ids).toEqual([
      ['pembuatan-sk-tim-kerja-bidang-3', ['A', 'B', 'C', 'D', 'E', 'F', 'H']],
      ['pendaftaran-narasumber', []],
    ]);
    expect(both.unassigned).toEqual([]);
  });

  it('reads cases grouped by SOP ({ bySop }), the form a case store gives', () => {
    const r = monev([sk], { bySop: { [sk.id]: log } }, { period: '2026-S2' });
    expect(r.units[0]!.sops[0]!.counts).toEqual(s.counts);
    expect(() => monev([sk], { bySop: { 'tidak-ada': log } }, { period: '2026-S2' })).toThrow(SopError);
  });

  it('reads a plain list of events too', () => {
    const rows = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const [c, st, role, started_at, completed_at, decision] = l.split(',');
        return { case: c, step: st, role, started_at, completed_at, decision };
      });
    expect(monev(sk, rows, { period: '2026-S2' }).units[0]!.sops[0]!.leadTime.medianMinutes).toBeCloseTo(65, 10);
    // a bad row is a problem named by its place in the list (1-based), the others still count
    const bad = monev(sk, [...rows.slice(0, 3), { case: 'X', step: '1' }, ...rows.slice(3)], { period: '2026-S2' });
    expect(bad.problems.map((p) => p.line)).toEqual([4]);
    expect(bad.units[0]!.sops[0]!.counts.total).toBe(7);
  });
});

describe('periods', () => {
  it('reads half-years, quarters, months, years and spans of dates in WIB', () => {
    const s2 = parsePeriod('2026-S2');
    expect(s2.label).toBe('Semester II (Juli–Desember) 2026');
    expect(s2.start).toBe(Date.parse('2026-07-01T00:00:00+07:00'));
    expect(s2.end).toBe(Date.parse('2027-01-01T00:00:00+07:00'));
    expect(s2.months.map((m) => m.label)).toEqual(['Juli 2026', 'Agustus 2026', 'September 2026', 'Oktober 2026', 'November 2026', 'Desember 2026']);
    expect(parsePeriod('2026-s1').label).toBe('Semester I (Januari–Juni) 2026');
    expect(parsePeriod('2026-T3')).toMatchObject({ id: '2026-Q3', label: 'Triwulan III (Juli–September) 2026' });
    expect(parsePeriod('2026-02').months).toHaveLength(1);
    expect(parsePeriod('2026').months).toHaveLength(12);
    const span = parsePeriod('2026-07-01..2026-07-31');
    expect(span.end).toBe(Date.parse('2026-08-01T00:00:00+07:00'));
    expect(span.label).toBe('1 Juli 2026 s.d. 31 Juli 2026');
  });

  it('refuses anything else with INVALID_PERIOD in both languages', () => {
    for (const bad of ['2026-S3', '2026-13', 'semester 2', '2026-07-31..2026-07-01', '']) {
      try {
        parsePeriod(bad);
        expect.unreachable(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(SopError);
        expect((e as SopError).code).toBe('INVALID_PERIOD');
        expect((e as SopError).localized('id')).toMatch(/^periode ".*" tidak dapat dibaca/);
      }
    }
  });
});

describe('the revision flag', () => {
  const withDates = (dates: Record<string, string>) => redefine({ id: 'sk-uji', ...dates });
  const state = (dates: Record<string, string>) => monev(withDates(dates), [], { period: '2026-S2' }).units[0]!.sops[0]!.revision;

  it('past, due within the period, or not yet, from the Tanggal Revisi as written', () => {
    expect(state({ tanggalRevisi: '22 Juli 2020' })).toMatchObject({ state: 'lewat', flag: true, date: '2020-07-22' });
    expect(state({ tanggalRevisi: '31-Aug-26' })).toMatchObject({ state: 'jatuh-tempo', flag: true, date: '2026-08-31' });
    expect(state({ tanggalRevisi: 'Januari 2027' })).toMatchObject({ state: 'belum', flag: false, date: '2027-01-01' });
    expect(state({ tanggalRevisi: '2027-03-01' })).toMatchObject({ state: 'belum', flag: false });
    expect(state({ tanggalRevisi: 'segera' })).toMatchObject({ state: 'tidak-terbaca', flag: true });
  });

  it('without a Tanggal Revisi, counts the review from the Tanggal Efektif (default 12 months)', () => {
    expect(state({ tanggalEfektif: 'Agustus 2023' })).toMatchObject({ state: 'tinjauan-jatuh-tempo', flag: true, basis: 'tanggalEfektif', dueDate: '2024-08-01' });
    expect(state({ tanggalPembuatan: '15 Maret 2026' })).toMatchObject({ state: 'tinjauan-belum', flag: false, basis: 'tanggalPembuatan', dueDate: '2027-03-15' });
    const r = monev(withDates({ tanggalPembuatan: '15 Maret 2026' }), [], { period: '2026-S2', reviewMonths: 6 }).units[0]!.sops[0]!.revision;
    expect(r).toMatchObject({ state: 'tinjauan-jatuh-tempo', dueDate: '2026-09-15' });
  });
});

describe('the page', () => {
  const html = renderMonevHtml(report);

  it('has Tabel 7 with the six columns, the suggestion marked as data and the judgement left to the penilai', () => {
    for (const col of ['No.', 'Prosedur', 'Penilaian terhadap penerapan', 'Catatan hasil penilaian', 'Tindakan yang harus diambil', 'Paraf penilai']) expect(html).toContain(col);
    expect(html).toMatch(/data-field="penilaian-saran"><b>Tidak berjalan dengan baik<\/b>/);
    expect(html).toMatch(/<td class="penilai" data-field="tindakan"><span class="isian">diisi penilai<\/span><\/td>/);
    expect(html).toContain('<td class="penilai" data-field="paraf"></td>');
    expect(html).toContain('Aturan saran penilaian:');
  });

  it('holds four static SVG charts per SOP and no script', () => {
    const charts = [...html.matchAll(/<svg [^>]*data-chart="([a-z-]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(['lead-time', 'months', 'steps', 'workload']);
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    expect(html).not.toMatch(/style="[^"]*"[^ >]/);
    expect(html).not.toMatch(/<style[^>]*>[^<]*:hover/);
  });

  it('gives the same bytes for the same report', () => {
    expect(renderMonevHtml(monev([sk], log, { period: '2026-S2' }))).toBe(html);
  });

  it('escapes the text of a definition', () => {
    const jahat = redefine({ id: 'sk-jahat', nama: 'SK <script>alert(1)</script> & "x"' });
    const page = renderMonevHtml(monev(jahat, log, { period: '2026-S2' }));
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('SK &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('needs a unit when the report has several', () => {
    const two = monev([sk, getSop('pendaftaran-narasumber')], log, { period: '2026-S2' });
    expect(two.units.length).toBe(2);
    expect(() => renderMonevHtml(two)).toThrow(SopError);
    expect(renderMonevHtml(two, two.units[1]!.key)).toContain('Pendaftaran Narasumber');
  });
});

describe('the chart library stays in the subpath', () => {
  it('only src/monev imports echarts, and the root entry does not reach src/monev', async () => {
    const { readdirSync, readFileSync: read } = await import('node:fs');
    const { join: j } = await import('node:path');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(j(dir, d.name)) : d.name.endsWith('.ts') ? [j(dir, d.name)] : []));
    const importers = [...files('src'), ...files('machines')].filter((f) => /from '(echarts[^']*)'/.test(read(f, 'utf8'))).map((f) => f.replace(/\\/g, '/'));
    expect(importers).toEqual(['src/monev/charts.ts']);
    expect(read('src/index.ts', 'utf8')).not.toMatch(/monev/);
  });
});
