/**
 * Definitions from files: the published JSON Schema (generated from the zod schema), every
 * catalogue SOP serialised to JSON and checked by a real JSON Schema validator (ajv), the
 * round trip export → validate → load, and the errors of a broken file.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { compileFlow, expectedLeadTime, nominalLeadTime, parseSopJson, SopDefinitionError, sopJsonSchema, toSopJson, type AnySopDefinition } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { schemaText } from '../../docs/scripts/json-schema.js';
import { sopSurat } from './forward-fixture.js';
import { thrownIssues } from './issues.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(sopJsonSchema());
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown>; files: string[] };

/** compileFlow as plain data: every node's transitions and its step. */
const flowTable = (def: AnySopDefinition) => compileFlow(def).nodes.map((n) => ({ id: n.id, kind: n.kind, next: n.next, refuse: n.refuse, refusal: n.refusal, step: n.step }));

function problemsOf(text: string, file = 'sop.json') {
  return thrownIssues(() => parseSopJson(text, { file }), 'parseSopJson').map((i) => ({ file: i.file, stepId: i.stepId, field: i.field, message: i.message }));
}

describe('the published JSON Schema', () => {
  test('schema.json is what sopJsonSchema() generates (run npm run schema), and the package ships it as sop-ap/schema.json', () => {
    expect(readFileSync(new URL('../../schema.json', import.meta.url), 'utf8')).toBe(schemaText());
    expect(pkg.exports['./schema.json']).toBe('./schema.json');
    expect(pkg.files).toContain('schema.json');
    expect(sopJsonSchema()).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['id', 'nama', 'steps'] });
  });

  test.each(sopIds)('%s, serialised to JSON, validates against it', (id) => {
    const json = JSON.parse(JSON.stringify(toSopJson(catalogue[id])));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  test('it rejects what the zod schema rejects: a missing field, a bad refusal, an unknown role', () => {
    const good = toSopJson(sopSurat('ajukan')) as { steps: Record<string, unknown>[] };
    expect(validate(good)).toBe(true);
    const { nama: _n, ...noName } = good as Record<string, unknown>;
    expect(validate(noName)).toBe(false);
    const badRefusal = structuredClone(good);
    badRefusal.steps[1]!.decision = { tidakSetuju: { action: 'forward' } };
    expect(validate(badRefusal)).toBe(false);
    const badRole = structuredClone(good);
    badRole.steps[0]!.pelaksana = ['walikota'];
    expect(validate(badRole)).toBe(false);
  });
});

describe('round trip: export, validate, load', () => {
  test.each(sopIds)('%s: the same definition, compileFlow table and lead times', (id) => {
    const sop = catalogue[id];
    const text = JSON.stringify(toSopJson(sop), null, 2);
    expect(validate(JSON.parse(text))).toBe(true);
    const loaded = parseSopJson(text, { file: `${id}.json` });
    expect(loaded).toEqual(sop);
    expect(flowTable(loaded)).toEqual(flowTable(sop));
    expect(nominalLeadTime(loaded)).toEqual(nominalLeadTime(sop));
    expect(expectedLeadTime(loaded, { refusal: 0.2 })).toEqual(expectedLeadTime(sop, { refusal: 0.2 }));
  });

  test('a forward refusal survives the trip', () => {
    const loaded = parseSopJson(JSON.stringify(toSopJson(sopSurat('proses'))));
    expect(compileFlow(loaded).byId.get('putuskan')).toMatchObject({ refusal: 'forward', refuse: 'kirim-surat' });
  });

  test('a $schema key is allowed and ignored', () => {
    const json = { $schema: './node_modules/sop-ap/schema.json', ...toSopJson(sopSurat('ajukan')) };
    expect(validate(json)).toBe(true);
    expect(parseSopJson(JSON.stringify(json))).toEqual(sopSurat('ajukan'));
  });
});

describe('a broken definition file', () => {
  test('every problem names the file, the step and the field (schema and graph checks)', () => {
    const json = toSopJson(sopSurat('ajukan')) as { steps: Record<string, unknown>[] };
    json.steps[2]!.waktu = 'setengah hari';
    json.steps[1]!.decision = { tidakSetuju: { action: 'forward', to: 'ajukan' } };
    const schemaProblems = problemsOf(JSON.stringify(json));
    expect(schemaProblems).toHaveLength(1);
    expect(schemaProblems[0]).toMatchObject({ file: 'sop.json', stepId: 'proses', field: 'steps.2.waktu' });
    json.steps[2]!.waktu = '1 Jam';
    expect(problemsOf(JSON.stringify(json))).toEqual([
      {
        file: 'sop.json',
        stepId: 'putuskan',
        field: 'steps.1.decision.tidakSetuju.to',
        message: "the forward refusal target 'ajukan' must come after the decision (a refusal that goes back is a rework)",
      },
    ]);
  });

  test('the message names the file first, in both languages', () => {
    const json = toSopJson(sopSurat('ajukan')) as { steps: Record<string, unknown>[] };
    json.steps[0]!.pelaksana = ['walikota'];
    try {
      parseSopJson(JSON.stringify(json), { file: 'dinas/surat.json' });
      throw new Error('accepted');
    } catch (e) {
      const err = e as SopDefinitionError;
      expect(err.message).toMatch(/^file 'dinas\/surat\.json', SOP 'sop-surat-jawaban', step 'ajukan', field 'steps\.0\.pelaksana\.0': /);
      expect(err.localized('id')).toMatch(/^berkas 'dinas\/surat\.json', SOP 'sop-surat-jawaban', langkah 'ajukan', isian 'steps\.0\.pelaksana\.0': /);
    }
  });

  test('text that is not JSON, or not an object, is one problem at the root', () => {
    expect(problemsOf('{ "id": "x",\n  "nama": }')).toEqual([{ file: 'sop.json', stepId: undefined, field: '(root)', message: expect.stringMatching(/^not valid JSON.*Unexpected token/) }]);
    expect(problemsOf('[1, 2]')[0]?.message).toBe('a definition file holds one JSON object');
  });
});
