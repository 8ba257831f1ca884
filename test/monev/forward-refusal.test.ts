/**
 * monev() on an SOP whose refusal goes forward: Pendaftaran Narasumber revision 1, where row 4's
 * TIDAK SETUJU goes on to row 5's letter and the case ends `ditolak` when it is sent.
 * test/fixtures/monev/narsum-2026-s2.csv, period 2026-S2, figures computed by hand:
 *
 * The SOP: 1 Pemohon 5 · 2 Ketua Tim Kerja 5 · 3 Anggota Tim Kerja 5 · 4 Ketua Tim Kerja 5
 * (keputusan; TIDAK SETUJU → 5, then ditolak) · 5 Pejabat Level 2 5 (the letter). Mutu baku of the
 * approved path 1-2-3-4-5 = 25 working minutes; of the refused path 1-2-3-4(tidak)-5 = 25 too.
 * All events lie on working days between 08:00 and 08:40 (WIB), so working minutes are wall minutes.
 *
 *   case  day          minutes 1 2 3 4 5      decision 4     total  outcome
 *   P     Tue 7 Jul    5 5 5 5 5              setuju          25    selesai, within 25
 *   Q     Wed 8 Jul    5 5 5 5 10             tidak setuju    30    ditolak (letter sent), over 25
 *   R     Tue 4 Aug    4 4 4 4 4              tidak setuju    20    ditolak (letter sent), within 25
 *   T     Thu 6 Aug    5 5 20 5 5             setuju          40    selesai, over
 *   S     Tue 8 Sep    5 5 5 5 -              tidak setuju     -    berjalan: the letter is not sent yet
 *
 * Counts: 5 cases; selesai 2 (P, T), ditolak 2 (Q, R), berjalan 1 (S). asOf = S's 08:20 on 8 Sep
 * (the last event); S has run 20 minutes ≤ 25: no open case overdue.
 * Lead time of the selesai: 25, 40 → within 1 of 2 (50 %); median 32.5; p90 25 + 0.9·15 = 38.5.
 * Decision 4: setuju P, T = 2; tidak setuju Q, R, S = 3 of 5 (60 %), 3 cases; the refusal goes
 *   forward to 5; ended ditolak by it: Q, R = 2; pending (on the way to ditolak): S = 1; of the
 *   ditolak, within the refused path's 25: R (20) = 1 (Q took 30). Nothing missing.
 * Reworks: none (a forward refusal is no rework): 0 on 0 cases.
 * Deviations: over-budget Q step 5 (10 > 5), T step 3 (20 > 5): 2 cases; nothing else (S may be
 *   incomplete: the period is still open for it).
 * Step 5: P 5, Q 10, R 4, T 5 → 4 visits, 1 over.
 * Workload: Ketua Tim Kerja steps 2 and 4 × 5 = 10 steps, 24 + 24 = 48 min; Anggota step 3 × 5,
 *   5+5+4+20+5 = 39 min; Pemohon step 1 × 5, 24 min; Pejabat Level 2 step 5 × 4, 24 min (the
 *   order: minutes, then steps, so Pemohon before Pejabat Level 2).
 * Months (selesai by the month they finished): Jul P ✓ 1/1; Aug T ✗ 0/1; the ditolak are not in it.
 * Default rule: 50 % < 80 % → Tidak berjalan dengan baik.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLog } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { monev, renderMonevHtml } from 'sop-ap/monev';

const text = readFileSync(fileURLToPath(new URL('../fixtures/monev/narsum-2026-s2.csv', import.meta.url)), 'utf8');
const narsum = getSop('pendaftaran-narasumber');
const report = monev([narsum], readLog(text, { fileName: 'narsum-2026-s2.csv' }), { period: '2026-S2' });
const s = report.units[0]!.sops[0]!;

describe('monev with a refusal that goes forward (Pendaftaran Narasumber, revision 1)', () => {
  it('is run on revision 1, whose row 4 refuses forward', () => {
    expect(narsum.revision).toBe(1);
  });

  it('counts a refused case whose letter was sent as ditolak, and one still waiting for it as open', () => {
    expect(s.caseIds).toEqual(['P', 'Q', 'R', 'T', 'S']);
    expect(s.counts).toEqual({ total: 5, ended: 4, selesai: 2, ditolak: 2, berjalan: 1, berjalanOverdue: 0 });
    expect(report.asOf).toBe(Date.parse('2026-09-08T08:20:00+07:00'));
  });

  it('measures only the selesai cases against the approved path', () => {
    expect(s.leadTime).toMatchObject({ nominalMinutes: 25, count: 2, within: 1, withinShare: 0.5, values: [25, 40] });
    expect(s.leadTime.medianMinutes).toBeCloseTo(32.5, 10);
    expect(s.leadTime.p90Minutes).toBeCloseTo(38.5, 10);
  });

  it('gives the decision its forward refusal, the cases it ended ditolak and those on the way', () => {
    expect(s.decisions).toEqual([
      {
        step: 'persetujuan-ketua',
        label: '4',
        decisions: 5,
        setuju: 2,
        tidakSetuju: 3,
        refusalShare: 0.6,
        action: 'forward',
        toStep: 'kirim-surat-keterangan',
        toLabel: '5',
        cases: 3,
        ditolak: 2,
        ditolakPending: 1,
        refusedNominalMinutes: 25,
        ditolakWithin: 1,
        missing: 0,
      },
    ]);
  });

  it('counts no rework for a refusal that goes forward', () => {
    expect(s.reworks).toEqual({ total: 0, cases: 0 });
  });

  it('finds only the two over-budget steps as deviations', () => {
    expect(s.deviations.map((d) => [d.kind, d.cases, d.byStep])).toEqual([['over-budget', 2, { '5': 1, '3': 1 }]]);
    expect(s.steps.find((x) => x.label === '5')).toMatchObject({ visits: 4, overBudget: 1 });
  });

  it('sums the workload per role and the months by selesai only', () => {
    expect(s.workload.map((w) => [w.role, w.steps, w.minutes, w.cases])).toEqual([
      ['ketua-tim-kerja', 10, 48, 5],
      ['anggota-tim-kerja', 5, 39, 5],
      ['pemohon', 5, 24, 5],
      ['pejabat-level-2', 4, 24, 4],
    ]);
    expect(s.months.map((m) => [m.key, m.finished, m.within])).toEqual([
      ['2026-07', 1, 1],
      ['2026-08', 1, 0],
      ['2026-09', 0, 0],
      ['2026-10', 0, 0],
      ['2026-11', 0, 0],
      ['2026-12', 0, 0],
    ]);
  });

  it('says on the page and in the Catatan that the refusal goes on to the letter and ends ditolak', () => {
    expect(s.assessment.penilaian).toBe('Tidak berjalan dengan baik');
    expect(s.assessment.catatan).toContain('5 kasus dimulai dalam periode: 2 selesai, 2 ditolak, 1 masih berjalan.');
    expect(s.assessment.catatan).toContain('langkah 4 3 dari 5 keputusan (60%), diteruskan ke langkah 5, lalu kasus ditolak (2 kasus ditolak, 1 menuju ditolak)');
    const html = renderMonevHtml(report);
    const row = /<tr data-decision="persetujuan-ketua" data-refusal="forward">(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(row).toContain('diteruskan ke langkah 5, lalu kasus ditolak');
    expect(row).toContain('2 (+1 menuju ditolak); 1 dalam mutu baku jalur penolakan 25 menit');
    expect(html).not.toContain('dikembalikan ke langkah 5');
  });
});

describe('the revision flag on the SOPs revised in issue 10', () => {
  // Their `revision: 1` is a new reading of the paper, not a revision of the SOP document: the
  // flag reads the identity section's dates (none of them has a Tanggal Revisi), so it is as before.
  const flags = (id: string) => {
    const def = getSop(id);
    const r = monev([def], [], { period: '2026-S2' }).units[0]!.sops[0]!.revision;
    return { revision: def.revision, tanggalRevisi: def.tanggalRevisi, state: r.state, flag: r.flag, basis: r.basis, dueDate: r.dueDate };
  };

  it('counts the review from the Tanggal Efektif, or flags the missing dates', () => {
    expect(flags('pendaftaran-narasumber')).toEqual({ revision: 1, tanggalRevisi: undefined, state: 'tinjauan-jatuh-tempo', flag: true, basis: 'tanggalEfektif', dueDate: '2024-08-01' });
    expect(flags('layanan-konsultasi-pasca-pelatihan')).toEqual({ revision: 1, tanggalRevisi: undefined, state: 'tinjauan-jatuh-tempo', flag: true, basis: 'tanggalEfektif', dueDate: '2024-08-01' });
    expect(flags('peningkatan-pelayanan-plut')).toEqual({ revision: 1, tanggalRevisi: undefined, state: 'tinjauan-jatuh-tempo', flag: true, basis: 'tanggalEfektif', dueDate: '2021-07-22' });
    expect(flags('mekanisme-pelaporan-tim-kerja-bidang-3')).toEqual({ revision: 1, tanggalRevisi: undefined, state: 'tanpa-tanggal', flag: true, basis: undefined, dueDate: undefined });
  });
});
