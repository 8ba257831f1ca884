/**
 * `sop-ap report [--rework P] [--calendar kalbar|24x7] [--json]`: the lead-time report over the
 * whole catalogue.
 */
import { expectedLeadTime, nominalLeadTime, type WorkCalendar } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { defineCommand } from '../args.js';
import { EXIT } from '../command.js';
import { formatWorkingTime, num, table } from '../format.js';
import { findCalendar, parseNumber } from '../shared.js';

/** One row of the report. */
export interface ReportRow {
  readonly id: string;
  readonly nomor: string | null;
  readonly nama: string;
  readonly steps: number;
  readonly decisions: number;
  readonly budget: { readonly days: number; readonly minutes: number };
  readonly workingMinutes: number;
  readonly workingDays: number;
  /** Exact expected lead time with the report's refusal probability. */
  readonly expectedMean: number;
  readonly expectedSd: number;
  readonly pDitolak: number;
}

/** The report's rows for every catalogue SOP. */
export function reportRows(calendar: WorkCalendar, rework: number): ReportRow[] {
  return sopIds.map((id) => {
    const sop = catalogue[id];
    const n = nominalLeadTime(sop, { calendar });
    const e = expectedLeadTime(sop, { calendar, refusal: rework });
    return {
      id,
      nomor: sop.nomor ?? null,
      nama: sop.nama,
      steps: sop.steps.length,
      decisions: sop.steps.filter((s) => s.decision !== undefined).length,
      budget: n.budget,
      workingMinutes: n.workingMinutes,
      workingDays: n.workingDays,
      expectedMean: e.mean,
      expectedSd: e.sd,
      pDitolak: e.pDitolak,
    };
  });
}

/** `sop-ap report`. */
export const command = defineCommand({
  name: 'report',
  summary: 'laporan waktu penyelesaian seluruh katalog SOP',
  usage: '[--rework P] [--calendar kalbar|24x7] [--json]',
  description: [
    'Untuk setiap SOP dalam katalog: jumlah langkah dan keputusan, anggaran waktu (hari + menit),',
    'waktu kerja nominal (semua keputusan SETUJU) dan waktu harapan eksak bila setiap keputusan',
    'TIDAK SETUJU dengan peluang P (rantai Markov menyerap).',
  ],
  options: {
    rework: { type: 'string', value: 'P', help: 'peluang TIDAK SETUJU per keputusan, 0 <= P < 1 (bawaan 0,1)' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan) atau 24x7' },
    json: { type: 'boolean', help: 'keluaran JSON: larik baris laporan' },
  },
  async run(parsed, io) {
    const rework = parseNumber(this, 'rework', parsed.values.rework, 0.1, io, { min: 0, max: 0.99 });
    if (!rework.ok) return rework.exit;
    const cal = findCalendar(this, parsed.values.calendar, io);
    if (!cal.ok) return cal.exit;
    const rows = reportRows(cal.value, rework.value);
    if (parsed.values.json === true) {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT.ok;
    }
    const perDay = cal.value.minutesPerDay;
    const pct = `${num(rework.value * 100, 0)}%`;
    io.stdout.write(`Laporan waktu penyelesaian SOP AP: Dinas Koperasi, UKM Provinsi Kalimantan Barat\n`);
    io.stdout.write(`Kalender: ${cal.value.id} (1 hari kerja = ${perDay} menit). Harapan: setiap keputusan TIDAK SETUJU dengan peluang ${pct}.\n\n`);
    io.stdout.write(
      table(
        ['SOP', 'Langkah', 'Keputusan', 'Anggaran', 'Menit kerja', 'Nominal', `Harapan (${pct})`, 'Ditolak'],
        rows.map((r) => [
          r.id,
          String(r.steps),
          String(r.decisions),
          `${r.budget.days} hari + ${r.budget.minutes} mnt`,
          String(r.workingMinutes),
          formatWorkingTime(r.workingMinutes, perDay),
          `${formatWorkingTime(r.expectedMean, perDay)} (±${num(r.expectedSd, 0)} mnt)`,
          `${num(r.pDitolak * 100, 1)}%`,
        ]),
        ['left', 'right', 'right', 'left', 'right', 'left', 'left', 'right'],
      ),
    );
    const total = rows.reduce((s, r) => s + r.steps, 0);
    io.stdout.write(`\n${rows.length} SOP, ${total} langkah. Nominal: semua keputusan SETUJU, setiap langkah tepat sesuai anggaran waktunya.\n`);
    return EXIT.ok;
  },
});
