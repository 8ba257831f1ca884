/**
 * `sop-ap lead-time <id> [--start ISO] [--calendar kalbar|24x7] [--holidays FILE] [--json]`.
 */
import { nominalLeadTime } from 'sop-ap';
import { defineCommand } from '../args.js';
import { EXIT } from '../command.js';
import { formatInstant, formatWorkingTime, table } from '../format.js';
import { findCalendar, findSop, guard, parseStart, provisionalLine } from '../shared.js';

/** `sop-ap lead-time`. */
export const command = defineCommand({
  name: 'lead-time',
  summary: 'waktu penyelesaian nominal satu SOP (anggaran waktu, menit kerja, jatuh tempo)',
  usage: '<id> [--start ISO] [--calendar kalbar|24x7] [--holidays FILE] [--json]',
  description: [
    'Menjumlahkan anggaran waktu (mutu baku: waktu) pada jalur di mana setiap keputusan SETUJU,',
    'per satuan (hari; menit dan jam) dan dalam menit kerja. Dengan --start, menghitung jatuh tempo',
    'setiap langkah dan seluruh SOP pada kalender kerja (jam kerja dan hari libur).',
  ],
  options: {
    start: { type: 'string', value: 'ISO', help: 'waktu mulai, mis. 2026-03-02T07:30:00+07:00; tanpa zona dibaca dalam zona kalender (WIB); tanggal saja (2026-03-02) berarti awal hari kerja itu' },
    calendar: { type: 'string', value: 'NAMA', help: 'kalbar (bawaan: jam kerja Pemprov Kalbar, libur nasional & cuti bersama) atau 24x7' },
    holidays: { type: 'string', value: 'FILE', help: 'berkas JSON hari libur (satu tahun atau daftar tahun, format: docs/calendar.md) untuk tahun yang SKB-nya terbit setelah rilis; tanpa itu tahun tersebut perkiraan' },
    json: { type: 'boolean', help: 'keluaran JSON { id, steps, budget: { days, minutes }, workingMinutes, due?, provisional?, path } (waktu ISO 8601)' },
  },
  positionals: [1, 1],
  examples: ['sop-ap lead-time pendaftaran-narasumber --start 2026-03-02T07:30:00+07:00'],
  async run(parsed, io) {
    const sop = findSop(this, parsed.positionals[0]!, io);
    if (!sop.ok) return sop.exit;
    const cal = findCalendar(this, parsed.values.calendar, io, parsed.values.holidays);
    if (!cal.ok) return cal.exit;
    let start: number | undefined;
    if (parsed.values.start !== undefined) {
      const s = parseStart(this, parsed.values.start, cal.value, io);
      if (!s.ok) return s.exit;
      start = s.value;
    }
    const lt = guard(this, io, () => nominalLeadTime(sop.value, { calendar: cal.value, ...(start === undefined ? {} : { start }) }));
    if (!lt.ok) return lt.exit;
    const r = lt.value;
    if (parsed.values.json === true) {
      io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      return EXIT.ok;
    }
    const perDay = cal.value.minutesPerDay;
    const when = (iso: string | undefined) => (iso === undefined ? '' : formatInstant(iso, cal.value.zone));
    const out: string[] = [];
    out.push(`SOP ${sop.value.nama}${sop.value.nomor ? ` (${sop.value.nomor})` : ''}`);
    out.push(`Kalender: ${cal.value.id} (zona ${cal.value.zone}, 1 hari kerja = ${perDay} menit)`);
    out.push('');
    const head = ['No', 'Langkah', 'Waktu', 'Menit kerja', 'Kumulatif', ...(start === undefined ? [] : ['Mulai', 'Jatuh tempo'])];
    const rows = r.path.map((s) => [
      s.label,
      s.id,
      s.waktu,
      String(s.minutes),
      String(s.cumulativeMinutes),
      ...(start === undefined ? [] : [when(s.start), when(s.due)]),
    ]);
    out.push(table(head, rows, ['right', 'left', 'left', 'right', 'right']).trimEnd());
    out.push('');
    out.push(`Jumlah langkah: ${r.steps} (jalur nominal: ${r.path.length})`);
    out.push(`Anggaran waktu: ${r.budget.days} hari + ${r.budget.minutes} menit`);
    out.push(`Waktu kerja nominal: ${r.workingMinutes} menit kerja = ${formatWorkingTime(r.workingMinutes, perDay)}`);
    if (r.start !== undefined) {
      out.push(`Mulai: ${when(r.start)}`);
      out.push(`Selesai paling lambat (jatuh tempo): ${when(r.due)}`);
      const note = provisionalLine(r.provisional);
      if (note !== undefined) out.push(note);
    }
    io.stdout.write(`${out.join('\n')}\n`);
    return EXIT.ok;
  },
});
