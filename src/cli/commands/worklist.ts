/**
 * `sop-ap worklist --role R [--user U] [--at ISO] [--sop ID] [--db …] [--json]`.
 */
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { table } from '../format.js';
import { DB_HELP, DB_OPTION, handleUsage, instantOption, wib, withStore, writeJson } from './store-common.js';

/** `sop-ap worklist`. */
export const command: Command = {
  name: 'worklist',
  summary: 'kasus yang menunggu di meja suatu peran (termasuk sebagai Plt./Plh.), dengan tingkat SLA',
  help: [
    'Penggunaan: sop-ap worklist --role R [--user U] [--at ISO] [--sop ID] [--db URL|DIR] [--json]',
    '',
    'Kasus yang berada pada langkah yang dilaksanakan peran R; dengan --user, juga langkah peran yang',
    'diwakili pengguna itu sebagai Plt./Plh. menurut pelimpahan yang aktif. Yang paling mendesak di atas.',
    '',
    'Opsi:',
    '  --role R           peran, mis. kepala-bidang',
    '  --user U           pengguna (menambah peran yang diwakilinya)',
    '  --at ISO           saat pengukuran (bawaan: sekarang)',
    '  --sop ID           hanya kasus SOP ini',
    ...DB_HELP,
    '  -h, --help         bantuan ini',
  ].join('\n'),
  async run(args, io) {
    const p = parseCommandArgs(this, args, { ...DB_OPTION, role: { type: 'string' }, user: { type: 'string' }, at: { type: 'string' }, sop: { type: 'string' }, json: { type: 'boolean' } }, io);
    if (!p.ok) return p.exit;
    const v = p.values;
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
    });
  },
};
