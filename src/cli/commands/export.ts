/**
 * `sop-ap export <id|file> --format json [-o file]`: an SOP as a definition file, a starting
 * point for an agency's own SOP.
 */
import { toSopJson } from 'sop-ap';
import { cliError, defineCommand } from '../args.js';
import { EXIT } from '../command.js';
import { writeOutputFile } from '../files.js';
import { findSop } from '../shared.js';

/** `sop-ap export`. */
export const command = defineCommand({
  name: 'export',
  summary: 'menulis SOP sebagai berkas definisi JSON (titik awal SOP instansi sendiri)',
  usage: '<id|berkas.json> [--format json] [-o berkas]',
  description: [
    'Menulis definisi SOP sebagai JSON yang sah menurut sop-ap/schema.json: bagian identitas dan',
    'langkah-langkah, waktu seperti tertulis ("5 Menit"), catatan penafsiran di samping nilainya.',
    'Berkas itu dapat diubah, diperiksa dengan sop-ap validate, lalu dipakai di setiap perintah',
    'sebagai ganti id katalog.',
  ],
  options: {
    format: { type: 'string', short: 'f', value: 'F', help: 'json (satu-satunya; gambar dan BPMN: sop-ap render)' },
    output: { type: 'string', short: 'o', value: 'BERKAS', help: 'tulis ke berkas (bawaan: stdout)' },
  },
  positionals: [1, 1],
  examples: ['sop-ap export pendaftaran-narasumber --format json -o narsum.json', 'sop-ap lead-time narsum.json'],
  async run({ values, positionals }, io) {
    const format = values.format ?? 'json';
    if (format !== 'json') return cliError(this, io, 'CLI_INVALID_VALUE', { option: '--format', input: format, choices: 'json' }, true);
    const sop = findSop(this, positionals[0]!, io);
    if (!sop.ok) return sop.exit;
    const text = `${JSON.stringify(toSopJson(sop.value), null, 2)}\n`;
    if (values.output === undefined) {
      io.stdout.write(text);
      return EXIT.ok;
    }
    const written = await writeOutputFile(this, io, values.output, text);
    return written.ok ? EXIT.ok : written.exit;
  },
});
