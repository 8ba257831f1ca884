/**
 * Conformance of a log against an SOP whose refusal goes forward (Pendaftaran Narasumber,
 * revision 1): a refused application still gets the letter of row 5 and ends ditolak.
 */
import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, readCsvLog } from 'sop-ap';

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
