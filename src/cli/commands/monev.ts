/**
 * `sop-ap monev <id|file…> <log> [--periode 2026-S2] [-o file.html] [--json]`: monitoring and
 * evaluation of SOP AP (Permenpan RB 35/2012) from a case log: Tabel 7, figures, charts and
 * evaluation sheets, one printable page per unit.
 */
import { basename, dirname, extname, join } from 'node:path';
import { LOG_FORMATS, readLog, type AnySopDefinition, type LogEvent, type LogFormat, type ParsedLog, type WorkCalendar } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { monev, parsePeriod, renderMonevHtml, semesterOf, type MonevCases, type MonevPeriod, type MonevReport } from 'sop-ap/monev';
import { isServerUrl } from 'sop-ap/store';
import { cliError, defineCommand, reportError, usageError } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';
import { readInputFile, writeOutputFile } from '../files.js';
import { table } from '../format.js';
import { findCalendar, findSop, guard, parseNumber, type Lookup } from '../shared.js';
import { handleUsage, withStore } from './store-common.js';

/** The text summary of `sop-ap monev` (without `--json` or `-o`, and after writing pages). */
export function monevText(report: MonevReport): string {
  const out: string[] = [`Monitoring penerapan SOP AP: ${report.period.label} (${report.period.id}); kalender ${report.calendar}`];
  for (const unit of report.units) {
    out.push('', `Unit: ${unit.name}`);
    out.push(
      table(
        ['No', 'Prosedur', 'Kasus', 'Selesai', 'Dalam mutu baku', 'Saran penilaian', 'Revisi'],
        unit.sops.map((s, i) => [
          String(i + 1),
          s.nama,
          String(s.counts.total),
          String(s.counts.selesai),
          s.leadTime.count === 0 ? '-' : `${s.leadTime.within}/${s.leadTime.count}`,
          s.assessment.penilaian,
          s.revision.flag ? 'perlu ditinjau' : '-',
        ]),
        ['right', 'left', 'right', 'right', 'right', 'left', 'left'],
      ).trimEnd(),
    );
  }
  if (report.unassigned.length > 0) out.push('', `Kasus tanpa SOP: ${report.unassigned.map((u) => `${u.case} (${u.reason})`).join(', ')}`);
  if (report.outside > 0) out.push(`Kasus di luar periode (tidak dihitung): ${report.outside}`);
  out.push('', 'Penilaian di atas adalah saran dari data; keputusan, tindakan dan paraf diisi penilai pada halaman HTML (-o).');
  return `${out.join('\n')}\n`;
}

/** The SOPs named: catalogue ids, definition files (read by `findSop`, as every command reads them), or `semua`. */
function loadDefinitions(command: Command, specs: readonly string[], io: CommandIO): Lookup<AnySopDefinition[]> {
  const defs: AnySopDefinition[] = [];
  for (const spec of specs) {
    if (spec === 'semua') {
      defs.push(...sopIds.map((id) => catalogue[id] as AnySopDefinition));
      continue;
    }
    const sop = findSop(command, spec, io);
    if (!sop.ok) return sop;
    defs.push(sop.value);
  }
  const seen = new Set<string>();
  return { ok: true, value: defs.filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true))) };
}

/** The cases and the period, and how the page names their source. */
interface Cases {
  readonly cases: MonevCases;
  readonly period: string | MonevPeriod;
  readonly source: string;
  /** Lines for stderr about cases left out. */
  readonly notes: readonly string[];
}

/** The cases of a log file; the period defaults to the half-year of its last event. */
async function casesFromLog(command: Command, io: CommandIO, file: string, format: string | undefined, periode: string | undefined, calendar: WorkCalendar): Promise<Lookup<Cases>> {
  const read = await readInputFile(command, io, file);
  if (!read.ok) return read;
  const text = read.value;
  const log = guard(command, io, (): ParsedLog => readLog(text, { fileName: file, ...(format === undefined ? {} : { format: format as LogFormat }) }));
  if (!log.ok) return log;
  const last = log.value.events.reduce((m, e) => Math.max(m, e.completedAt), -Infinity);
  if (periode === undefined && !Number.isFinite(last)) return { ok: false, exit: usageError(command, io, 'log tidak berisi peristiwa') };
  return { ok: true, value: { cases: log.value, period: periode ?? semesterOf(last, calendar.zone), source: basename(file), notes: [] } };
}

/** The database as the page names it: a server URL without its password, or the PGlite directory. */
function databaseName(db: string): string {
  if (!isServerUrl(db)) return db;
  try {
    const u = new URL(db);
    u.password = '';
    return u.toString();
  } catch {
    return 'PostgreSQL';
  }
}

/**
 * The cases of each SOP from the case store (`--db`): those started in the period, at the
 * revision of the SOP given (cases at another revision, or without a finished step, are counted
 * and named, not measured). The period defaults to the half-year of today.
 */
async function casesFromStore(command: Command, io: CommandIO, db: string, defs: readonly AnySopDefinition[], periode: string | undefined, calendar: WorkCalendar): Promise<Lookup<Cases>> {
  const period = guard(command, io, () => parsePeriod(periode ?? semesterOf(Date.now(), calendar.zone), calendar.zone));
  if (!period.ok) return period;
  const p = period.value;
  let value: Cases | undefined;
  const exit = await handleUsage(() =>
    withStore(command, db, io, async (store) => {
      const bySop: Record<string, readonly LogEvent[]> = {};
      const notes: string[] = [];
      for (const def of defs) {
        const log = await store.caseLog({ sopId: def.id, revision: def.revision, startedFrom: p.start, startedBefore: p.end });
        bySop[def.id] = log.events;
        for (const [revision, n] of Object.entries(log.otherRevisions)) notes.push(`${def.id}: ${n} kasus pada revisi ${revision} (bukan revisi ${def.revision}) tidak dihitung`);
        if (log.withoutEvents > 0) notes.push(`${def.id}: ${log.withoutEvents} kasus belum menyelesaikan langkah pertama, tidak dihitung`);
      }
      value = { cases: { bySop }, period: p, source: `basis data ${databaseName(db)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`, notes };
      return EXIT.ok;
    }),
  ).catch((e: unknown) => reportError(command, io, e));
  return value === undefined ? { ok: false, exit } : { ok: true, value };
}

/** Where each unit's page goes: the file itself for one unit, `<name>-<unit>.html` for several. */
function pageFile(output: string, key: string, units: number): string {
  if (units === 1) return output;
  const ext = extname(output) || '.html';
  return join(dirname(output), `${basename(output, extname(output))}-${key}${ext}`);
}

/** `sop-ap monev`. */
export const command = defineCommand({
  name: 'monev',
  summary: 'monitoring dan evaluasi penerapan SOP AP (Permenpan RB 35/2012) dari log kasus: Tabel 7, grafik, lembar evaluasi',
  usage: '<id|berkas.json|semua …> (<berkas-log> | --db URL|DIR) [--periode 2026-S2] [-o laporan.html] [--json]',
  description: [
    'Menghitung dari log kasus, per SOP, untuk kasus yang dimulai dalam periode: jumlah kasus (selesai,',
    'ditolak, berjalan), persentase selesai dalam mutu baku waktu, median dan p90 waktu penyelesaian',
    '(waktu kerja) terhadap waktu nominal, waktu tiap langkah terhadap waktunya, tidak setuju dan',
    'pengulangan per keputusan, pelaksana tidak sesuai dan penyimpangan lain, beban kerja per peran.',
    'Mengisi Tabel 7 "Monitoring Pelaksanaan SOP AP" sejauh data dapat mengisinya (saran penilaian',
    'dengan aturannya, draf catatan; tindakan dan paraf diisi penilai) dan lembar evaluasi (kriteria',
    'dengan angka terkait; Ya/Tidak diisi evaluator; tanda bila tanggal revisi jatuh tempo).',
    '',
    'SOP: id katalog, berkas definisi JSON, atau "semua" (seluruh katalog). Dengan beberapa SOP, setiap',
    'kasus dikaitkan ke SOP yang paling cocok dengan langkah-langkahnya.',
    'Log: CSV/JSON/XES seperti pada sop-ap check (case,step,role,started_at,completed_at,decision).',
    'Dengan --db, kasus dibaca dari penyimpanan kasus (sop-ap case): kasus tiap SOP yang dimulai dalam',
    'periode, pada revisi SOP yang diberikan; tanpa berkas log.',
  ],
  options: {
    periode: { type: 'string', value: 'P', help: '2026-S1 / 2026-S2 (semester), 2026-Q3, 2026-07, 2026, atau 2026-07-01..2026-12-31 (bawaan: semester dari peristiwa terakhir dalam log)' },
    output: { type: 'string', short: 'o', value: 'BERKAS', help: 'tulis halaman HTML A4 (satu per unit: BERKAS, atau BERKAS-<unit>.html bila lebih dari satu unit)' },
    json: { type: 'boolean', help: 'keluaran JSON (seluruh angka, saran, dan lembar evaluasi)' },
    format: { type: 'string', value: 'F', help: 'format log: csv, json atau xes (bawaan: dari ekstensi berkas atau isinya)' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan) atau 24x7' },
    holidays: { type: 'string', value: 'FILE', help: 'berkas JSON hari libur untuk tahun yang SKB-nya terbit setelah rilis (format: docs/calendar.md)' },
    'batas-mutu': { type: 'string', value: 'N', help: 'syarat saran "Berjalan dengan baik": persentase minimum kasus selesai dalam mutu baku (bawaan 80)' },
    'batas-penyimpangan': { type: 'string', value: 'N', help: 'batas persentase kasus per jenis penyimpangan selain melebihi waktu (bawaan 5)' },
    'tinjauan-bulan': { type: 'string', value: 'N', help: 'bulan dari tanggal efektif ke tinjauan bila tanggal revisi kosong (bawaan 12)' },
    db: { type: 'string', value: 'URL|DIR', help: 'baca kasus dari penyimpanan kasus, bukan dari berkas log: postgres://… atau direktori PGlite (bawaan periode: semester hari ini)' },
  },
  positionals: [1, Infinity],
  notes: [
    'Kode keluar: 0 berhasil, 2 masukan salah (SOP/berkas/periode tidak dikenal, atau ada baris log yang',
    'tidak dapat dibaca; baris yang baik tetap dihitung).',
  ],
  examples: [
    'sop-ap monev pembuatan-sk-tim-kerja-bidang-3 kasus.csv --periode 2026-S2 -o monev.html',
    'sop-ap monev semua kasus.xes --periode 2026-S2 -o monev.html',
    'sop-ap monev sop-saya.json kasus.json --json',
    'sop-ap monev pendaftaran-narasumber --db postgres://monev@db.dinas.go.id/sop --periode 2026-S2 -o monev.html',
  ],
  async run(parsed, io) {
    const v = parsed.values;
    const fromStore = v.db !== undefined;
    if (!fromStore && parsed.positionals.length < 2) return usageError(this, io, 'monev memerlukan SOP dan berkas log, atau --db');
    if (fromStore && v.format !== undefined) return usageError(this, io, '--format hanya untuk berkas log, bukan untuk --db');
    if (v.format !== undefined && !(LOG_FORMATS as readonly string[]).includes(v.format)) {
      return cliError(this, io, 'CLI_INVALID_VALUE', { option: '--format', input: v.format, choices: LOG_FORMATS.join(', ') }, true);
    }
    const minWithin = parseNumber(this, 'batas-mutu', v['batas-mutu'], 80, io, { min: 0, max: 100 });
    if (!minWithin.ok) return minWithin.exit;
    const maxDev = parseNumber(this, 'batas-penyimpangan', v['batas-penyimpangan'], 5, io, { min: 0, max: 100 });
    if (!maxDev.ok) return maxDev.exit;
    const months = parseNumber(this, 'tinjauan-bulan', v['tinjauan-bulan'], 12, io, { min: 1, max: 120, integer: true });
    if (!months.ok) return months.exit;
    const defs = loadDefinitions(this, fromStore ? parsed.positionals : parsed.positionals.slice(0, -1), io);
    if (!defs.ok) return defs.exit;
    const cal = findCalendar(this, v.calendar, io, v.holidays);
    if (!cal.ok) return cal.exit;
    const input = fromStore
      ? await casesFromStore(this, io, v.db!, defs.value, v.periode, cal.value)
      : await casesFromLog(this, io, parsed.positionals[parsed.positionals.length - 1]!, v.format, v.periode, cal.value);
    if (!input.ok) return input.exit;
    const { cases, period, source, notes } = input.value;
    for (const n of notes) io.stderr.write(`sop-ap monev: ${n}\n`);
    const report = guard(this, io, () =>
      monev(defs.value, cases, {
        period,
        calendar: cal.value,
        rule: { minWithinShare: minWithin.value / 100, maxDeviationShare: maxDev.value / 100 },
        reviewMonths: months.value,
        source,
      }),
    );
    if (!report.ok) return report.exit;
    const r = report.value;
    if (v.output !== undefined) {
      for (const unit of r.units) {
        const html = guard(this, io, () => renderMonevHtml(r, unit.key));
        if (!html.ok) return html.exit;
        const written = await writeOutputFile(this, io, pageFile(v.output, unit.key, r.units.length), html.value);
        if (!written.ok) return written.exit;
        io.stderr.write(`sop-ap monev: ${unit.name} → ${written.value}\n`);
      }
    }
    if (v.json === true) io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else io.stdout.write(monevText(r));
    if (r.problems.length > 0) {
      io.stderr.write(`sop-ap monev: ${r.problems.length} baris log tidak dapat dibaca (tidak dihitung)\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
});
