/**
 * `sop-ap check <id> <log-file> [--format csv|json|xes] [--calendar kalbar|24x7] [--json] [--allow-incomplete]`:
 * conformance of a case log against a catalogue SOP, by replay through the SOP's machine.
 */
import { checkConformance, LOG_FORMATS, readLog, type ConformanceReport, type LogFormat } from 'sop-ap';
import { cliError, defineCommand } from '../args.js';
import { EXIT } from '../command.js';
import { readInputFile } from '../files.js';
import { deviationKind, table } from '../format.js';
import { findCalendar, findSop, guard } from '../shared.js';

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
  };
}

/** The readable report of `sop-ap check`. */
export function checkText(report: ConformanceReport, nama: string, file: string, format: string): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(`SOP ${nama} (${report.sopId})`);
  out.push(`Log: ${file} (${format}); kalender: ${report.calendar}`);
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
  summary: 'periksa kepatuhan log kasus (CSV, JSON, XES) terhadap SOP dengan memutar ulang di mesin',
  usage: '<id> <berkas-log> [--format csv|json|xes] [--calendar kalbar|24x7] [--json] [--allow-incomplete]',
  description: [
    'Memutar ulang setiap kasus dalam log melalui mesin SOP dan melaporkan penyimpangan: langkah',
    'dilewati, tidak berurutan, pelaksana salah, melebihi mutu baku (menit kerja pada kalender),',
    'keputusan tidak tercatat, langkah tidak dikenal, kasus belum selesai, peristiwa setelah kasus berakhir.',
    'Pengulangan (rework) yang diizinkan SOP bukan penyimpangan; jumlahnya dilaporkan per langkah.',
    '',
    'Log CSV berkepala: case,step,role,started_at,completed_at,decision (step = id atau nomor langkah;',
    'role = ejaan apa pun, mis. Kabid; started_at dan decision boleh kosong; decision: setuju / tidak setuju).',
    'Waktu ISO 8601; waktu tanpa zona (mis. 2026-01-05 07:30) dibaca dalam WIB (Asia/Pontianak).',
  ],
  options: {
    format: { type: 'string', value: 'F', help: 'csv, json atau xes (bawaan: dari ekstensi berkas atau isinya)' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan) atau 24x7' },
    'allow-incomplete': { type: 'boolean', help: 'kasus yang belum selesai tidak dihitung sebagai penyimpangan' },
    json: { type: 'boolean', help: 'keluaran JSON { cases: [{ case, conformant, fitness, deviations: [{ kind, step, message }] }], summary, problems }' },
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
    const read = await readInputFile(this, io, file);
    if (!read.ok) return read.exit;
    const text = read.value;
    const log = guard(this, io, () => readLog(text, { fileName: file, ...(format === undefined ? {} : { format: format as LogFormat }) }));
    if (!log.ok) return log.exit;
    const report = guard(this, io, () => checkConformance(sop.value, log.value, { calendar: cal.value, allowIncomplete: parsed.values['allow-incomplete'] === true }));
    if (!report.ok) return report.exit;
    const r = report.value;
    if (parsed.values.json === true) io.stdout.write(`${JSON.stringify(checkJson(r, file, log.value.format), null, 2)}\n`);
    else io.stdout.write(checkText(r, sop.value.nama, file, log.value.format));
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
