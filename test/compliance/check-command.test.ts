import { describe, expect, it } from 'vitest';
import { sopAp } from '../support/cli.js';

const check = (...args: string[]) => sopAp(['check', ...args]);

const SK = 'pembuatan-sk-tim-kerja-bidang-3';

describe('sop-ap check', () => {
  it('exits 0 when every case conforms (CSV, JSON with --allow-incomplete skipped here, XES)', async () => {
    const csv = await check(SK, 'test/fixtures/logs/sk-conformant.csv', '--calendar', '24x7');
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('Ringkasan: 1 dari 1 kasus sesuai SOP; rata-rata fitness 1,00');
    expect(csv.stdout).toContain('susun-surat-tugas ×2, koreksi-konsep-surat ×2');
  });

  it('exits 1 when a case deviates, with the JSON shape of the issue', async () => {
    const r = await check(SK, 'test/fixtures/logs/sk-deviations.csv', '--calendar', '24x7', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { cases: { case: string; conformant: boolean; fitness: number; deviations: { kind: string; step: string; message: string }[] }[] };
    const over = json.cases.find((c) => c.case === 'OVER')!;
    expect(over).toMatchObject({ conformant: false, fitness: 1 });
    expect(over.deviations).toEqual([
      expect.objectContaining({ kind: 'over-budget', step: 'koreksi-konsep-surat', message: 'Step 4 (Kepala Bidang) exceeded its standard time of 15 Menit by 45 working minutes' }),
    ]);
  });

  it('measures on the Kalimantan Barat calendar by default', async () => {
    const r = await check(SK, 'test/fixtures/logs/sk-deviations.csv', '--json');
    expect((JSON.parse(r.stdout) as { calendar: string }).calendar).toBe('kalbar');
  });

  it('reads XES by its extension and --format overrides', async () => {
    const xes = await check(SK, 'test/fixtures/logs/sk-conformant.xes', '--calendar', '24x7', '--json');
    // the fixture holds one malformed event (SK-006): reported, the good trace still checked, exit 2
    expect(xes.code).toBe(2);
    const json = JSON.parse(xes.stdout) as { cases: { case: string; conformant: boolean }[]; problems: { line: number }[] };
    expect(json.cases).toEqual([expect.objectContaining({ case: 'SK-005', conformant: true })]);
    expect(json.problems).toHaveLength(1);
    const wrong = await check(SK, 'test/fixtures/logs/sk-conformant.xes', '--format', 'csv');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('log csv tidak dapat dibaca (baris 1): kepala tidak memuat kolom case, step, role, completed_at');
  });

  it('exits 2 on a malformed log, listing each bad line, after checking the good rows', async () => {
    const r = await check(SK, 'test/fixtures/logs/sk-malformed.csv', '--calendar', '24x7');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Baris yang tidak dapat dibaca (6, tidak diperiksa):');
    expect(r.stdout).toContain('  baris 4: waktu "kemarin sore" tidak dapat dibaca');
    expect(r.stdout).toContain('Ringkasan: 1 dari 1 kasus sesuai SOP');
  });

  it('exits 2 on an unknown SOP, a missing file, an unknown format or calendar', async () => {
    expect((await check('pembuatan-sk', 'x.csv')).code).toBe(2);
    const missing = await check(SK, 'test/fixtures/logs/tidak-ada.csv');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain("berkas 'test/fixtures/logs/tidak-ada.csv' tidak dapat dibaca: tidak ada (ENOENT)");
    expect((await check(SK, 'test/fixtures/logs/sk-conformant.csv', '--format', 'xlsx')).stderr).toContain("--format 'xlsx' tidak dikenal");
    expect((await check(SK, 'test/fixtures/logs/sk-conformant.csv', '--calendar', 'jawa')).code).toBe(2);
    expect((await check(SK)).code).toBe(2);
  });
});
