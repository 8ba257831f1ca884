// A conformance report says when its working minutes rest on a provisional calendar year (no
// SKB data yet), as serviceTime and the lead time do: never a silent guess.
import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { checkConformance, readCsvLog } from 'sop-ap';
import { checkText } from '../../src/cli/commands/check.js';

const sop = getSop('pembuatan-sk-tim-kerja-bidang-3');
const header = 'case,step,role,started_at,completed_at,decision';
const log = (year: number) =>
  [header, `K-1,1,Kepala Dinas,${year}-03-02T08:00:00+07:00,${year}-03-02T08:03:00+07:00,`, `K-1,2,Kepala Bidang,,${year}-03-02T08:06:00+07:00,`].join('\n');

describe('checkConformance: provisional calendar years', () => {
  it('a 2026 log (SKB known) is not provisional', () => {
    expect(checkConformance(sop, readCsvLog(log(2026)), { allowIncomplete: true }).provisional).toEqual([]);
  });

  it('a 2027 log names 2027, and the readable report says so', () => {
    const report = checkConformance(sop, readCsvLog(log(2027)), { allowIncomplete: true });
    expect(report.provisional).toEqual([2027]);
    expect(checkText(report, sop.nama, 'k.csv', 'csv')).toContain('perkiraan: belum ada SKB tahun 2027');
  });

  it('a log spanning the new year names only the unknown year', () => {
    const text = [header, 'K-2,1,Kepala Dinas,2026-12-31T08:00:00+07:00,2026-12-31T08:03:00+07:00,', 'K-2,2,Kepala Bidang,,2027-01-04T08:06:00+07:00,'].join('\n');
    expect(checkConformance(sop, readCsvLog(text), { allowIncomplete: true }).provisional).toEqual([2027]);
  });
});
