import { describe, expect, it } from 'vitest';
import { laneOrder, renderHtml, RenderError, SopError } from 'sop-ap';
import { izin, suratTugas } from './fixtures.js';

describe('laneOrder', () => {
  it('orders lanes by first appearance and names them from the role catalogue', () => {
    expect(laneOrder(suratTugas)).toEqual([
      { role: 'kepala-dinas', name: 'Kepala Dinas' },
      { role: 'kasubbag-tu', name: 'Kepala Sub Bagian Tata Usaha/Umpar' },
      { role: 'kepala-bidang', name: 'Kepala Bidang' },
    ]);
  });

  it('takes an explicit order, as a paper original has it', () => {
    const lanes = ['kasubbag-tu', 'kepala-bidang', 'kepala-dinas'];
    expect(laneOrder(suratTugas, { lanes }).map((l) => l.role)).toEqual(lanes);
    const html = renderHtml(suratTugas, { lanes });
    expect([...html.matchAll(/<th data-lane="([^"]+)"/g)].map((m) => m[1])).toEqual(lanes);
  });

  it('refuses an order that leaves out a performer, naming SOP, step and option', () => {
    const err = (() => {
      try {
        laneOrder(izin, { lanes: ['pemohon', 'kepala-sub-bidang', 'kepala-bidang', 'fungsional-umum'] });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(RenderError);
    expect(err).toBeInstanceOf(SopError);
    expect(err).toMatchObject({ code: 'INVALID_RENDER_OPTION', sopId: 'izin-sederhana', stepId: 'periksa', field: 'lanes' });
    expect((err as RenderError).message).toBe(
      "SOP 'izin-sederhana', step 'periksa', field 'lanes': invalid rendering option: the performer 'pendamping-plut' of step 2 has no lane",
    );
    expect((err as RenderError).localized('id')).toContain('opsi tampilan tidak sah');
  });

  it('refuses a role named twice or one that performs nothing', () => {
    expect(() => laneOrder(suratTugas, { lanes: ['kepala-dinas', 'kepala-dinas', 'kasubbag-tu', 'kepala-bidang'] })).toThrow(/named twice/);
    expect(() => laneOrder(suratTugas, { lanes: ['kepala-dinas', 'kasubbag-tu', 'kepala-bidang', 'sekretaris'] })).toThrow(/performs no step/);
  });
});
