import { describe, expect, expectTypeOf, test } from 'vitest';
import { compileFlow, defaultRoles, defineSop, SopDefinitionError, type SopDefinitionInput } from 'sop-ap';
import { issuesOf } from './issues.js';

const base = {
  id: 'sop-contoh',
  nama: 'SOP Contoh',
  steps: [
    { id: 'konsep', label: '1', uraian: 'Membuat konsep', pelaksana: ['kasubbag-tu'], waktu: '25 Menit' },
    { id: 'koreksi', label: '2', uraian: 'Mengoreksi', pelaksana: ['kepala-bidang'], waktu: '15 Menit', decision: { tidakSetuju: { action: 'rework', to: 'konsep' } } },
    { id: 'tanda-tangan', label: '3', uraian: 'Menandatangani', pelaksana: ['kepala-dinas'], waktu: '1 hari' },
  ],
} as const satisfies SopDefinitionInput;

const withSteps = (steps: unknown[]) => ({ ...base, steps });
const step = (i: number, patch: object) => ({ ...base.steps[i], ...patch });

describe('defineSop', () => {
  test('returns a frozen definition with budgets parsed and defaults filled', () => {
    const sop = defineSop(base);
    expect(sop.revision).toBe(0);
    expect(sop.dasarHukum).toEqual([]);
    expect(sop.steps[2]?.waktu).toEqual({ value: 1, unit: 'hari', text: '1 hari' });
    expect(Object.isFrozen(sop)).toBe(true);
    expect(Object.isFrozen(sop.steps[1]?.decision?.tidakSetuju)).toBe(true);
    expect(() => {
      (sop.steps as unknown as unknown[]).push({});
    }).toThrow();
    expectTypeOf(sop.id).toEqualTypeOf<'sop-contoh'>();
    expectTypeOf(sop.steps[0]!.id).toEqualTypeOf<'konsep' | 'koreksi' | 'tanda-tangan'>();
  });

  test('the flow table: next, refuse and the end', () => {
    const flow = compileFlow(defineSop(base));
    expect(flow.nodes.map((n) => [n.id, n.kind, n.next, n.refuse])).toEqual([
      ['konsep', 'task', 'koreksi', undefined],
      ['koreksi', 'decision', 'tanda-tangan', 'konsep'],
      ['tanda-tangan', 'task', 'selesai', undefined],
    ]);
    expect(flow.canRefuse).toBe(false);
  });

  test('a refusal that ends the case, and a SETUJU that jumps forward', () => {
    const sop = defineSop(
      withSteps([
        base.steps[0],
        step(1, { decision: { setuju: 'tanda-tangan', tidakSetuju: { action: 'end' } } }),
        step(2, { label: '3' }),
      ]) as never,
    );
    const flow = compileFlow(sop);
    expect(flow.byId.get('koreksi')).toMatchObject({ next: 'tanda-tangan', refuse: 'ditolak' });
    expect(flow.canRefuse).toBe(true);
  });
});

describe('defineSop refuses a malformed definition, naming the SOP, the step and the field', () => {
  test.each([
    ['an unknown role', withSteps([step(0, { pelaksana: ['kadis'] }), base.steps[1], base.steps[2]]), 'konsep', 'steps.0.pelaksana.0', /unknown role "kadis"/],
    ['no performer', withSteps([step(0, { pelaksana: [] }), base.steps[1], base.steps[2]]), 'konsep', 'steps.0.pelaksana', /too small|>=1/i],
    ['an unparseable budget', withSteps([step(0, { waktu: 'setengah hari' }), base.steps[1], base.steps[2]]), 'konsep', 'steps.0.waktu', /"setengah" is not a positive whole number/],
    ['a budget in weeks', withSteps([base.steps[0], step(1, { waktu: '5 minggu' }), base.steps[2]]), 'koreksi', 'steps.1.waktu', /"minggu" is not a unit/],
    ['a missing uraian', withSteps([base.steps[0], base.steps[1], step(2, { uraian: undefined })]), 'tanda-tangan', 'steps.2.uraian', /expected string/],
    ['a non-kebab step id', withSteps([step(0, { id: 'Konsep Surat' }), base.steps[1], base.steps[2]]), 'Konsep Surat', 'steps.0.id', /kebab-case/],
    ['a duplicate step id', withSteps([base.steps[0], base.steps[1], step(2, { id: 'konsep' })]), 'konsep', 'steps.2.id', /duplicate step id/],
    ['a reserved step id', withSteps([base.steps[0], base.steps[1], step(2, { id: 'selesai' })]), 'selesai', 'steps.2.id', /reserved/],
    ['a rework target that does not exist', withSteps([base.steps[0], step(1, { decision: { tidakSetuju: { action: 'rework', to: 'draf' } } }), base.steps[2]]), 'koreksi', 'steps.1.decision.tidakSetuju.to', /'draf' is not a step/],
    ['a rework target after the decision', withSteps([base.steps[0], step(1, { decision: { tidakSetuju: { action: 'rework', to: 'tanda-tangan' } } }), base.steps[2]]), 'koreksi', 'steps.1.decision.tidakSetuju.to', /must come before the decision/],
    ['a rework to the decision itself', withSteps([base.steps[0], step(1, { decision: { tidakSetuju: { action: 'rework', to: 'koreksi' } } }), base.steps[2]]), 'koreksi', 'steps.1.decision.tidakSetuju.to', /must come before/],
    ['a SETUJU going backwards', withSteps([base.steps[0], step(1, { decision: { setuju: 'konsep', tidakSetuju: { action: 'end' } } }), base.steps[2]]), 'koreksi', 'steps.1.decision.setuju', /must go forward/],
    ['an unknown refusal action', withSteps([base.steps[0], step(1, { decision: { tidakSetuju: { action: 'tolak' } } }), base.steps[2]]), 'koreksi', 'steps.1.decision.tidakSetuju.action', /invalid|expected/i],
  ])('%s', (_name, input, stepId, field, message) => {
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ stepId, field });
    expect(issues[0]?.message).toMatch(message);
  });

  test('an unreachable step', () => {
    const issues = issuesOf(
      withSteps([
        base.steps[0],
        step(1, { decision: { setuju: 'tanda-tangan', tidakSetuju: { action: 'end' } } }),
        { id: 'perbaiki', label: '3', uraian: 'Memperbaiki', pelaksana: ['fungsional-umum'], waktu: '5 menit' },
        step(2, { label: '4' }),
      ]),
    );
    expect(issues).toEqual([{ stepId: 'perbaiki', field: 'steps.2', message: 'the step cannot be reached from the first step' }]);
  });

  test('no steps, no id, not an object', () => {
    expect(issuesOf({ ...base, steps: [] })[0]).toMatchObject({ field: 'steps' });
    expect(issuesOf({ nama: 'x', steps: base.steps })[0]).toMatchObject({ field: 'id' });
    expect(issuesOf('sop')[0]).toMatchObject({ field: '(root)' });
  });

  test('every problem is listed and the message names the first one', () => {
    try {
      defineSop(withSteps([step(0, { pelaksana: ['kadis'] }), step(1, { waktu: '' }), base.steps[2]]) as never);
      expect.unreachable();
    } catch (e) {
      const err = e as SopDefinitionError;
      expect(err.issues.map((i) => i.field)).toEqual(['steps.0.pelaksana.0', 'steps.1.waktu']);
      expect(err.message).toMatch(/^SOP 'sop-contoh', step 'konsep', field 'steps.0.pelaksana.0': invalid SOP definition: unknown role "kadis"; .* \(and 1 more\)$/);
      expect(err.localized('id')).toMatch(/^SOP 'sop-contoh', langkah 'konsep', isian 'steps.0.pelaksana.0': definisi SOP tidak sah/);
    }
  });

  test('an extended role catalogue lets an agency use its own roles', () => {
    const roles = defaultRoles.extend({ 'kepala-upt': { name: 'Kepala UPT', abbreviations: ['Ka. UPT'], kind: 'struktural' } });
    const sop = defineSop(withSteps([step(0, { pelaksana: ['kepala-upt'] }), base.steps[1], base.steps[2]]) as never, { roles });
    expect(sop.steps[0]?.pelaksana).toEqual(['kepala-upt']);
    expect(issuesOf(withSteps([step(0, { pelaksana: ['kepala-upt'] }), base.steps[1], base.steps[2]]))[0]).toMatchObject({ field: 'steps.0.pelaksana.0' });
  });
});
