/**
 * `sop-ap validate <file> [--json]`: checks a definition file (JSON) with the same zod schema
 * and graph checks as `defineSop`, and lists every problem.
 */
import { SopDefinitionError, parseSopJson, type DefinitionIssue } from 'sop-ap';
import { defineCommand } from '../args.js';
import { EXIT } from '../command.js';
import { readDefinitionText } from '../definition-file.js';

/** One problem as the command prints it: `file: langkah 'x', isian 'y': message`. */
function problemLine(issue: DefinitionIssue, file: string): string {
  const where = [issue.stepId === undefined ? undefined : `langkah '${issue.stepId}'`, `isian '${issue.field ?? '(root)'}'`].filter((x) => x !== undefined);
  return `${file}: ${where.join(', ')}: ${issue.message}`;
}

/** `sop-ap validate`. */
export const command = defineCommand({
  name: 'validate',
  summary: 'memeriksa berkas definisi SOP (JSON): skema dan alur, dengan daftar masalahnya',
  usage: '<berkas.json> [--json]',
  description: [
    'Memeriksa berkas definisi SOP (JSON, skema: sop-ap/schema.json) dengan skema dan pemeriksaan',
    'alur yang sama dengan defineSop: setiap isian, waktu ("5 Menit"), peran pelaksana, id langkah',
    'yang unik, tujuan TIDAK SETUJU (perbaikan ke langkah sebelumnya, penolakan yang berlanjut ke',
    'langkah sesudahnya), tujuan SETUJU sesudah keputusan, tidak ada langkah yang tak terjangkau.',
    'Setiap masalah menyebut berkas, langkah dan isian.',
  ],
  options: {
    json: { type: 'boolean', help: 'keluaran JSON { file, valid, id?, steps?, problems: [{ stepId?, field, message }] }' },
  },
  positionals: [1, 1],
  notes: ['Kode keluar: 0 sah; 1 ada masalah (semuanya dicantumkan); 2 argumen salah atau berkas tidak terbaca.'],
  examples: ['sop-ap export pendaftaran-narasumber --format json -o narsum.json', 'sop-ap validate narsum.json'],
  async run({ values, positionals }, io) {
    const file = positionals[0]!;
    const text = readDefinitionText(this, file, io);
    if (!text.ok) return text.exit;
    let problems: readonly DefinitionIssue[] = [];
    let summary: { id: string; steps: number } | undefined;
    try {
      const sop = parseSopJson(text.value, { file });
      summary = { id: sop.id, steps: sop.steps.length };
    } catch (e) {
      if (!(e instanceof SopDefinitionError)) throw e;
      problems = e.issues;
    }
    if (values.json === true) {
      const list = problems.map((p) => ({ ...(p.stepId === undefined ? {} : { stepId: p.stepId }), field: p.field ?? '(root)', message: p.message }));
      io.stdout.write(`${JSON.stringify({ file, valid: summary !== undefined, ...summary, problems: list }, null, 2)}\n`);
    } else if (summary !== undefined) {
      io.stdout.write(`${file}: sah: SOP '${summary.id}', ${summary.steps} langkah\n`);
    } else {
      io.stdout.write(`${problems.map((p) => problemLine(p, file)).join('\n')}\n${file}: ${problems.length} masalah\n`);
    }
    return summary !== undefined ? EXIT.ok : EXIT.failure;
  },
});
