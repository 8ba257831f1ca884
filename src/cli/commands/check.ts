/**
 * `sop-ap check <id> <log-file> [--format csv|json|xes] [--calendar kalbar|24x7] [--json] [--allow-incomplete]`:
 * conformance of a case log against a catalogue SOP, by optimal alignment and the machine's judge,
 * read in a stream (a progress line on a terminal for a big file).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkLogFile, LOG_FORMATS, SopError, type ConformanceReport, type LogFormat } from 'sop-ap';
import { cliError, defineCommand, reportError } from '../args.js';
import { EXIT, type CommandIO } from '../command.js';
import { deviationKind, table } from '../format.js';
import { findCalendar, findSop, provisionalLine } from '../shared.js';

/** Files from this size on show a progress line on a terminal. */
const PROGRESS_FROM = 8 * 1024 * 1024;

/** A progress line on stderr, rewritten in place: `membaca log: 41% (120 MB dari 290 MB)`. */
function progressLine(io: CommandIO): (read: number, total: number) => void {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  return (read, total) => {
    const pct = total > 0 ? Math.floor((read / total) * 100) : 0;
    io.stderr.write(`\rmembaca log: ${pct}% (${mb(read)} dari ${mb(total)})`);
  };
}

const errnoOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
};

const fmt = (n: number, digits = 2) => n.toFixed(digits).replace('.', ',');

/** The JSON of `sop-ap check --json`. */
export function checkJson(report: ConformanceReport, file: string, format: string) {
  return {
    sopId: report.sopId,
    calendar: report.calendar,
    file,
    format,
    cases: report.cases.map((c) => ({
      case: c.case,
      conformant: c.conformant,
      fitness: c.fitness,
      cost: c.cost,
      status: c.status,
      currentStep: c.currentStep ?? null,
      reworks: c.reworks,
      totalMinutes: c.totalMinutes,
      deviations: c.deviations.map((d) => ({
        kind: d.kind,
        step: d.step ?? null,
        label: d.label ?? null,
        line: d.line ?? null,
        expected: d.expected,
        actual: d.actual,
        ...(d.minutes === undefined ? {} : { minutes: d.minutes }),
        message: d.message,
        pesan: d.pesan,
      })),
    })),
    summary: report.summary,
    problems: report.problems,
    provisional: report.provisional,
  };
}

/** The readable report of `sop-ap check`. */
export function checkText(report: ConformanceReport, nama: string, file: string, format: string): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(`SOP ${nama} (${report.sopId})`);
  out.push(`Log: ${file} (${format}); kalender: ${report.calendar}`);
  const perkiraan = provisionalLine(report.provisional);
  if (perkiraan !== undefined) out.push(perkiraan);
  out.push('');
  if (report.problems.length > 0) {
    out.push(`Baris yang tidak dapat dibaca (${report.problems.length}, tidak diperiksa):`);
    for (const p of report.problems) out.push(`  ${p.line !== undefined ? `baris ${p.line}` : `entri ${p.entry}`}: ${p.pesan}`);
    out.push('');
  }
  if (report.cases.length > 0) {
    out.push(
      table(
        ['Kasus', 'Sesuai', 'Fitness', 'Status', 'Penyimpangan', 'Pengulangan'],
        report.cases.map((c) => [
          c.case,
          c.conformant ? 'ya' : 'tidak',
          fmt(c.fitness),
          c.status === 'berjalan' ? `berjalan (${c.currentStep})` : c.status,
          String(c.deviations.length),
          Object.entries(c.reworks)
            .map(([k, n]) => `${k} ×${n}`)
            .join(', ') || '-',
        ]),
        ['left', 'left', 'right', 'left', 'right', 'left'],
      ).trimEnd(),
    );
    out.push('');
  }
  const deviating = report.cases.filter((c) => !c.conformant);
  if (deviating.length > 0) {
    out.push('Penyimpangan:');
    for (const c of deviating) {
      out.push(`  ${c.case}`);
      for (const d of c.deviations) out.push(`    ${d.line !== undefined ? `baris ${d.line}` : '-'}  [${deviationKind(d.kind)}]  ${d.pesan}`);
    }
    out.push('');
  }
  out.push(`Ringkasan: ${s.conformant} dari ${s.cases} kasus sesuai SOP; rata-rata fitness ${fmt(s.meanFitness)}`);
  const kinds = Object.entries(s.deviationsByKind);
  if (kinds.length > 0) out.push(`Penyimpangan per jenis: ${kinds.map(([k, n]) => `${deviationKind(k)} ${n}`).join(', ')}`);
  const steps = Object.entries(s.deviationsByStep).sort((a, b) => b[1] - a[1]);
  if (steps.length > 0) out.push(`Penyimpangan per langkah: ${steps.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const slow = s.slowestSteps.slice(0, 5);
  if (slow.length > 0) {
    out.push('');
    out.push('Langkah paling lambat terhadap mutu baku:');
    out.push(
      table(
        ['No', 'Langkah', 'Mutu baku (menit)', 'Terlama', 'Rata-rata', '% mutu baku', 'Melebihi'],
        slow.map((t) => [t.label, t.step, String(t.budgetMinutes), fmt(t.maxMinutes, 1), fmt(t.meanMinutes, 1), `${Math.round(t.maxRatio * 100)}%`, `${t.overBudget}/${t.visits}`]),
        ['right', 'left', 'right', 'right', 'right', 'right', 'right'],
      ).trimEnd(),
    );
  }
  return `${out.join('\n')}\n`;
}

/** `sop-ap check`. */
export const command = defineCommand({
  name: 'check',
  summary: 'periksa kepatuhan log kasus (CSV, JSON, XES) terhadap SOP dengan alignment optimal dan aturan mesin',
  usage: '<id> <berkas-log> [--format csv|json|xes] [--calendar kalbar|24x7] [--json] [--allow-incomplete]',
  description: [
    'Menyelaraskan (alignment optimal) setiap varian alur dalam log dengan alur SOP, lalu memeriksa',
    'setiap langkah yang cocok dengan aturan mesin: langkah dilewati, tertukar, disisipkan, tidak dikenal,',
    'kasus belum selesai, peristiwa setelah kasus berakhir; pelaksana salah, Plt./Plh. tanpa peran sendiri,',
    'keputusan tidak tercatat atau bertentangan dengan langkah berikutnya, melebihi mutu baku (menit kerja).',
    'Fitness = 1 − biaya / (jumlah peristiwa + jalur terpendek SOP), sama dengan PM4Py dan ProM.',
    'Pengulangan (rework) yang diizinkan SOP bukan penyimpangan; jumlahnya dilaporkan per langkah.',
    'Berkas dibaca mengalir (streaming); di terminal, berkas besar menampilkan baris kemajuan.',
    '',
    'Log CSV berkepala: case,step,role,started_at,completed_at,decision (step = id atau nomor langkah;',
    'role = ejaan apa pun, mis. Kabid; started_at dan decision boleh kosong; decision: setuju / tidak setuju).',
    'Waktu ISO 8601; waktu tanpa zona (mis. 2026-01-05 07:30) dibaca dalam WIB (Asia/Pontianak).',
  ],
  options: {
    format: { type: 'string', value: 'F', help: 'csv, json atau xes (bawaan: dari ekstensi berkas atau isinya)' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan) atau 24x7' },
    'allow-incomplete': { type: 'boolean', help: 'kasus yang belum selesai tidak dihitung sebagai penyimpangan' },
    json: { type: 'boolean', help: 'keluaran JSON { cases: [{ case, conformant, fitness, deviations: [{ kind, step, message }] }], summary, problems, provisional }' },
  },
  positionals: [2, 2],
  notes: [
    'Kode keluar: 0 semua kasus sesuai, 1 ada kasus menyimpang, 2 masukan salah (SOP/berkas/format',
    'tidak dikenal, atau ada baris log yang tidak dapat dibaca; baris yang baik tetap diperiksa).',
  ],
  examples: ['sop-ap check pembuatan-sk-tim-kerja-bidang-3 kasus.csv', 'sop-ap check pembuatan-sk-tim-kerja-bidang-3 kasus.xes --calendar 24x7 --json'],
  async run(parsed, io) {
    const [id, file] = parsed.positionals as [string, string];
    const format = parsed.values.format;
    if (format !== undefined && !(LOG_FORMATS as readonly string[]).includes(format)) {
      return cliError(this, io, 'CLI_INVALID_VALUE', { option: '--format', input: format, choices: LOG_FORMATS.join(', ') }, true);
    }
    const sop = findSop(this, id, io);
    if (!sop.ok) return sop.exit;
    const cal = findCalendar(this, parsed.values.calendar, io);
    if (!cal.ok) return cal.exit;
    const path = resolve(io.cwd, file);
    let size: number;
    try {
      const st = await stat(path);
      if (!st.isFile()) return cliError(this, io, 'CLI_FILE_UNREADABLE', { file, errno: 'EISDIR' });
      size = st.size;
    } catch (e) {
      return cliError(this, io, 'CLI_FILE_UNREADABLE', { file, errno: errnoOf(e) });
    }
    const progress = io.stderr.isTTY === true && size >= PROGRESS_FROM ? progressLine(io) : undefined;
    let r: Awaited<ReturnType<typeof checkLogFile>>;
    try {
      r = await checkLogFile(sop.value, path, {
        calendar: cal.value,
        allowIncomplete: parsed.values['allow-incomplete'] === true,
        ...(format === undefined ? {} : { format: format as LogFormat }),
        ...(progress === undefined ? {} : { onProgress: progress }),
      });
    } catch (e) {
      if (e instanceof SopError) return reportError(this, io, e);
      return cliError(this, io, 'CLI_FILE_UNREADABLE', { file, errno: errnoOf(e) });
    } finally {
      if (progress !== undefined) io.stderr.write('\r\x1b[K');
    }
    if (parsed.values.json === true) io.stdout.write(`${JSON.stringify(checkJson(r, file, r.format), null, 2)}\n`);
    else io.stdout.write(checkText(r, sop.value.nama, file, r.format));
    if (r.problems.length > 0) {
      io.stderr.write(`sop-ap check: ${r.problems.length} baris log tidak dapat dibaca (lihat laporan)\n`);
      return EXIT.usage;
    }
    if (r.cases.length === 0) {
      io.stderr.write('sop-ap check: log tidak berisi peristiwa\n');
      return EXIT.usage;
    }
    return r.summary.deviating > 0 ? EXIT.failure : EXIT.ok;
  },
});
