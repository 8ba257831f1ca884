import * as z from 'zod';
import { SopDefinitionError, type DefinitionIssue } from '../errors/index.js';
import type { RoleRegistry } from '../roles/index.js';
import { defineSop } from './define.js';
import { SopDefinitionSchema } from './schema.js';
import type { AnySopDefinition, SopDefinition } from './types.js';

/** The `$id` of the published JSON Schema of a definition (`sop-ap/schema.json`). */
export const SOP_JSON_SCHEMA_ID = 'https://sop-ap.dev/schema.json';

/**
 * The JSON Schema (draft 2020-12) of an SOP definition as an author writes it, generated
 * from the zod schema with `z.toJSONSchema` (input side: budgets as text such as
 * `"5 Menit"`, defaults optional). The package ships it as `sop-ap/schema.json`, so other
 * systems and editors can author and check SOPs; a definition file may name it in `$schema`.
 *
 * The JSON Schema checks the shape of each field. The graph checks (unique step ids, rework
 * targets before the decision, SETUJU and forward refusal targets after it, no unreachable
 * step) and the reading of budgets are made by {@link parseSopJson} / `defineSop`, as for a
 * definition written in TypeScript.
 *
 * @returns the schema as a plain JSON object
 *
 * @example
 * ```ts
 * import Ajv from 'ajv/dist/2020'
 * const validate = new Ajv().compile(sopJsonSchema())
 * validate(JSON.parse(text))
 * ```
 */
export function sopJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(SopDefinitionSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SOP_JSON_SCHEMA_ID,
    title: 'SOP AP definition (sop-ap)',
    description:
      'A Standar Operasional Prosedur Administrasi Pemerintahan as data: the identity section and the steps in document order. Generated from the zod schema of sop-ap; the graph checks (decision targets, reachability) are made by sop-ap when the file is loaded (sop-ap validate <file>).',
    ...rest,
  };
}

/**
 * A definition as a plain JSON value, the form a definition file takes: budgets written back
 * as the SOP wrote them (`"5 Menit"`), every other field as defined. Loading it again with
 * {@link parseSopJson} gives an equal definition.
 *
 * @param def - a definition (from `defineSop` or the catalogue)
 * @returns a JSON-serialisable object
 *
 * @example
 * ```ts
 * writeFileSync('sop.json', JSON.stringify(toSopJson(getSop('pendaftaran-narasumber')), null, 2))
 * ```
 */
export function toSopJson(def: AnySopDefinition): Record<string, unknown> {
  const steps = def.steps.map((s) => ({ ...s, waktu: s.waktu.text ?? { value: s.waktu.value, unit: s.waktu.unit } }));
  return JSON.parse(JSON.stringify({ ...def, steps })) as Record<string, unknown>;
}

/** Options of {@link parseSopJson}. */
export interface ParseSopJsonOptions<R extends string> {
  /** The file the text was read from, named in every problem. */
  readonly file?: string;
  /** The role catalogue performers are checked against; the built-in roles by default. */
  readonly roles?: RoleRegistry<R>;
}

/** The line and column of a character offset in a text (1-based). */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Reads a definition from JSON text (a definition file) and validates it with the same zod
 * schema and graph checks as `defineSop`. A `$schema` key is allowed and ignored.
 *
 * @param text - the file's text
 * @param options - `file`: the file name, named in every problem; `roles`: an extended role catalogue
 * @returns the frozen definition
 * @throws {@link SopDefinitionError} listing every problem, each naming the file, the SOP, the step and the field;
 *   text that is not JSON is one problem at the root, with its line and column
 *
 * @example
 * ```ts
 * const sop = parseSopJson(readFileSync('surat-tugas.json', 'utf8'), { file: 'surat-tugas.json' })
 * createSopMachine(sop)
 * ```
 */
export function parseSopJson<R extends string = string>(text: string, options: ParseSopJsonOptions<R> = {}): SopDefinition<string, string, R> {
  const file = options.file;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const where = at === null ? '' : ` (${lineColumn(text, Number(at[1]))})`;
    throw new SopDefinitionError([{ file, field: '(root)', message: `not valid JSON${where}: ${message}` }], { cause: e });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new SopDefinitionError([{ file, field: '(root)', message: 'a definition file holds one JSON object' }]);
  }
  const { $schema: _ignored, ...definition } = input as Record<string, unknown>;
  try {
    return defineSop(definition as never, options.roles === undefined ? {} : { roles: options.roles }) as never;
  } catch (e) {
    if (!(e instanceof SopDefinitionError) || file === undefined) throw e;
    const issues: DefinitionIssue[] = e.issues.map((i) => ({ ...i, file }));
    throw new SopDefinitionError(issues, { cause: e });
  }
}
