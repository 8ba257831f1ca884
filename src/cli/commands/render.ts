/**
 * `sop-ap render <id> [--format html|svg|mermaid|bpmn] [-o file] [--lanes a,b,c] [--catatan]
 * [--lambang file]`: the official SOP AP document, its flowchart, or an interchange format,
 * from the definition.
 */
import { extname } from 'node:path';
import { defaultRoles, renderBpmn, renderHtml, renderMermaid, renderSvg } from 'sop-ap';
import { cliError, defineCommand } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';
import { readInputFile, writeOutputFile } from '../files.js';
import { findSop, guard, type Lookup } from '../shared.js';

const FORMATS = ['html', 'svg', 'mermaid', 'bpmn'] as const;
type Format = (typeof FORMATS)[number];

/** The image type of a lambang file, from its first bytes (and, for SVG, its text). */
function imageType(bytes: Buffer, file: string): string | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if ((extname(file).toLowerCase() === '.svg' || bytes.subarray(0, 512).toString('utf8').trimStart().startsWith('<')) && /<svg[\s>]/.test(bytes.toString('utf8'))) return 'image/svg+xml';
  return undefined;
}

/** `--lambang`: a URI (`data:`, `https:` …, checked by `renderHtml`) as given, else a file embedded as a data URI. */
async function lambangOption(command: Command, io: CommandIO, value: string): Promise<Lookup<string>> {
  if (/^[a-z][a-z0-9+.-]+:/i.test(value.trim())) return { ok: true, value };
  const read = await readInputFile(command, io, value, null);
  if (!read.ok) return read;
  const type = imageType(read.value, value);
  if (type === undefined) return { ok: false, exit: cliError(command, io, 'CLI_NOT_AN_IMAGE', { file: value }) };
  return { ok: true, value: `data:${type};base64,${read.value.toString('base64')}` };
}

/** `sop-ap render`. */
export const command = defineCommand({
  name: 'render',
  summary: 'dokumen SOP AP (HTML/SVG), Mermaid atau BPMN 2.0 dari definisi',
  usage: '<id> [--format html|svg|mermaid|bpmn] [-o berkas] [--lanes peran,peran,…] [--catatan] [--lambang berkas]',
  description: [
    'Menghasilkan dari definisi SOP:',
    '  html     dokumen SOP AP (Permenpan RB 35/2012): identitas dan diagram alir, siap cetak A4 lanskap',
    '  svg      diagram alir saja, satu berkas SVG',
    '  mermaid  teks flowchart Mermaid untuk README/wiki',
    '  bpmn     BPMN 2.0 XML untuk bpmn.io, Camunda Modeler atau mesin BPMN',
  ],
  options: {
    format: { type: 'string', short: 'f', value: 'F', help: 'html (bawaan), svg, mermaid atau bpmn' },
    output: { type: 'string', short: 'o', value: 'BERKAS', help: 'tulis ke berkas (bawaan: stdout)' },
    lanes: { type: 'string', value: 'DAFTAR', help: 'urutan kolom pelaksana, dipisah koma (id atau nama peran, mis. "Kadis,Kabid")' },
    catatan: { type: 'boolean', help: 'html: tambahkan halaman catatan transkripsi (nilai yang disimpulkan, untuk pemeriksa)' },
    lambang: { type: 'string', value: 'BERKAS', help: 'html: lambang instansi di kepala dokumen (berkas SVG/PNG/JPEG, disematkan; atau URL)' },
  },
  positionals: [1, 1],
  examples: [
    'sop-ap render peningkatan-pelayanan-plut -o plut.html --lambang lambang-kalbar.svg',
    'sop-ap render permintaan-narasumber --format mermaid',
    'sop-ap render pendaftaran-narasumber --format bpmn -o pendaftaran.bpmn',
  ],
  async run({ values, positionals }, io) {
    const format = values.format ?? 'html';
    if (!(FORMATS as readonly string[]).includes(format)) {
      return cliError(this, io, 'CLI_INVALID_VALUE', { option: '--format', input: format, choices: FORMATS.join(', ') }, true);
    }
    for (const option of ['catatan', 'lambang'] as const) {
      if (values[option] !== undefined && format !== 'html') return cliError(this, io, 'CLI_OPTION_FOR_FORMAT', { option: `--${option}`, formats: 'html', format }, true);
    }
    const sop = findSop(this, positionals[0]!, io);
    if (!sop.ok) return sop.exit;
    let lanes: string[] | undefined;
    if (values.lanes !== undefined) {
      lanes = [];
      for (const text of values.lanes.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
        const role = guard(this, io, () => defaultRoles.resolve(text));
        if (!role.ok) return role.exit;
        lanes.push(role.value);
      }
    }
    let lambang: string | undefined;
    if (values.lambang !== undefined) {
      const l = await lambangOption(this, io, values.lambang);
      if (!l.ok) return l.exit;
      lambang = l.value;
    }
    const options = { lanes };
    const out = guard(this, io, () => {
      switch (format as Format) {
        case 'html':
          return renderHtml(sop.value, { ...options, catatan: values.catatan === true, lambang });
        case 'svg':
          return renderSvg(sop.value, options);
        case 'mermaid':
          return renderMermaid(sop.value, options);
        case 'bpmn':
          return renderBpmn(sop.value, options);
      }
    });
    if (!out.ok) return out.exit;
    const file = values.output;
    if (file === undefined) {
      io.stdout.write(out.value);
      return EXIT.ok;
    }
    const written = await writeOutputFile(this, io, file, out.value);
    if (!written.ok) return written.exit;
    io.stderr.write(`${format.toUpperCase()} ${sop.value.id} ditulis ke ${written.value}\n`);
    return EXIT.ok;
  },
});
