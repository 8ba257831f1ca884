import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { calendar24x7, formatWorkingTime, kalbarCalendar } from 'sop-ap';
import { compareCapacity, type CapacityResult, type CapacityScenarioInput } from 'sop-ap/capacity';
import { getSop } from 'sop-ap/machines';
import { ROOT, sopAp, sopApProcess } from '../support/cli.js';

const two = ['pembuatan-sk-tim-kerja-bidang-3', 'penugasan-kegiatan-bidang-3'];

describe('sop-ap capacity', () => {
  test('--json carries cycleTime, waiting, processing, utilisation and withinMutuBaku', async () => {
    const r = await sopAp(['capacity', ...two, '--arrivals-per-month', '40', '--staff', 'kepala-dinas=1,kepala-bidang=2', '--durations', 'lognormal', '--rework', '0.1', '--horizon', '200', '--seed', '7', '--start', '2025-01-01', '--json']);
    expect(r.stderr).toMatch(/Simulasi kapasitas selesai: [\d.]+ kasus/);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown> & { cycleTime: Record<string, number>; waiting: { mean: number }; processing: { mean: number }; utilisation: Record<string, number | null>; withinMutuBaku: number; roles: { role: string; officials: number }[] };
    expect(Object.keys(j.cycleTime)).toEqual(['mean', 'p50', 'p90', 'p95']);
    expect(j.waiting.mean + j.processing.mean).toBeCloseTo(j.cycleTime.mean!, 6);
    expect(j.utilisation['kepala-dinas']).toBeGreaterThan(0);
    expect(j.roles.find((x) => x.role === 'kepala-bidang')!.officials).toBe(2);
    expect(j.withinMutuBaku).toBeGreaterThanOrEqual(0);
    // the same arguments give the same JSON
    const again = await sopAp(['capacity', ...two, '--arrivals-per-month', '40', '--staff', 'kepala-dinas=1,kepala-bidang=2', '--durations', 'lognormal', '--rework', '0.1', '--horizon', '200', '--seed', '7', '--start', '2025-01-01', '--json']);
    expect(again.stdout).toBe(r.stdout);
  });

  test('the same seed gives the same JSON in another process (spawned with tsx) as in this one', async () => {
    const args = ['capacity', ...two, 'pendaftaran-narasumber', '--arrivals-per-month', '30', '--durations', 'triangular', '--rework', '0.2', '--horizon', '120', '--seed', '11', '--start', '2026-01-01', '--json'];
    const here = await sopAp(args);
    expect(here.code).toBe(0);
    const there = await sopApProcess(args, { cwd: ROOT });
    expect(there.code).toBe(0);
    expect(there.stdout).toBe(here.stdout);
  }, 130_000);

  test('a table per SOP and per role, the bottleneck, and a progress line on a terminal', async () => {
    const r = await sopAp(['capacity', ...two, '--arrivals', 'poisson:240', '--cases', '6000', '--calendar', '24x7', '--seed', '3'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Waktu siklus per SOP/);
    expect(r.stdout).toMatch(/Dalam mutu baku/);
    expect(r.stdout).toMatch(/Utilisasi/);
    expect(r.stdout).toMatch(/Hambatan utama: /);
    expect(r.stderr).toMatch(/\rSimulasi kapasitas: 5\.000 \/ 6\.000 kasus selesai/);
  });

  test('a forward refusal (Pendaftaran Narasumber): --json counts the cases ending ditolak; the table has a Ditolak column', async () => {
    const args = ['capacity', 'pendaftaran-narasumber', '--arrivals', 'poisson:60', '--rework', '0.3', '--cases', '2000', '--seed', '4'];
    const r = await sopAp([...args, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { cases: number; outcomes: Record<'selesai' | 'ditolak', { cases: number; cycleTime: { mean: number } }> };
    expect(j.outcomes.selesai.cases + j.outcomes.ditolak.cases).toBe(j.cases);
    expect(j.outcomes.ditolak.cases / j.cases).toBeGreaterThan(0.25);
    expect(j.outcomes.ditolak.cases / j.cases).toBeLessThan(0.35);
    expect(j.outcomes.ditolak.cycleTime.mean).toBeGreaterThanOrEqual(25); // the letter of row 5 is sent either way
    const table = await sopAp(args);
    expect(table.stdout).toMatch(/Ditolak/);
    expect(table.stdout).toContain(j.outcomes.ditolak.cases.toLocaleString('id-ID'));
  });

  test('a definition file', async () => {
    const dir = mkdtempSync(join(process.cwd(), 'test-results-capacity-'));
    try {
      writeFileSync(
        join(dir, 'sop.json'),
        JSON.stringify({ id: 'uji-berkas', nama: 'Uji berkas', steps: [{ id: 'a', label: '1', uraian: 'Layani', pelaksana: ['kepala-dinas'], waktu: '8 Menit' }] }),
      );
      const r = await sopAp(['capacity', 'sop.json', '--arrivals', 'poisson:10', '--durations', 'exponential', '--calendar', '24x7', '--cases', '2000', '--json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { sops: { id: string }[] }).sops[0]!.id).toBe('uji-berkas');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3'], /tepat satu dari --arrivals/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'uniform:3'], /poisson:M/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--staff', 'kepala-dinas'], /peran=jumlah/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--staff', 'bupati=2'], /isian 'staff.bupati'/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--durations', 'gamma'], /--durations 'gamma' tidak dikenal/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--cases', '5', '--horizon', '3'], /bukan keduanya/],
    [['capacity', 'pembuat-sk', '--arrivals', 'poisson:10'], /tidak ada dalam katalog/],
    [['capacity', 'tidak-ada.json', '--arrivals', 'poisson:10'], /tidak dapat dibaca/],
    // --vs-staff: --staff's parser and --staff's errors
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--vs-staff', 'kepala-dinas'], /--vs-staff 'kepala-dinas' harus berbentuk peran=jumlah.*\[CLI_USAGE\]/],
    // a role only --vs-staff names is reported as the option's, not as the scenario's staff field
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--cases', '200', '--vs-staff', 'bupati=2'], /isian 'vs-staff.bupati'.*tidak ada langkah SOP.*'bupati'.*\[INVALID_SIMULATION\]/],
    // the same role in --staff too: --staff's error (the base scenario fails first)
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--cases', '200', '--staff', 'bupati=1', '--vs-staff', 'bupati=2'], /isian 'staff.bupati'.*\[INVALID_SIMULATION\]/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--staff', 'kepala-dinas=2', '--vs-staff', 'kepala-dinas=2,kepala-bidang=1'], /tidak mengubah jumlah pejabat.*\[CLI_VARIANT_UNCHANGED\]/],
    [['capacity', 'pembuatan-sk-tim-kerja-bidang-3', '--arrivals', 'poisson:10', '--vs-staff', ','], /\[CLI_VARIANT_UNCHANGED\]/],
  ])('%j: exit 2 with one line', async (argv, message) => {
    const r = await sopAp(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('sop-ap capacity --vs-staff (the what-if)', () => {
  const sopsOf = (ids: readonly string[], arrivals: { poisson: number } | { perMonth: number }) => ids.map((id) => ({ sop: getSop(id), arrivals }));
  /** The single run's key names on each side; compareCapacity's figures as it gives them. */
  const expectedJson = (base: CapacityScenarioInput, variant: CapacityScenarioInput) => {
    const c = compareCapacity(base, variant);
    const side = (r: CapacityResult) => ({ cases: r.cases, cycleTime: r.cycleTime, waiting: r.waiting, processing: r.processing, utilisation: r.utilisation, withinMutuBaku: r.withinMutuBaku, overloaded: r.overloaded });
    return JSON.parse(JSON.stringify({ base: side(c.base), variant: side(c.variant), total: c.total, sops: c.sops, roles: c.roles, bottleneck: { base: c.bottleneck.base ?? null, variant: c.bottleneck.variant ?? null } })) as unknown;
  };

  test('--json is compareCapacity called in this process on the same scenarios, in a stable shape', async () => {
    const r = await sopAp(['capacity', ...two, '--arrivals-per-month', '40', '--staff', 'kepala-dinas=1', '--durations', 'lognormal', '--rework', '0.1', '--horizon', '200', '--seed', '7', '--start', '2025-01-06T07:30:00+07:00', '--vs-staff', 'kepala-bidang=2,ketua-tim-kerja=unlimited', '--json']);
    expect(r.stderr).toMatch(/Simulasi kapasitas selesai: dasar [\d.]+ kasus, [\d.]+ langkah; varian [\d.]+ kasus/);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(j)).toEqual(['base', 'variant', 'total', 'sops', 'roles', 'bottleneck']);
    for (const k of ['base', 'variant']) expect(Object.keys(j[k]!)).toEqual(['cases', 'cycleTime', 'waiting', 'processing', 'utilisation', 'withinMutuBaku', 'overloaded']);
    expect(Object.keys(j.base!.cycleTime as object)).toEqual(['mean', 'p50', 'p90', 'p95']);
    const base: CapacityScenarioInput = {
      sops: sopsOf(two, { perMonth: 40 }),
      staff: { 'kepala-dinas': 1 },
      durations: { kind: 'lognormal' },
      refusal: 0.1,
      horizon: { days: 200 },
      start: '2025-01-06T07:30:00+07:00',
      seed: 7,
      calendar: kalbarCalendar,
    };
    const want = expectedJson(base, { ...base, staff: { 'kepala-dinas': 1, 'kepala-bidang': 2, 'ketua-tim-kerja': 'unlimited' } });
    expect(j).toEqual(want);
    // the variant is a different scenario: the comparison is not of a run with itself
    expect(j.variant!.utilisation).toMatchObject({ 'ketua-tim-kerja': null });
    expect((j.base!.utilisation as Record<string, number>)['ketua-tim-kerja']).toBeGreaterThan(0);
  });

  test('one more official of the only role lowers the mean waiting (one-step SOP, FIFO, same arrivals and work)', async () => {
    // FIFO with each case bringing the same work to both: a second server never makes a case wait longer
    // (the workload vector only shrinks), and at 80 % load on one official many cases wait.
    const dir = mkdtempSync(join(process.cwd(), 'test-results-capacity-'));
    try {
      writeFileSync(join(dir, 'sop.json'), JSON.stringify({ id: 'uji-meja', nama: 'Uji meja', steps: [{ id: 'a', label: '1', uraian: 'Layani', pelaksana: ['kepala-dinas'], waktu: '8 Menit' }] }));
      const r = await sopAp(['capacity', 'sop.json', '--arrivals', 'poisson:10', '--durations', 'exponential', '--calendar', '24x7', '--cases', '5000', '--seed', '2', '--vs-staff', 'kepala-dinas=2', '--json'], { cwd: dir });
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout) as { base: { waiting: { mean: number }; processing: { mean: number } }; variant: { waiting: { mean: number }; processing: { mean: number } }; roles: { role: string; base: { officials: number; meanWait: number }; variant: { officials: number; meanWait: number } }[]; bottleneck: { base: string | null } };
      expect(j.base.waiting.mean).toBeGreaterThan(5);
      expect(j.variant.waiting.mean).toBeLessThan(j.base.waiting.mean);
      expect(j.variant.processing.mean).toBe(j.base.processing.mean); // the same work on both sides
      const desk = j.roles.find((x) => x.role === 'kepala-dinas')!;
      expect([desk.base.officials, desk.variant.officials]).toEqual([1, 2]);
      expect(desk.variant.meanWait).toBeLessThan(desk.base.meanWait);
      expect(j.bottleneck.base).toBe('kepala-dinas');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the table puts both sides and the change side by side, per SOP and per role, with the bottleneck of each', async () => {
    const args = ['capacity', ...two, '--arrivals', 'poisson:240', '--cases', '6000', '--calendar', '24x7', '--seed', '3', '--vs-staff', 'kepala-bidang=2'];
    const r = await sopAp(args, { tty: true });
    expect(r.code).toBe(0);
    const j = JSON.parse((await sopAp([...args, '--json'])).stdout) as { total: Record<'base' | 'variant', { meanCycle: number; meanWaiting: number }>; roles: { role: string; base: { utilisation: number } ; variant: { utilisation: number } }[]; bottleneck: Record<'base' | 'variant', string> };
    expect(r.stdout).toMatch(/^Perbandingan kapasitas: dasar \(--staff\) dan varian \(--vs-staff kepala-bidang=2\), benih 3/);
    expect(r.stdout).toMatch(/SOP +Ukuran +Dasar +Varian +Perubahan/);
    const t = (m: number) => formatWorkingTime(m, calendar24x7.minutesPerDay);
    expect(r.stdout).toMatch(new RegExp(`Semua SOP +Siklus rata-rata +${t(j.total.base.meanCycle)} +${t(j.total.variant.meanCycle)} +[-+]`));
    expect(r.stdout).toMatch(new RegExp(`Tunggu rata-rata +${t(j.total.base.meanWaiting)} +${t(j.total.variant.meanWaiting)} +-`));
    for (const id of two) expect(r.stdout).toContain(id);
    const desk = j.roles.find((x) => x.role === 'kepala-bidang')!;
    const pct = (x: number) => `${(x * 100).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    expect(r.stdout).toMatch(new RegExp(`kepala-bidang +1 → 2 +${pct(desk.base.utilisation)} → ${pct(desk.variant.utilisation)}`));
    expect(r.stdout).toContain(`Hambatan utama: dasar ${j.bottleneck.base} (`);
    expect(r.stdout).toContain(`; varian ${j.bottleneck.variant} (`);
    expect(r.stderr).toMatch(/\rSimulasi kapasitas \(dasar\): /);
    expect(r.stderr).toMatch(/\rSimulasi kapasitas \(varian\): /);
  });

  test("docs/capacity.md's command-line what-if is what the command prints", async () => {
    const guide = readFileSync(new URL('../../docs/capacity.md', import.meta.url), 'utf8');
    const block = /### Dari baris perintah[\s\S]*?```console\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(block).toBeDefined();
    const lines = block!.split('\n');
    let n = 0;
    while (lines[n]!.endsWith('\\')) n++;
    const argv = lines.slice(0, n + 1).map((l) => l.replace(/^\$ /, '').replace(/\\$/, '')).join(' ').trim().split(/\s+/);
    expect(argv.slice(0, 2)).toEqual(['sop-ap', 'capacity']);
    const r = await sopAp(argv.slice(1));
    expect(r.code).toBe(0);
    expect(`${lines[n + 1]}\n`).toBe(r.stderr);
    expect(lines.slice(n + 2).join('\n')).toBe(r.stdout);
  });
});
