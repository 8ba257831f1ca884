import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, detectLogFormat, LogError, readCsvLog, readJsonLog, readLog, readXesLog } from 'sop-ap';
import { parseCsv } from '../../src/compliance/csv.js';
import { fixture, wib } from './helpers.js';

const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');

describe('parseCsv (RFC 4180)', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const recs = parseCsv('a,"b, c",d\r\n1,"say ""hi""","two\nlines"\n');
    expect(recs.map((r) => r.fields)).toEqual([
      ['a', 'b, c', 'd'],
      ['1', 'say "hi"', 'two\nlines'],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2]);
  });

  it('drops a byte-order mark, skips blank lines, keeps empty fields', () => {
    expect(parseCsv('\uFEFFx,,y\n\n\nz\n').map((r) => [r.line, r.fields])).toEqual([
      [1, ['x', '', 'y']],
      [4, ['z']],
    ]);
  });

  it('throws LogError naming the line of a quote never closed', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(LogError);
    try {
      parseCsv('a,b\n1,"open\n2,3');
    } catch (e) {
      expect((e as LogError).line).toBe(2);
      expect((e as LogError).localized('id')).toContain('baris 2');
    }
  });
});

describe('readCsvLog', () => {
  it('resolves any spelling of a role, a quoted one with a comma included', () => {
    const log = readCsvLog(fixture('sk-conformant.csv'));
    expect(log.problems).toEqual([]);
    expect(log.events.map((e) => e.role)).toEqual([
      'kepala-dinas',
      'kepala-bidang',
      'kasubbag-tu',
      'kepala-bidang',
      'kasubbag-tu',
      'kepala-bidang',
      'kasubbag-tu',
      'kepala-bidang',
      'kepala-dinas',
      'kepala-bidang',
      'tim-kerja',
    ]);
    expect(log.events[0]).toMatchObject({ roleText: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah', startedAt: wib('07:30'), completedAt: wib('07:34'), line: 2 });
    expect(log.events[3]!.decision).toBe('tidak-setuju');
    expect(log.events[5]!.decision).toBe('tidak-setuju');
    expect(log.events[7]!.decision).toBe('setuju');
  });

  it('reports each malformed row with its line and reason, and checks the good rows', () => {
    const log = readCsvLog(fixture('sk-malformed.csv'));
    expect(log.problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [3, 'missing-field', 'completed_at'],
      [4, 'bad-timestamp', 'completed_at'],
      [5, 'unknown-role', 'role'],
      [6, 'start-after-completion', 'started_at'],
      [7, 'bad-decision', 'decision'],
      [8, 'missing-field', 'case'],
    ]);
    expect(log.problems[2]!.message).toContain('kepala-bidang');
    expect(log.problems[1]!.pesan).toBe('waktu "kemarin sore" tidak dapat dibaca (tulis ISO 8601, mis. 2026-01-05T07:30:00+07:00)');
    // the naive "2026-01-05 07:38" is read in WIB; the role split over two lines inside quotes resolves
    expect(log.events.find((e) => e.line === 9)?.completedAt).toBe(wib('07:38'));
    expect(log.events.find((e) => e.line === 10)?.role).toBe('kasubbag-tu');
    const report = checkConformance(sk, log, { calendar: calendar24x7 });
    expect(report.problems).toHaveLength(6);
    expect(report.summary.problems).toBe(6);
    expect(report.cases[0]).toMatchObject({ case: 'SK-002', conformant: true, status: 'selesai' });
  });

  it('throws LogError when the header lacks a required column, naming it', () => {
    expect(() => readCsvLog('case,step,started_at,completed_at\nA,1,,2026-01-05T07:30:00+07:00\n')).toThrow(/role/);
    expect(() => readCsvLog('')).toThrow(LogError);
  });

  it('accepts columns in any order and ; as the separator', () => {
    const log = readCsvLog('completed_at;role;step;case\n2026-01-05T07:34:00+07:00;Kadis;1;A\n');
    expect(log.events).toEqual([{ case: 'A', step: '1', role: 'kepala-dinas', roleText: 'Kadis', completedAt: wib('07:34'), line: 2 }]);
  });
});

describe('readJsonLog', () => {
  const log = readJsonLog(fixture('sk-conformant.json'));

  it('reads snake_case and camelCase keys, numbers as steps, empty and null fields as absent', () => {
    expect(log.events).toHaveLength(10);
    expect(log.events[4]).toMatchObject({ case: 'SK-003', step: '3', completedAt: wib('08:30') });
    expect(log.events[6]!.step).toBe('5');
    expect(log.events[1]!.startedAt).toBeUndefined();
  });

  it('reports a bad entry with the line it starts on (entry 11 starts on line 18)', () => {
    expect(log.problems.map((p) => [p.entry, p.line, p.code])).toEqual([[11, 18, 'unknown-role']]);
  });

  it('checks: SK-003 conformant with one rework, SK-004 incomplete', () => {
    const report = checkConformance(sk, log, { calendar: calendar24x7 });
    expect(report.cases.map((c) => [c.case, c.conformant, c.status])).toEqual([
      ['SK-003', true, 'selesai'],
      ['SK-004', false, 'berjalan'],
    ]);
    expect(report.cases[0]!.reworks).toEqual({ 'susun-surat-tugas': 1, 'koreksi-konsep-surat': 1 });
  });

  it('throws LogError for text that is not JSON, or JSON that holds no list', () => {
    expect(() => readJsonLog('[{')).toThrow(LogError);
    expect(() => readJsonLog('{"a":1}')).toThrow(/array of events/);
  });
});

describe('readXesLog', () => {
  const text = fixture('sk-conformant.xes');
  const log = readXesLog(text);

  it('pairs start and complete events, reads org:role or else org:resource as the role, and the decision', () => {
    expect(log.events).toHaveLength(7);
    expect(log.events[0]).toMatchObject({ case: 'SK-005', step: 'perintah-buat-surat-tugas', role: 'kepala-dinas', startedAt: wib('07:30'), completedAt: wib('07:34') });
    expect(log.events[2]).toMatchObject({ role: 'kasubbag-tu', resource: 'Budi "Ubud" S.' });
    expect(log.events[3]!.decision).toBe('setuju');
  });

  it('reports a bad event with the line of its <event> tag', () => {
    const line = text.split('\n').findIndex((l) => l.includes('SK-006')) + 2;
    expect(log.problems.map((p) => [p.line, p.code, p.case])).toEqual([[line, 'bad-timestamp', 'SK-006']]);
  });

  it('checks conformant', () => {
    const report = checkConformance(sk, log, { calendar: calendar24x7 });
    expect(report.cases.map((c) => [c.case, c.conformant])).toEqual([['SK-005', true]]);
  });

  it('throws LogError for text that is not XES', () => {
    expect(() => readXesLog('case,step\n')).toThrow(LogError);
    expect(() => readXesLog('<html><body/></html>')).toThrow(/<log>/);
    expect(() => readXesLog('<log><trace>')).toThrow(/never closed/);
  });
});

describe('readLog / detectLogFormat', () => {
  it('guesses the format from the file name, else from the first character', () => {
    expect(detectLogFormat('', 'x.XES')).toBe('xes');
    expect(detectLogFormat('', 'x.json')).toBe('json');
    expect(detectLogFormat('  <?xml')).toBe('xes');
    expect(detectLogFormat('[]')).toBe('json');
    expect(detectLogFormat('case,step')).toBe('csv');
  });

  it('reads each fixture to the same verdict whatever its format', () => {
    for (const name of ['sk-conformant.csv', 'sk-conformant.json', 'sk-conformant.xes']) {
      const report = checkConformance(sk, readLog(fixture(name), { fileName: name }), { calendar: calendar24x7, allowIncomplete: true });
      expect(report.cases[0]!.conformant, name).toBe(true);
    }
  });
});
