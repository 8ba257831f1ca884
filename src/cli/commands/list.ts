/**
 * `sop-ap list [--json]`: the SOPs of the catalogue.
 */
import { catalogue, sopIds } from 'sop-ap/machines';
import { defineCommand } from '../args.js';
import { EXIT } from '../command.js';
import { clip, table } from '../format.js';

/** One row of `sop-ap list --json`. */
export interface ListRow {
  readonly id: string;
  readonly nomor: string | null;
  readonly nama: string;
  readonly unit: string | null;
  readonly steps: number;
}

/** The rows of `sop-ap list`, in catalogue order. */
export function listRows(): ListRow[] {
  return sopIds.map((id) => {
    const sop = catalogue[id];
    return { id, nomor: sop.nomor ?? null, nama: sop.nama, unit: sop.unit.unitKerja ?? null, steps: sop.steps.length };
  });
}

/** `sop-ap list`. */
export const command = defineCommand({
  name: 'list',
  summary: 'daftar SOP dalam katalog (id, nomor, nama, jumlah langkah)',
  usage: '[--json]',
  description: ['Menampilkan setiap SOP dalam katalog: id, nomor, nama dan jumlah langkah.'],
  options: {
    json: { type: 'boolean', help: 'keluaran JSON: larik objek { id, nomor, nama, unit, steps }' },
  },
  async run({ values }, io) {
    const rows = listRows();
    if (values.json === true) {
      io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout.write(
      table(
        ['ID', 'Nomor', 'Nama SOP', 'Langkah'],
        rows.map((r) => [r.id, r.nomor ?? '-', clip(r.nama, 60), String(r.steps)]),
        ['left', 'left', 'left', 'right'],
      ),
    );
    io.stdout.write(`\n${rows.length} SOP dalam katalog\n`);
    return EXIT.ok;
  },
});
