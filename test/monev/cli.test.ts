import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sopAp } from '../support/cli.js';

const LOG = 'test/fixtures/monev/sk-2026-s2.csv';
const SK = 'pembuatan-sk-tim-kerja-bidang-3';
const dir = mkdtempSync(join(tmpdir(), 'sop-ap-monev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const monev = (...args: string[]) => sopAp(['monev', ...args]);

describe('sop-ap monev', () => {
  it('prints Tabel 7 in short and writes the page with -o', async () => {
    const out = join(dir, 'monev.html');
    const r = await monev(SK, LOG, '--periode', '2026-S2', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Semester II (Juli–Desember) 2026 (2026-S2)');
    expect(r.stdout).toMatch(/1 +Pembuatan SK Tim Kerja Bidang 3 +7 +6 +4\/6 +Tidak berjalan dengan baik +perlu ditinjau/);
    expect(r.stderr).toContain(out);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Tabel 7. Monitoring Pelaksanaan SOP AP');
    expect(html.match(/data-chart="/g)).toHaveLength(4);
  });

  it('--json gives every figure; the rule follows --batas-mutu and --batas-penyimpangan', async () => {
    const r = await monev(SK, LOG, '--periode', '2026-S2', '--json', '--batas-mutu', '60', '--batas-penyimpangan', '15');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { units: { sops: { leadTime: { medianMinutes: number; p90Minutes: number }; assessment: { suggestion: string } }[] }[]; rule: { minWithinShare: number } };
    const s = json.units[0]!.sops[0]!;
    expect(s.leadTime.medianMinutes).toBeCloseTo(65, 10);
    expect(s.leadTime.p90Minutes).toBeCloseTo(100, 10);
    expect(s.assessment.suggestion).toBe('baik');
    expect(json.rule.minWithinShare).toBe(0.6);
  });

  it('takes the half-year of the last event when --periode is left out', async () => {
    const r = await monev(SK, LOG);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(2026-S2)');
  });

  it('reads a definition from a JSON file, and writes one page per unit', async () => {
    const def = join(dir, 'sop.json');
    writeFileSync(def, JSON.stringify({ id: 'sop-uji', nama: 'SOP Uji', unit: { unitKerja: 'Seksi Uji' }, steps: [{ id: 'satu', label: '1', uraian: 'Satu', pelaksana: ['kepala-dinas'], waktu: '5 Menit' }] }));
    const out = join(dir, 'dua.html');
    const r = await monev(SK, def, LOG, '--periode', '2026-S2', '-o', out);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'dua-bidang-3.html'))).toBe(true);
    expect(existsSync(join(dir, 'dua-seksi-uji.html'))).toBe(true);
  });

  it('exits 2 with one line on bad input, never a stack trace', async () => {
    for (const args of [
      [SK, LOG, '--periode', '2026-S3'],
      ['tidak-ada', LOG],
      [SK, 'tidak-ada.csv'],
      [SK, LOG, '--batas-mutu', '120'],
      [SK],
    ]) {
      const r = await monev(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sop-ap monev: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
