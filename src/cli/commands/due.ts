/**
 * `sop-ap due --before ISO [--sop ID] [--db …] [--json]`.
 */
import { defineCommand, reportError, usageError } from '../args.js';
import { EXIT } from '../command.js';
import { table } from '../format.js';
import { DB_OPTIONS, handleUsage, instantOption, wib, withStore, writeJson } from './store-common.js';

/** `sop-ap due`. */
export const command = defineCommand({
  name: 'due',
  summary: 'kasus yang langkahnya mencapai peringatan (75 %) atau lewat batas mutu baku sebelum suatu saat',
  usage: '--before ISO [--sop ID] [--db URL|DIR] [--json]',
  description: [
    'Kasus berjalan yang langkahnya mencapai 75 % (peringatan) atau 100 % (lewat batas) anggaran waktunya',
    'pada kalender kerja sebelum saat --before. Saat-saat itu dihitung ketika kasus berpindah langkah.',
  ],
  options: {
    before: { type: 'string', value: 'ISO', help: 'batas saat, mis. 2026-03-06T16:30:00+07:00 atau 2026-03-06 (wajib)' },
    sop: { type: 'string', value: 'ID', help: 'hanya kasus SOP ini' },
    ...DB_OPTIONS,
  },
  examples: ['sop-ap due --before 2026-03-06T16:30:00+07:00'],
  async run(parsed, io) {
    const v = parsed.values;
    if (v.before === undefined) return usageError(this, io, 'due memerlukan --before');
    return handleUsage(async () => {
      const before = instantOption(this, 'before', v.before, io)!;
      return withStore(this, v.db, io, async (store) => {
        const items = await store.due({ before, sopId: v.sop });
        if (v.json === true) {
          writeJson(io, items);
          return EXIT.ok;
        }
        const rows = items.map((d) => [d.caseId, d.sopId, d.stepId, d.roles.join(', '), d.reaches, wib(d.warningAt), wib(d.breachAt)]);
        io.stdout.write(items.length === 0 ? `tidak ada kasus yang jatuh tempo sebelum ${wib(before)}\n` : table(['Kasus', 'SOP', 'Langkah', 'Pelaksana', 'Mencapai', 'Peringatan', 'Lewat batas'], rows));
        return EXIT.ok;
      });
    }).catch((e: unknown) => reportError(this, io, e));
  },
});
