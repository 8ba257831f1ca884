import { expect, test, expectTypeOf } from 'vitest';
import { defineSop, SopDefinitionError, resolveRole } from '../src/index.js';

test('smoke', () => {
  const sop = defineSop({
    id: 'surat-tugas',
    nama: 'X',
    steps: [
      { id: 'a', label: '1', uraian: 'u', pelaksana: ['kepala-dinas'], waktu: '5 Menit' },
      { id: 'b', label: '2', uraian: 'u', pelaksana: ['kasubbag-tu'], waktu: '2 jam', decision: { tidakSetuju: { action: 'rework', to: 'a' } } },
    ],
  });
  expectTypeOf(sop.steps[0]!.id).toEqualTypeOf<'a' | 'b'>();
  expect(sop.steps[1]!.waktu).toEqual({ value: 2, unit: 'jam', text: '2 jam' });
  expect(Object.isFrozen(sop.steps[1])).toBe(true);
  expect(resolveRole('Kabid')).toBe('kepala-bidang');
  try {
    defineSop({ id: 'x', nama: 'X', steps: [{ id: 'a', label: '1', uraian: 'u', pelaksana: ['kadis' as never], waktu: '5 minggu' }] });
  } catch (e) {
    expect(e).toBeInstanceOf(SopDefinitionError);
    expect((e as SopDefinitionError).issues.map((i) => i.field)).toEqual(['steps.0.pelaksana.0', 'steps.0.waktu']);
    expect((e as Error).message).toMatch(/SOP 'x', step 'a', field 'steps.0.pelaksana.0'/);
  }
});
