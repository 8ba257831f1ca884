/**
 * `sop-ap render <id> [--format html|svg|mermaid|bpmn] [-o file] [--lanes a,b,c]`: the
 * official SOP AP document, its flowchart, or an interchange format, from the definition.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultRoles, renderBpmn, renderHtml, renderMermaid, renderSvg } from 'sop-ap';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { findSop, guard } from '../shared.js';

const FORMATS = ['html', 'svg', 'mermaid', 'bpmn'] as const;
type Format = (typeof FORMATS)[number];

/** `sop-ap render`. */
export const command: Command = {
  name: 'render',
  summary: 'dokumen SOP AP (HTML/SVG), Mermaid atau BPMN 2.0 dari definisi',
  help: [
    'Penggunaan: sop-ap render <id> [--format html|svg|mermaid|bpmn] [-o berkas] [--lanes peran,peran,…]',
    '',
    'Menghasilkan dari definisi SOP:',
    '  html     dokumen SOP AP (Permenpan RB 35/2012): identitas dan diagram alir, siap cetak A4 lanskap',
    '  svg      diagram alir saja, satu berkas SVG',
    '  mermaid  teks flowchart Mermaid untuk README/wiki',
    '  bpmn     BPMN 2.0 XML untuk bpmn.io, Camunda Modeler atau mesin BPMN',
    '',
    'Opsi:',
    '  -f, --format <f>    html (bawaan), svg, mermaid atau bpmn',
    '  -o, --output <f>    tulis ke berkas (bawaan: stdout)',
    '  --lanes <daftar>    urutan kolom pelaksana, dipisah koma (id atau nama peran, mis. "Kadis,Kabid")',
    '  -h, --help          bantuan ini',
    '',
    'Contoh:',
    '  sop-ap render peningkatan-pelayanan-plut -o plut.html',
    '  sop-ap render permintaan-narasumber --format mermaid',
    '  sop-ap render pendaftaran-narasumber --format bpmn -o pendaftaran.bpmn',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(
      this,
      args,
      {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        lanes: { type: 'string' },
      },
      io,
      [1, 1],
    );
    if (!parsed.ok) return parsed.exit;
    const format = (parsed.values.format ?? 'html') as string;
    if (!(FORMATS as readonly string[]).includes(format)) {
      return usageError(this, io, `format '${format}' tidak dikenal (pilihan: ${FORMATS.join(', ')})`);
    }
    const sop = findSop(this, parsed.positionals[0]!, io);
    if (!sop.ok) return sop.exit;
    let lanes: string[] | undefined;
    if (parsed.values.lanes !== undefined) {
      lanes = [];
      for (const text of parsed.values.lanes.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
        const role = defaultRoles.tryResolve(text);
        if (role === undefined) return usageError(this, io, `peran '${text}' tidak dikenal`);
        lanes.push(role);
      }
    }
    const options = { lanes };
    const out = guard(this, io, () => {
      switch (format as Format) {
        case 'html':
          return renderHtml(sop.value, options);
        case 'svg':
          return renderSvg(sop.value, options);
        case 'mermaid':
          return renderMermaid(sop.value, options);
        case 'bpmn':
          return renderBpmn(sop.value, options);
      }
    });
    if (!out.ok) return out.exit;
    const file = parsed.values.output;
    if (file === undefined) {
      io.stdout.write(out.value);
      return EXIT.ok;
    }
    const path = resolve(io.cwd, file);
    writeFileSync(path, out.value);
    io.stderr.write(`${format.toUpperCase()} ${sop.value.id} ditulis ke ${path}\n`);
    return EXIT.ok;
  },
};
