/**
 * `sop-ap simulate <id> --runs N --seed S --rework P [--durations fixed|triangular|lognormal] [--json]`.
 */
import { simulate, type DurationModelInput, type SimulationResult } from 'sop-ap';
import { cliError, defineCommand } from '../args.js';
import { EXIT, type CommandIO } from '../command.js';
import { formatWorkingTime, num, table } from '../format.js';
import { findCalendar, findSop, guard, parseNumber } from '../shared.js';

const MODELS: Readonly<Record<string, DurationModelInput>> = {
  fixed: 'fixed',
  triangular: { kind: 'triangular' },
  lognormal: { kind: 'lognormal' },
};

/** Runs at or above this show a progress indicator (on a terminal). */
export const PROGRESS_THRESHOLD = 100_000;

function progress(io: CommandIO, runs: number): ((done: number, total: number) => void) | undefined {
  if (!io.stderr.isTTY || runs < PROGRESS_THRESHOLD) return undefined;
  return (done, total) => io.stderr.write(`\rSimulasi: ${Math.round((done / total) * 100)}% (${done.toLocaleString('id-ID')} / ${total.toLocaleString('id-ID')})`);
}

function human(r: SimulationResult, nama: string, rework: number, model: string, perDay: number): string {
  const row = (label: string, m: number) => [label, num(m), formatWorkingTime(m, perDay)];
  const out = [
    `Simulasi Monte Carlo: SOP ${nama}`,
    `${r.runs.toLocaleString('id-ID')} kasus, benih (seed) ${r.seed}, peluang TIDAK SETUJU ${rework} per keputusan, durasi langkah: ${model}`,
    '',
    table(
      ['Ukuran', 'Menit kerja', 'Setara'],
      [
        row('Rata-rata', r.mean),
        row('Rata-rata eksak (rantai Markov)', r.expectedMean),
        row('Median (p50)', r.p50),
        row('Persentil 90 (p90)', r.p90),
        row('Persentil 95 (p95)', r.p95),
        row('Maksimum', r.max),
      ],
      ['left', 'right', 'left'],
    ).trimEnd(),
    '',
    `Kasus ditolak: ${r.ditolak.toLocaleString('id-ID')}`,
  ];
  const reworks = Object.entries(r.reworks);
  if (reworks.length > 0) {
    out.push('', 'Pengembalian (TIDAK SETUJU, kembali diperbaiki) per langkah keputusan:');
    out.push(table(['Langkah', 'Jumlah', 'Per kasus'], reworks.map(([id, c]) => [id, c.toLocaleString('id-ID'), num(c / r.runs, 3)]), ['left', 'right', 'right']).trimEnd());
  }
  out.push('', 'Beban kerja per peran (menit kerja per kasus):');
  out.push(table(['Peran', 'Menit'], Object.entries(r.workload).sort((a, b) => b[1] - a[1]).map(([role, m]) => [role, num(m)]), ['left', 'right']).trimEnd());
  const peak = Math.max(...r.histogram.map((b) => b.count), 1);
  out.push('', 'Histogram (menit kerja):');
  for (const b of r.histogram) {
    out.push(`${num(b.from, 0).padStart(9)} – ${num(b.to, 0).padEnd(9)} ${'#'.repeat(Math.round((b.count / peak) * 40)).padEnd(40)} ${b.count}`);
  }
  return `${out.join('\n')}\n`;
}

/** `sop-ap simulate`. */
export const command = defineCommand({
  name: 'simulate',
  summary: 'simulasi Monte Carlo waktu penyelesaian dengan peluang TIDAK SETUJU',
  usage: '<id> --runs N --seed S --rework P [opsi]',
  description: [
    'Mensimulasikan banyak kasus: setiap keputusan TIDAK SETUJU dengan peluang P (kembali ke langkah',
    'perbaikan atau kasus ditolak, sesuai SOP). Hasil dalam menit kerja: rata-rata, p50, p90, p95,',
    'maksimum, histogram, pengembalian per langkah, beban kerja per peran, dan rata-rata eksak.',
  ],
  options: {
    runs: { type: 'string', value: 'N', help: 'jumlah kasus (bawaan 10000, maks. 10000000)' },
    seed: { type: 'string', value: 'S', help: 'benih pembangkit acak (bawaan 1); benih sama = hasil sama' },
    rework: { type: 'string', value: 'P', help: 'peluang TIDAK SETUJU per keputusan, 0 <= P < 1 (bawaan 0)' },
    durations: { type: 'string', value: 'M', help: 'fixed (bawaan: tepat anggaran), triangular (0,5x–2x, modus 1x) atau lognormal (cv 0,5)' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan) atau 24x7' },
    bins: { type: 'string', value: 'N', help: 'jumlah batang histogram (bawaan 20)' },
    json: { type: 'boolean', help: 'keluaran JSON { runs, mean, p50, p90, p95, max, expectedMean, ... }' },
  },
  positionals: [1, 1],
  examples: ['sop-ap simulate peningkatan-pelayanan-plut --runs 100000 --seed 7 --rework 0.2'],
  async run(parsed, io) {
    const v = parsed.values;
    const runs = parseNumber(this, 'runs', v.runs, 10_000, io, { min: 1, max: 10_000_000, integer: true });
    if (!runs.ok) return runs.exit;
    const seed = parseNumber(this, 'seed', v.seed, 1, io, { min: -(2 ** 31), max: 2 ** 32, integer: true });
    if (!seed.ok) return seed.exit;
    const rework = parseNumber(this, 'rework', v.rework, 0, io, { min: 0, max: 1 });
    if (!rework.ok) return rework.exit;
    const bins = parseNumber(this, 'bins', v.bins, 20, io, { min: 1, max: 200, integer: true });
    if (!bins.ok) return bins.exit;
    const modelName = v.durations ?? 'fixed';
    const model = Object.prototype.hasOwnProperty.call(MODELS, modelName) ? MODELS[modelName] : undefined;
    if (model === undefined) return cliError(this, io, 'CLI_INVALID_VALUE', { option: '--durations', input: modelName, choices: Object.keys(MODELS).join(', ') }, true);
    const sop = findSop(this, parsed.positionals[0]!, io);
    if (!sop.ok) return sop.exit;
    const cal = findCalendar(this, v.calendar, io);
    if (!cal.ok) return cal.exit;
    const onProgress = progress(io, runs.value);
    const result = guard(this, io, () =>
      simulate(sop.value, {
        runs: runs.value,
        seed: seed.value,
        refusal: rework.value,
        durations: model,
        calendar: cal.value,
        bins: bins.value,
        ...(onProgress === undefined ? {} : { onProgress, progressEvery: Math.max(1, Math.floor(runs.value / 50)) }),
      }),
    );
    if (onProgress !== undefined) io.stderr.write('\r\x1b[K');
    if (!result.ok) return result.exit;
    if (v.json === true) {
      io.stdout.write(`${JSON.stringify({ ...result.value, rework: rework.value, durations: modelName, calendar: cal.value.id }, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(human(result.value, sop.value.nama, rework.value, modelName, cal.value.minutesPerDay));
    return EXIT.ok;
  },
});
