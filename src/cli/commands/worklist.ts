/**
 * `sop-ap worklist --role R [--user U] [--at ISO] [--sop ID] [--db …] [--json]`.
 */
import { defineCommand, reportError, usageError } from '../args.js';
import { EXIT } from '../command.js';
import { table } from '../format.js';
import { DB_OPTIONS, handleUsage, instantOption, wib, withStore, writeJson } from './store-common.js';

/** `sop-ap worklist`. */
export const command = defineCommand({
  name: 'worklist',
  summary: 'kasus yang menunggu di meja suatu peran (termasuk sebagai Plt./Plh.), dengan tingkat SLA',
  usage: '--role R [--user U] [--at ISO] [--sop ID] [--db URL|DIR] [--json]',
  description: [
    'Kasus yang berada pada langkah yang dilaksanakan peran R; dengan --user, juga langkah peran yang',
    'diwakili pengguna itu sebagai Plt./Plh. menurut pelimpahan yang aktif. Yang paling mendesak di atas.',
  ],
  options: {
    role: { type: 'string', value: 'R', help: 'peran, mis. kepala-bidang (wajib)' },
    user: { type: 'string', value: 'U', help: 'pengguna (menambah peran yang diwakilinya sebagai Plt./Plh.)' },
    at: { type: 'string', value: 'ISO', help: 'saat pengukuran (bawaan: sekarang)' },
    sop: { type: 'string', value: 'ID', help: 'hanya kasus SOP ini' },
    ...DB_OPTIONS,
  },
  examples: ['sop-ap worklist --role kepala-bidang --user nip-kabid'],
  async run(parsed, io) {
    const v = parsed.values;
    if (v.role === undefined) return usageError(this, io, 'worklist memerlukan --role');
    return handleUsage(async () => {
      const at = instantOption(this, 'at', v.at, io);
      return withStore(this, v.db, io, async (store) => {
        const items = await store.worklist({ role: v.role!, user: v.user, at, sopId: v.sop });
        if (v.json === true) {
          writeJson(io, items);
          return EXIT.ok;
        }
        const rows = items.map((w) => [
          w.caseId,
          w.sopId,
          `${w.label} ${w.stepId}`,
          `${w.percent.toFixed(0)} %`,
          w.level,
          wib(w.breachAt),
          w.via === null ? '' : `${w.via.as === 'plt' ? 'Plt.' : 'Plh.'} ${w.via.role} (SK ${w.via.sk})`,
        ]);
        io.stdout.write(items.length === 0 ? `tidak ada kasus menunggu untuk ${v.role}\n` : table(['Kasus', 'SOP', 'Langkah', 'Waktu', 'Tingkat', 'Batas', 'Sebagai'], rows, ['left', 'left', 'left', 'right']));
        return EXIT.ok;
      });
    }).catch((e: unknown) => reportError(this, io, e));
  },
});
