import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CommandIO } from '../../src/cli/command.js';
import { formatInstant } from '../../src/cli/format.js';
import { commands, run } from '../../src/cli/main.js';
import { catalogue, sopIds } from '../../machines/index.js';
import { captureIO, sopAp, sopApProcess, ROOT } from '../support/cli.js';

describe('sop-ap list', () => {
  test('--json: every catalogue SOP with id, nomor, nama, steps', async () => {
    const r = await sopAp(['list', '--json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; nomor: string | null; nama: string; steps: number }[];
    expect(rows.map((x) => x.id)).toEqual(sopIds);
    for (const row of rows) {
      const sop = catalogue[row.id as keyof typeof catalogue];
      expect(row).toMatchObject({ nama: sop.nama, steps: sop.steps.length, nomor: sop.nomor ?? null });
    }
  });

  test('a table with Indonesian headings', async () => {
    const r = await sopAp(['list']);
    expect(r.stdout).toMatch(/Nama SOP/);
    expect(r.stdout).toMatch(/Langkah/);
    expect(r.stdout).toContain(`${sopIds.length} SOP dalam katalog`);
  });
});

describe('sop-ap lead-time', () => {
  test('--json: budget by unit, working minutes, due with an offset', async () => {
    const r = await sopAp(['lead-time', 'peningkatan-pelayanan-plut', '--start', '2026-03-02T07:30:00+07:00', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { id: string; steps: number; budget: { days: number; minutes: number }; workingMinutes: number; due: string; path: { due: string }[] };
    expect(j.id).toBe('peningkatan-pelayanan-plut');
    expect(j.steps).toBe(28);
    // the budget by unit comes from the definition: hari budgets summed, menit/jam in minutes
    const sop = catalogue['peningkatan-pelayanan-plut'];
    const days = sop.steps.filter((s) => s.waktu.unit === 'hari').reduce((a, s) => a + s.waktu.value, 0);
    const mins = sop.steps.filter((s) => s.waktu.unit !== 'hari').reduce((a, s) => a + s.waktu.value * (s.waktu.unit === 'jam' ? 60 : 1), 0);
    expect(j.budget).toEqual({ days, minutes: mins });
    expect(j.workingMinutes).toBe(days * 450 + mins);
    expect(j.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/);
    expect(j.path.at(-1)?.due).toBe(j.due);
  });

  test('a local start is read in the calendar zone; 24x7 counts plain minutes', async () => {
    const r = await sopAp(['lead-time', 'penugasan-kegiatan-bidang-3', '--start', '2026-03-07T10:00', '--calendar', '24x7', '--json']);
    const j = JSON.parse(r.stdout) as { workingMinutes: number; start: string; due: string };
    expect(r.code).toBe(0);
    expect(Date.parse(j.due) - Date.parse(j.start)).toBe(j.workingMinutes * 60_000);
  });

  test('a year without SKB data is provisional, said so, and never an error', async () => {
    const r = await sopAp(['lead-time', 'peningkatan-pelayanan-plut', '--start', '2026-12-01T07:30:00+07:00']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/perkiraan: belum ada SKB tahun 2027/);
    const j = JSON.parse((await sopAp(['lead-time', 'peningkatan-pelayanan-plut', '--start', '2026-12-01T07:30:00+07:00', '--json'])).stdout) as { provisional: number[] };
    expect(j.provisional).toEqual([2027]);
    const inside = JSON.parse((await sopAp(['lead-time', 'pendaftaran-narasumber', '--start', '2026-03-02T07:30:00+07:00', '--json'])).stdout) as { provisional: number[] };
    expect(inside.provisional).toEqual([]);
  });

  test('--holidays adds a year from a JSON file: the provisional flag goes, its days off count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sop-ap-libur-'));
    const file = join(dir, 'libur-2027.json');
    writeFileSync(file, JSON.stringify({ year: 2027, source: 'SKB (contoh)', days: [{ date: '2027-01-04', name: 'Libur contoh', kind: 'libur-nasional' }, { date: '2027-01-05', name: 'Cuti bersama contoh', kind: 'cuti-bersama' }] }));
    const args = ['lead-time', 'peningkatan-pelayanan-plut', '--start', '2026-12-31T15:00:00+07:00', '--json'];
    const without = JSON.parse((await sopAp(args)).stdout) as { provisional: number[]; due: string };
    const withFile = JSON.parse((await sopAp([...args, '--holidays', file])).stdout) as { provisional: number[]; due: string };
    expect(without.provisional).toEqual([2027]);
    expect(withFile.provisional).toEqual([]);
    expect(Date.parse(withFile.due) - Date.parse(without.due)).toBeGreaterThanOrEqual(86_400_000); // by the file 4 and 5 Jan are off and 1 Jan is a working day: one working day later
    rmSync(dir, { recursive: true, force: true });
  });

  test('a date alone means the start of that working day', async () => {
    const j = JSON.parse((await sopAp(['lead-time', 'pendaftaran-narasumber', '--start', '2026-03-02', '--json'])).stdout) as { start: string };
    expect(j.start).toBe('2026-03-02T07:30:00.000+07:00');
    const sat = JSON.parse((await sopAp(['lead-time', 'pendaftaran-narasumber', '--start', '2026-03-07', '--json'])).stdout) as { start: string };
    expect(sat.start).toBe('2026-03-09T07:30:00.000+07:00');
  });

  test('human output in Bahasa Indonesia with human dates in the calendar zone; --json keeps ISO 8601', async () => {
    const r = await sopAp(['lead-time', 'pendaftaran-narasumber', '--start', '2026-03-02T07:30:00+07:00']);
    expect(r.stdout).toMatch(/Anggaran waktu: \d+ hari \+ \d+ menit/);
    expect(r.stdout).toContain('Mulai: Senin, 2 Mar 2026 07.30 WIB');
    const due = (JSON.parse((await sopAp(['lead-time', 'pendaftaran-narasumber', '--start', '2026-03-02T07:30:00+07:00', '--json'])).stdout) as { due: string }).due;
    expect(due).toMatch(/^2026-03-\d\dT\d\d:\d\d:\d\d\.000\+07:00$/);
    expect(r.stdout).toContain(`Selesai paling lambat (jatuh tempo): ${formatInstant(due, 'Asia/Pontianak')}`);
    expect(r.stdout).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  test.each([
    [['lead-time'], /argumen kurang/],
    [['lead-time', 'pendaftaran-narasumber', 'extra'], /argumen tidak dikenal/],
    [['lead-time', 'pendaftaran-narasumbr'], /tidak ada dalam katalog; mungkin maksudnya: pendaftaran-narasumber/],
    [['lead-time', 'pendaftaran-narasumber', '--calendar', 'mars'], /--calendar 'mars' tidak dikenal \(pilihan: kalbar, 24x7\)/],
    [['lead-time', 'pendaftaran-narasumber', '--start', 'besok'], /--start.*"besok" tidak sah/],
    [['lead-time', 'pendaftaran-narasumber', '--start', '2201-01-02T08:00:00+07:00'], /tahun 2201/],
    [['lead-time', 'pendaftaran-narasumber', '--start', '2026-02-30T07:40:00+07:00'], /tidak memiliki tanggal 30/],
    [['lead-time', 'pendaftaran-narasumber', '--holidays', 'tidak-ada.json'], /berkas 'tidak-ada\.json' tidak dapat dibaca: tidak ada \(ENOENT\)/],
    [['lead-time', 'pendaftaran-narasumber', '--bogus'], /bogus/],
    [['simulate', 'pendaftaran-narasumber', '--runs', 'banyak'], /--runs 'banyak'/],
    [['simulate', 'pendaftaran-narasumber', '--rework', '1.5'], /--rework/],
    [['simulate', 'pendaftaran-narasumber', '--durations', 'gamma'], /--durations 'gamma'/],
    [['simulate', 'peningkatan-pelayanan-plut', '--rework', '1'], /tidak pernah berakhir|never ends/],
    [['report', '--rework', '-1'], /--rework/],
    [['terbang'], /perintah 'terbang' tidak dikenal/],
  ])('exit 2 with a clear message: %j', async (argv, message) => {
    const r = await sopAp(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('sop-ap simulate', () => {
  test('--json: runs, mean, percentiles, max and the exact mean; reproducible by seed', async () => {
    const argv = ['simulate', 'peningkatan-pelayanan-plut', '--runs', '20000', '--seed', '7', '--rework', '0.2', '--json'];
    const a = await sopAp(argv);
    const b = await sopAp(argv);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout) as Record<string, number>;
    expect(j.runs).toBe(20000);
    for (const k of ['mean', 'p50', 'p90', 'p95', 'max', 'expectedMean']) expect(typeof j[k]).toBe('number');
    expect(j.p50! <= j.p90! && j.p90! <= j.p95! && j.p95! <= j.max!).toBe(true);
    // fixed durations: the mean converges to the exact mean
    expect(Math.abs(j.mean! - j.expectedMean!) / j.expectedMean!).toBeLessThan(0.02);
  });

  test('progress on stderr only when stderr is a terminal and the run is long', async () => {
    const quiet = captureIO();
    expect(await run(['simulate', 'pendaftaran-narasumber', '--runs', '200000', '--json'], quiet.io)).toBe(0);
    expect(quiet.stderr()).toBe('');
    const tty = captureIO({ tty: true });
    expect(await run(['simulate', 'pendaftaran-narasumber', '--runs', '200000', '--json'], tty.io)).toBe(0);
    expect(tty.stderr()).toMatch(/Simulasi: 100%/);
    const short = captureIO({ tty: true });
    await run(['simulate', 'pendaftaran-narasumber', '--runs', '1000'], short.io);
    expect(short.stderr()).toBe('');
    expect(short.stdout()).toMatch(/Rata-rata eksak/);
  });
});

describe('sop-ap report', () => {
  test('a row for every catalogue SOP, nominal and expected', async () => {
    const r = await sopAp(['report']);
    expect(r.code).toBe(0);
    for (const id of sopIds) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/Harapan \(10%\)/);
    const j = JSON.parse((await sopAp(['report', '--json', '--rework', '0'])).stdout) as { id: string; workingMinutes: number; expectedMean: number }[];
    expect(j).toHaveLength(sopIds.length);
    // with no refusals the expected lead time is the nominal one
    for (const row of j) expect(row.expectedMean).toBeCloseTo(row.workingMinutes, 6);
  });
});

describe('help', () => {
  test('--help everywhere, exit 0', async () => {
    const top = await sopAp(['--help']);
    expect(top.code).toBe(0);
    for (const name of Object.keys(commands)) {
      expect(top.stdout).toContain(name);
      const r = await sopAp([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Penggunaan: sop-ap /);
    }
  });

  test('no command: the help on stderr and exit 2', async () => {
    const r = await sopAp([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Perintah:/);
  });
});

test('spawned: tsx src/cli/main.ts list --json as a process', async () => {
  const r = await sopApProcess(['list', '--json'], { cwd: ROOT });
  expect([r.code, r.stderr]).toEqual([0, '']);
  const rows = JSON.parse(r.stdout) as { id: string; steps: number }[];
  expect(rows.map((r) => r.id)).toEqual(sopIds);
});

describe('argument problems: one coded line, in Bahasa Indonesia or English (finding 9)', () => {
  test.each([
    [['lead-time', 'pendaftaran-narasumber', '--jsno'], "sop-ap lead-time: opsi '--jsno' tidak dikenal; mungkin maksudnya: --json (lihat: sop-ap lead-time --help) [CLI_UNKNOWN_OPTION]"],
    [['simulate', 'pendaftaran-narasumber', '--rwork', '0.2'], "sop-ap simulate: opsi '--rwork' tidak dikenal; mungkin maksudnya: --rework (lihat: sop-ap simulate --help) [CLI_UNKNOWN_OPTION]"],
    [['lead-time', 'pendaftaran-narasumber', '--start'], "sop-ap lead-time: opsi '--start' perlu nilai (lihat: sop-ap lead-time --help) [CLI_MISSING_VALUE]"],
    [['simulate', 'pendaftaran-narasumber', '--seed', '-5'], "sop-ap simulate: opsi '--seed' perlu nilai (nilai yang diawali tanda minus ditulis --seed=-…) (lihat: sop-ap simulate --help) [CLI_MISSING_VALUE]"],
    [['render', 'pendaftaran-narasumber', '-o'], "sop-ap render: opsi '--output' perlu nilai (lihat: sop-ap render --help) [CLI_MISSING_VALUE]"],
    [['list', '--json=ya'], "sop-ap list: opsi '--json' tidak menerima nilai (lihat: sop-ap list --help) [CLI_NO_VALUE_TAKEN]"],
    [['list', 'semua'], 'sop-ap list: argumen tidak dikenal: semua (lihat: sop-ap list --help) [CLI_UNEXPECTED_ARGUMENT]'],
    [['lsit'], "sop-ap: perintah 'lsit' tidak dikenal; mungkin maksudnya: list"],
    [['--lang', 'fr', 'list'], "sop-ap: --lang 'fr' tidak dikenal (pilihan: id, en) (lihat: sop-ap --help) [CLI_INVALID_VALUE]"],
  ])('%j', async (argv, line) => {
    const r = await sopAp(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });

  test('--lang en, anywhere on the line', async () => {
    const a = await sopAp(['--lang', 'en', 'lead-time', 'pendaftaran-narasumber', '--jsno']);
    expect(a.stderr).toBe("sop-ap lead-time: unknown option '--jsno'; did you mean: --json (see: sop-ap lead-time --help) [CLI_UNKNOWN_OPTION]\n");
    const b = await sopAp(['lead-time', 'pendaftaran-narasumber', '--calendar', 'mars', '--lang=en']);
    expect(b.stderr).toBe("sop-ap lead-time: --calendar 'mars' is not known (choices: kalbar, 24x7) (see: sop-ap lead-time --help) [CLI_INVALID_VALUE]\n");
    const c = await sopAp(['lead-time', 'pendaftaran-narasumbr', '--lang', 'en']);
    expect(c.stderr).toMatch(/^sop-ap lead-time: no SOP 'pendaftaran-narasumbr' in the catalogue; did you mean: pendaftaran-narasumber, .* \[UNKNOWN_SOP\]\n$/);
    expect(c.code).toBe(2);
  });

  test('an unexpected error inside a command is one line and exit 2, not a rejection', async () => {
    const t = captureIO();
    const broken: CommandIO = {
      ...t.io,
      stdout: {
        write: () => {
          throw new TypeError('stdout rusak');
        },
        isTTY: false,
      },
    };
    const code = await run(['list'], broken);
    expect(code).toBe(2);
    expect(t.stderr()).toMatch(/^sop-ap list: galat tak terduga \(TypeError\): stdout rusak\. .*\[CLI_UNEXPECTED\]\n$/);
  });
});

test('check names deviation kinds in Bahasa Indonesia; --json keeps the kind', async () => {
  const args = ['check', 'pembuatan-sk-tim-kerja-bidang-3', 'test/fixtures/logs/sk-deviations.csv', '--calendar', '24x7'];
  const human = await sopAp(args);
  expect(human.code).toBe(1);
  expect(human.stdout).toContain('[melebihi mutu baku]  Langkah 4 (Kepala Bidang) melebihi mutu baku 15 Menit');
  expect(human.stdout).toMatch(/Penyimpangan per jenis: .*langkah dilewati 2.*melebihi mutu baku 1.*keputusan tidak tercatat 1/); // alignment: NOREFUSAL is a skipped step 4 (issue 15)
  expect(human.stdout).not.toMatch(/over-budget|skipped-step|missing-decision/);
  const json = JSON.parse((await sopAp([...args, '--json'])).stdout) as { summary: { deviationsByKind: Record<string, number> } };
  expect(json.summary.deviationsByKind['over-budget']).toBe(1);
});

describe('formatInstant', () => {
  test('a day name, the date, 24-hour time with a dot and the zone short name', () => {
    expect(formatInstant('2026-12-23T01:00:00Z', 'Asia/Pontianak')).toBe('Rabu, 23 Des 2026 08.00 WIB');
    expect(formatInstant(Date.parse('2026-12-23T08:00:00+07:00'), 'Asia/Makassar')).toBe('Rabu, 23 Des 2026 09.00 WITA');
    expect(formatInstant('2026-12-23T08:00:00+07:00', 'Asia/Jayapura')).toBe('Rabu, 23 Des 2026 10.00 WIT');
    expect(formatInstant('2026-12-23T08:00:00+07:00', 'UTC')).toBe('Rabu, 23 Des 2026 01.00 UTC');
    expect(formatInstant('2026-12-23T08:00:00+07:00', 'Asia/Pontianak', 'en')).toBe('Wednesday, 23 Dec 2026 08:00 WIB');
  });
});
