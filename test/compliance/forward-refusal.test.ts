/**
 * Conformance of a log against an SOP whose refusal goes forward (Pendaftaran Narasumber,
 * revision 1): a refused application still gets the letter of row 5 and ends ditolak.
 */
import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, readCsvLog } from 'sop-ap';
import { sopSurat } from '../definition/forward-fixture.js';

const sop = getSop('pendaftaran-narasumber');
const header = 'case,step,role,started_at,completed_at,decision';
const row = (c: string, step: string, role: string, minute: number, decision = '') =>
  `${c},${step},${role},,2026-01-05T08:${String(minute).padStart(2, '0')}:00+07:00,${decision}`;
const first = (c: string) => [
  row(c, '1', 'Pemohon', 5),
  row(c, '2', 'Ketua Tim Kerja', 10),
  row(c, '3', 'Anggota Tim Kerja', 15),
];
const log = [
  header,
  ...first('TOLAK'),
  row('TOLAK', '4', 'Ketua Tim Kerja', 20, 'tidak setuju'),
  row('TOLAK', '5', 'Pejabat Level 2', 25),
  ...first('SETUJU'),
  row('SETUJU', '4', 'Ketua Tim Kerja', 20, 'setuju'),
  row('SETUJU', '5', 'Pejabat Level 2', 25),
  ...first('TANPA-SURAT'),
  row('TANPA-SURAT', '4', 'Ketua Tim Kerja', 20, 'tidak setuju'),
].join('\n');

describe('checkConformance: a refusal that goes forward', () => {
  const report = checkConformance(sop, readCsvLog(log), { calendar: calendar24x7, allowIncomplete: false });
  const byCase = new Map(report.cases.map((c) => [c.case, c]));

  it('a refused application that gets its letter conforms and ends ditolak, without a rework', () => {
    expect(report.problems).toEqual([]);
    expect(byCase.get('TOLAK')).toMatchObject({ conformant: true, fitness: 1, status: 'ditolak', deviations: [], reworks: {} });
    expect(byCase.get('TOLAK')!.steps.map((s) => [s.label, s.decision ?? '-'])).toEqual([
      ['1', '-'],
      ['2', '-'],
      ['3', '-'],
      ['4', 'tidak-setuju'],
      ['5', '-'],
    ]);
  });

  it('an approved application on the same rows ends selesai', () => {
    expect(byCase.get('SETUJU')).toMatchObject({ conformant: true, status: 'selesai', deviations: [] });
  });

  it('a refused application whose letter was never sent is incomplete, and would have ended ditolak', () => {
    const c = byCase.get('TANPA-SURAT')!;
    expect(c.status).toBe('berjalan');
    expect(c.deviations.map((d) => [d.kind, d.step, d.expected, d.actual])).toEqual([['incomplete-case', 'kirim-surat-keterangan', 'ditolak', 'kirim-surat-keterangan']]);
  });
});

describe('checkConformance: a forward refusal the log did not record', () => {
  // sopSurat: row 2 refuses forward to the letter (row 4), past the processing (row 3); a log
  // of 1, 2 without a decision, 4 and 5 fits only the refusal, so the case ends ditolak
  const rows = [
    ['1', 'pemohon', '08:10', ''],
    ['2', 'kepala-bidang', '08:30', ''],
    ['4', 'kasubbag-tu', '09:00', 'setuju'],
    ['5', 'kasubbag-tu', '09:05', ''],
  ].map(([step, role, at, decision]) => ({ case: 'DIAM', step, role, completed_at: `2026-01-05T${at}:00+07:00`, ...(decision ? { decision } : {}) }));
  const c = checkConformance(sopSurat('ajukan'), rows, { calendar: calendar24x7 }).cases[0]!;

  it('the alignment takes the refusal at cost 0, and the case ends ditolak', () => {
    expect(c).toMatchObject({ cost: 0, fitness: 1, status: 'ditolak', conformant: false });
  });

  it('the missing decision says the refusal went on to step 4 and the case ends ditolak, not that it was sent back', () => {
    expect(c.deviations.map((d) => [d.kind, d.step, d.label, d.expected, d.actual])).toEqual([['missing-decision', 'putuskan', '2', 'tidak-setuju', 'none']]);
    const d = c.deviations[0]!;
    expect(d.pesan).toBe('Langkah 2 (Kepala Bidang) meneruskan kasus ke langkah 4 sebagai penolakan (jalur yang berakhir ditolak) tanpa keputusan tidak setuju yang tercatat');
    expect(d.message).toBe('Step 2 (Kepala Bidang) sent the case on to step 4 as a refusal (the path that ends ditolak) without a recorded tidak setuju');
    expect(`${d.pesan} ${d.message}`).not.toMatch(/mengembalikan|sent the case back|dianggap setuju|taken as setuju/);
  });
});
