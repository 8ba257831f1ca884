/**
 * `sop-ap capacity <id|file…> --arrivals poisson:M | --arrivals-per-month N --staff role=n,… …`:
 * cases of one or several SOPs competing for the same officials.
 */
import { resolve } from 'node:path';
import { SopError, type AnySopDefinition } from 'sop-ap';
import { compareCapacity, simulateCapacity, type CapacityResult, type CapacityScenarioInput } from 'sop-ap/capacity';
import { cliError, defineCommand, usageError } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';
import { formatWorkingTime, num, table } from '../format.js';
import { comparisonJson, comparisonText, overloadLine } from './capacity-compare.js';
import { findCalendar, findSop, guard, parseNumber, parseStart, provisionalLine, type Lookup } from '../shared.js';

const MODELS = ['fixed', 'exponential', 'triangular', 'lognormal'] as const;

/** `role=n,role=unlimited` (the value of `--staff` or `--vs-staff`) into a staff table. */
function parseStaff(command: Command, option: 'staff' | 'vs-staff', text: string | undefined, io: CommandIO): Lookup<Record<string, number | 'unlimited'>> {
  const out: Record<string, number | 'unlimited'> = {};
  if (text === undefined) return { ok: true, value: out };
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z0-9-]+)=(\d+|unlimited|tak-terbatas)$/.exec(part);
    if (!m) return { ok: false, exit: usageError(command, io, `--${option} '${part}' harus berbentuk peran=jumlah (mis. kepala-dinas=1,ketua-tim-kerja=2) atau peran=unlimited`) };
    out[m[1]!] = m[2] === 'unlimited' || m[2] === 'tak-terbatas' ? 'unlimited' : Number(m[2]);
  }
  return { ok: true, value: out };
}

/** The progress line on a terminal; `which` names the scenario of a comparison (dasar, varian). */
function progress(io: CommandIO, which: (done: number) => string = () => ''): (done: number, total: number) => void {
  return (done, total) => {
    if (io.stderr.isTTY) io.stderr.write(`\rSimulasi kapasitas${which(done)}: ${done.toLocaleString('id-ID')}${Number.isFinite(total) ? ` / ${total.toLocaleString('id-ID')}` : ''} kasus selesai`);
  };
}

/**
 * A what-if of the command: the scenario as given (base) against the same scenario with the
 * `--vs-staff` roles overridden (variant), through `compareCapacity` with the same seed.
 */
function runComparison(command: Command, base: Scenario, vsStaff: string, json: boolean, io: CommandIO): number {
  const vs = parseStaff(command, 'vs-staff', vsStaff, io);
  if (!vs.ok) return vs.exit;
  const was = (role: string) => base.staff?.[role] ?? base.defaultStaff ?? 1;
  if (Object.entries(vs.value).every(([role, n]) => was(role) === n)) {
    return cliError(command, io, 'CLI_VARIANT_UNCHANGED', { option: '--vs-staff', input: vsStaff, example: 'kepala-bidang=2' }, true);
  }
  const variant: Scenario = { ...base, staff: { ...base.staff, ...vs.value } };
  // compareCapacity runs the base, then the variant: `done` starting again marks the variant
  let last = 0;
  let name = ' (dasar)';
  const onProgress = progress(io, (done) => {
    if (done <= last) name = ' (varian)';
    last = done;
    return name;
  });
  const result = guard(command, io, () => {
    try {
      return compareCapacity(base, variant, { onProgress, progressEvery: 5_000 });
    } catch (e) {
      // the library names the scenario's field (staff.<role>); a role only --vs-staff gave is the
      // option's (the base, checked first, cannot fail on a role its own staff does not name)
      if (e instanceof SopError && e.field?.startsWith('staff.')) {
        const role = e.field.slice('staff.'.length);
        if (Object.hasOwn(vs.value, role) && !Object.hasOwn(base.staff ?? {}, role)) throw new SopError(e.code, { ...e.params, field: `vs-staff.${role}` }, { cause: e });
      }
      throw e;
    }
  });
  if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');
  if (!result.ok) return result.exit;
  const c = result.value;
  const line = (r: CapacityResult) => `${r.cases.toLocaleString('id-ID')} kasus, ${r.stepEvents.toLocaleString('id-ID')} langkah`;
  io.stderr.write(`Simulasi kapasitas selesai: dasar ${line(c.base)}; varian ${line(c.variant)}\n`);
  io.stdout.write(json ? `${JSON.stringify(comparisonJson(c), null, 2)}\n` : comparisonText(c, base.calendar.minutesPerDay, vsStaff));
  return EXIT.ok;
}

const pct = (x: number | null) => (x === null ? 'tak terbatas' : `${num(x * 100, 1)}%`);

function human(r: CapacityResult, perDay: number): string {
  const t = (m: number) => formatWorkingTime(m, perDay);
  const days = (m: number) => `${num(m / 1440, 1)} hari`;
  const out = [
    `Simulasi kapasitas: ${r.cases.toLocaleString('id-ID')} kasus diukur (${r.window.from.slice(0, 10)} s.d. ${r.window.to.slice(0, 10)}), kalender ${r.calendar}, benih ${r.seed}`,
    '',
    'Waktu siklus per SOP (menit kerja; kalender = waktu berjalan termasuk malam dan hari libur):',
    table(
      ['SOP', 'Kasus', 'Ditolak', 'Rata-rata', 'p90', 'Tunggu', 'Proses', 'Kalender (rata-rata)', 'Dalam mutu baku'],
      r.sops.map((s) => [
        s.id,
        s.cases.toLocaleString('id-ID'),
        s.outcomes.ditolak.cases.toLocaleString('id-ID'),
        t(s.cycleTime.mean),
        t(s.cycleTime.p90),
        t(s.waiting.mean),
        t(s.processing.mean),
        days(s.calendarTime.mean),
        pct(s.withinMutuBaku),
      ]),
      ['left', 'right', 'right', 'left', 'left', 'left', 'left', 'right', 'right'],
    ).trimEnd(),
    '',
    'Per peran:',
    table(
      ['Peran', 'Pejabat', 'Utilisasi', 'Beban', 'Antrean rata-rata', 'Tunggu rata-rata', 'Bagian tunggu'],
      r.bottlenecks.map((b) => {
        const role = r.roles.find((x) => x.role === b.role)!;
        return [b.role, String(role.officials === 'unlimited' ? 'tak terbatas' : role.officials), pct(role.utilisation), role.load === null ? '-' : pct(role.load), num(role.meanQueue, 2), t(role.meanWait), pct(b.waitingShare)];
      }),
      ['left', 'right', 'right', 'right', 'right', 'left', 'right'],
    ).trimEnd(),
    '',
    `Hambatan utama: ${r.bottlenecks[0] !== undefined && r.bottlenecks[0].waitingShare > 0 ? `${r.bottlenecks[0].role} (${pct(r.bottlenecks[0].waitingShare)} dari seluruh waktu tunggu)` : 'tidak ada antrean'}`,
    `Kasus berjalan (WIP) rata-rata ${num(r.wip.mean, 2)}, maksimum ${r.wip.max}`,
  ];
  const warning = overloadLine(r);
  if (warning !== undefined) out.push(warning);
  const note = provisionalLine(r.provisional);
  if (note !== undefined) out.push(note);
  return `${out.join('\n')}\n`;
}

/** `sop-ap capacity`. */
export const command = defineCommand({
  name: 'capacity',
  summary: 'simulasi kapasitas: antrean kasus beberapa SOP pada pejabat yang sama',
  usage: '<id|berkas.json…> (--arrivals poisson:M | --arrivals-per-month N) [opsi]',
  description: [
    'Mensimulasikan kasus satu atau beberapa SOP yang antre pada pejabat yang sama, pada kalender kerja:',
    'waktu siklus (menit kerja dan waktu kalender) dengan waktu tunggu dan proses, bagian kasus dalam mutu',
    'baku, utilisasi dan antrean per peran, dan peringkat hambatan. Setiap SOP memakai kedatangan yang sama.',
  ],
  options: {
    arrivals: { type: 'string', value: 'poisson:M', help: 'kedatangan Poisson, rata-rata M menit kerja antar-kedatangan (per SOP)' },
    'arrivals-per-month': { type: 'string', value: 'N', help: 'N kasus per bulan per SOP, tersebar pada jam kerja bulan itu' },
    staff: { type: 'string', value: 'peran=n,…', help: 'jumlah pejabat per peran (mis. kepala-dinas=1,ketua-tim-kerja=2; n atau unlimited)' },
    'default-staff': { type: 'string', value: 'n', help: 'pejabat untuk peran yang tidak disebut (bawaan 1; atau unlimited)' },
    durations: { type: 'string', value: 'M', help: `${MODELS.join(', ')} (bawaan fixed: tepat waktu SOP)` },
    rework: { type: 'string', value: 'P', help: 'peluang TIDAK SETUJU per keputusan, 0 <= P < 1 (bawaan 0)' },
    queue: { type: 'string', value: 'fifo|due', help: 'urutan antrean: datang dulu dilayani dulu (bawaan) atau jatuh tempo terdekat' },
    cases: { type: 'string', value: 'N', help: 'kasus yang diukur (bawaan 10000)' },
    horizon: { type: 'string', value: 'HARI', help: 'atau: simulasikan kedatangan selama HARI hari kalender' },
    warmup: { type: 'string', value: 'N', help: 'kasus pemanasan yang tidak diukur (bawaan 0)' },
    start: { type: 'string', value: 'ISO', help: 'awal simulasi (bawaan 1 Januari tahun pertama kalender; tanggal saja = jam buka hari itu)' },
    seed: { type: 'string', value: 'S', help: 'benih pembangkit acak (bawaan 1); benih sama = hasil sama' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan) atau 24x7' },
    holidays: { type: 'string', value: 'FILE', help: 'berkas JSON hari libur untuk tahun yang SKB-nya terbit setelah rilis (docs/calendar.md)' },
    'vs-staff': { type: 'string', value: 'peran=n,…', help: 'what-if: bandingkan dengan varian yang pejabatnya seperti --staff kecuali peran ini (mis. kepala-bidang=2), benih sama; tabel berdampingan dasar → varian' },
    json: { type: 'boolean', help: 'keluaran JSON { cycleTime, waiting, processing, utilisation, withinMutuBaku, outcomes, sops, roles, bottlenecks, wip }; dengan --vs-staff: { base, variant, total, sops, roles, bottleneck } (docs/capacity.md)' },
  },
  notes: [
    'What-if: --vs-staff menjalankan skenario dua kali dengan benih yang sama (compareCapacity): setiap kasus datang',
    'pada saat yang sama dengan pekerjaan yang sama, jadi selisihnya karena jumlah pejabat, bukan karena kebetulan.',
    'Plt. yang menggantikan pejabat selama cuti memerlukan orang bernama (cuti, peran yang dipegang antara dua tanggal):',
    'itu lewat pustaka sop-ap/capacity (compareCapacity dengan people); contohnya di docs/capacity.md dan examples/capacity.ts.',
  ],
  positionals: [1, 100],
  examples: [
    'sop-ap capacity pembuatan-sk-tim-kerja-bidang-3 penugasan-kegiatan-bidang-3 --arrivals-per-month 30 --staff kepala-dinas=1,kepala-bidang=1 --durations lognormal --rework 0.1 --horizon 300 --seed 7',
    'sop-ap capacity pembuatan-sk-tim-kerja-bidang-3 penugasan-kegiatan-bidang-3 --arrivals-per-month 30 --durations lognormal --horizon 300 --vs-staff kepala-bidang=2',
  ],
  async run(parsed, io) {
    const scenario = await scenarioFrom(this, parsed.values, parsed.positionals, io);
    if (!scenario.ok) return scenario.exit;
    if (parsed.values['vs-staff'] !== undefined) return runComparison(this, scenario.value, parsed.values['vs-staff'], parsed.values.json === true, io);
    const onProgress = progress(io);
    const result = guard(this, io, () => simulateCapacity(scenario.value, { onProgress, progressEvery: 5_000 }));
    if (io.stderr.isTTY) io.stderr.write('\r\x1b[K');
    if (!result.ok) return result.exit;
    const r = result.value;
    io.stderr.write(`Simulasi kapasitas selesai: ${r.cases.toLocaleString('id-ID')} kasus, ${r.stepEvents.toLocaleString('id-ID')} langkah\n`);
    if (parsed.values.json === true) {
      io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(human(r, scenario.value.calendar.minutesPerDay));
    return EXIT.ok;
  },
});

type Values = {
  arrivals?: string | undefined;
  'arrivals-per-month'?: string | undefined;
  staff?: string | undefined;
  'default-staff'?: string | undefined;
  durations?: string | undefined;
  rework?: string | undefined;
  queue?: string | undefined;
  cases?: string | undefined;
  horizon?: string | undefined;
  warmup?: string | undefined;
  start?: string | undefined;
  seed?: string | undefined;
  calendar?: string | undefined;
  holidays?: string | undefined;
};

/** A scenario the options give: the calendar always set (the human output reads its day). */
type Scenario = CapacityScenarioInput & { calendar: NonNullable<CapacityScenarioInput['calendar']> };

/** Reads the options into a scenario, or the exit code after a usage error. */
async function scenarioFrom(command: Command, v: Values, ids: readonly string[], io: CommandIO): Promise<Lookup<Scenario>> {
  const fail = (message: string) => ({ ok: false as const, exit: usageError(command, io, message) });
  let arrivals: { poisson: number } | { perMonth: number };
  if ((v.arrivals === undefined) === (v['arrivals-per-month'] === undefined)) return fail('berikan tepat satu dari --arrivals poisson:M atau --arrivals-per-month N');
  if (v.arrivals !== undefined) {
    const m = /^poisson:(\d+(?:\.\d+)?)$/.exec(v.arrivals);
    if (!m || !(Number(m[1]) > 0)) return fail(`--arrivals '${v.arrivals}' harus berbentuk poisson:M dengan M menit > 0 (mis. poisson:120)`);
    arrivals = { poisson: Number(m[1]) };
  } else {
    const n = parseNumber(command, 'arrivals-per-month', v['arrivals-per-month'], 0, io, { min: 1e-9, max: 1e6 });
    if (!n.ok) return n;
    arrivals = { perMonth: n.value };
  }
  const staff = parseStaff(command, 'staff', v.staff, io);
  if (!staff.ok) return staff;
  let defaultStaff: number | 'unlimited' = 1;
  if (v['default-staff'] === 'unlimited') defaultStaff = 'unlimited';
  else {
    const d = parseNumber(command, 'default-staff', v['default-staff'], 1, io, { min: 1, max: 1000, integer: true });
    if (!d.ok) return d;
    defaultStaff = d.value;
  }
  const model = v.durations ?? 'fixed';
  if (!(MODELS as readonly string[]).includes(model)) return { ok: false, exit: cliError(command, io, 'CLI_INVALID_VALUE', { option: '--durations', input: model, choices: MODELS.join(', ') }, true) };
  const rework = parseNumber(command, 'rework', v.rework, 0, io, { min: 0, max: 0.999999 });
  if (!rework.ok) return rework;
  const queue = v.queue ?? 'fifo';
  if (queue !== 'fifo' && queue !== 'due') return { ok: false, exit: cliError(command, io, 'CLI_INVALID_VALUE', { option: '--queue', input: queue, choices: 'fifo, due' }, true) };
  if (v.cases !== undefined && v.horizon !== undefined) return fail('berikan --cases atau --horizon, bukan keduanya');
  const cases = parseNumber(command, 'cases', v.cases, 10_000, io, { min: 1, max: 10_000_000, integer: true });
  if (!cases.ok) return cases;
  const horizon = parseNumber(command, 'horizon', v.horizon, 0, io, { min: 1e-6, max: 36_500 });
  if (!horizon.ok) return horizon;
  const warmup = parseNumber(command, 'warmup', v.warmup, 0, io, { min: 0, max: 10_000_000, integer: true });
  if (!warmup.ok) return warmup;
  const seed = parseNumber(command, 'seed', v.seed, 1, io, { min: -(2 ** 31), max: 2 ** 32, integer: true });
  if (!seed.ok) return seed;
  const cal = findCalendar(command, v.calendar, io, v.holidays === undefined ? undefined : resolve(io.cwd, v.holidays));
  if (!cal.ok) return cal;
  let start: number | undefined;
  if (v.start !== undefined) {
    const s = parseStart(command, v.start, cal.value, io);
    if (!s.ok) return s;
    start = s.value;
  }
  const sops: AnySopDefinition[] = [];
  for (const id of ids) {
    const sop = findSop(command, id, io);
    if (!sop.ok) return sop;
    sops.push(sop.value);
  }
  return {
    ok: true,
    value: {
      sops: sops.map((sop) => ({ sop, arrivals })),
      staff: staff.value,
      defaultStaff,
      durations: model === 'fixed' ? 'fixed' : { kind: model as Exclude<(typeof MODELS)[number], 'fixed'> },
      refusal: rework.value,
      queue,
      ...(v.horizon === undefined ? { cases: cases.value } : { horizon: { days: horizon.value } }),
      ...(warmup.value > 0 ? { warmup: { cases: warmup.value } } : {}),
      ...(start === undefined ? {} : { start }),
      seed: seed.value,
      calendar: cal.value,
    },
  };
}
