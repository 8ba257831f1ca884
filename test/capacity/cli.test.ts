import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { run } from '../../src/cli/main.js';

async function sopAp(argv: string[], opts: { tty?: boolean; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: { write: (s) => void out.push(s), isTTY: false },
    stderr: { write: (s) => void err.push(s), isTTY: opts.tty === true },
    isTTY: false,
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

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
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, ['--tsconfig', 'tsconfig.json', 'src/cli/main.ts', ...args], { cwd: process.cwd(), timeout: 120_000 });
    expect(stdout).toBe(here.stdout);
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
  ])('%j: exit 2 with one line', async (argv, message) => {
    const r = await sopAp(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
