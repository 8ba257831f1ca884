import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance } from 'sop-ap';
import { wib } from './helpers.js';

// Hand-computed optimal alignments (log move 1, model move 1, synchronous move 0) and the
// standard fitness 1 − cost / (events + shortest complete run of the SOP).
const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');
// SK: 1 → 2 → 3 → 4 (SETUJU → 5, TIDAK SETUJU → 3) → 5 → 6 → 7; shortest complete run: 7 steps
const SK_ROLES: Record<string, string> = { '1': 'Kadis', '2': 'Kabid', '3': 'Kasubbag TU', '4': 'Kabid', '5': 'Kadis', '6': 'Kabid', '7': 'Tim Kerja' };
/** A case from steps like `4✗`, `4✓`, `4` (no decision), a few minutes apart. */
function skCase(steps: string[]) {
  return steps.map((s, i) => {
    const label = s.replace(/[✓✗]/, '');
    const decision = s.endsWith('✓') ? 'setuju' : s.endsWith('✗') ? 'tidak setuju' : undefined;
    return { case: 'A', step: label, role: SK_ROLES[label] ?? 'Kadis', completed_at: wib(`08:${String(i * 2).padStart(2, '0')}`), line: i + 2, ...(decision ? { decision } : {}) };
  });
}
const check = (rows: object[], allowIncomplete = false) => checkConformance(sk, rows, { calendar: calendar24x7, allowIncomplete }).cases[0]!;
const trail = (c: ReturnType<typeof check>) => c.steps.map((s) => `${s.label}${s.source === 'assumed' ? '?' : ''}`);
const kinds = (c: ReturnType<typeof check>) => c.deviations.map((d) => `${d.kind}@${d.label ?? d.step}`);

describe('hand-computed alignments on Pembuatan SK Tim Kerja', () => {
  it('a skip: 1 2 4✓ 5 6 7 aligns with one model move on 3; cost 1, fitness 1 − 1/(6 + 7)', () => {
    const c = check(skCase(['1', '2', '4✓', '5', '6', '7']));
    expect(trail(c)).toEqual(['1', '2', '3?', '4', '5', '6', '7']);
    expect(c.cost).toBe(1);
    expect(c.fitness).toBeCloseTo(12 / 13, 12);
    expect(kinds(c)).toEqual(['skipped-step@3']);
    expect(c.deviations[0]!.line).toBe(4);
  });

  it('a swap: 1 2 3 4✓ 5 7 6 is one out-of-order (not a skip plus an out-of-order); cost 2 (one log and one model move)', () => {
    const c = check(skCase(['1', '2', '3', '4✓', '5', '7', '6']));
    expect(c.cost).toBe(2);
    expect(c.fitness).toBeCloseTo(1 - 2 / (7 + 7), 12);
    expect(c.deviations).toHaveLength(1);
    expect(c.deviations[0]!.kind).toBe('out-of-order');
    expect(['6', '7']).toContain(c.deviations[0]!.label);
    expect(c.status).toBe('selesai');
  });

  it('a swap in the middle: 1 3 2 4✓ 5 6 7 is one out-of-order too', () => {
    const c = check(skCase(['1', '3', '2', '4✓', '5', '6', '7']));
    expect(c.cost).toBe(2);
    expect(kinds(c)).toHaveLength(1);
    expect(c.deviations[0]!.kind).toBe('out-of-order');
  });

  it('a double rework with both refusals logged: cost 0, fitness 1, conformant, two reworks of 3 and of 4', () => {
    const c = check(skCase(['1', '2', '3', '4✗', '3', '4✗', '3', '4✓', '5', '6', '7']));
    expect(c).toMatchObject({ cost: 0, fitness: 1, conformant: true, status: 'selesai', deviations: [] });
    expect(c.reworks).toEqual({ 'susun-surat-tugas': 2, 'koreksi-konsep-surat': 2 });
    expect(c.steps.filter((s) => s.step === 'koreksi-konsep-surat').map((s) => s.decision)).toEqual(['tidak-setuju', 'tidak-setuju', 'setuju']);
  });

  it('a double rework with the second refusal unlogged: still cost 0 and fitness 1, but a missing decision at that step 4 (line 7)', () => {
    const c = check(skCase(['1', '2', '3', '4✗', '3', '4', '3', '4✓', '5', '6', '7']));
    expect(c).toMatchObject({ cost: 0, fitness: 1, conformant: false });
    expect(c.deviations.map((d) => [d.kind, d.label, d.line, d.expected])).toEqual([['missing-decision', '4', 7, 'tidak-setuju']]);
    expect(c.deviations[0]!.pesan).toBe('Langkah 4 (Kepala Bidang) mengembalikan kasus ke langkah 3 tanpa keputusan tidak setuju yang tercatat');
  });

  it('an incomplete case counts every missing step: step 1 alone costs 6 (0.25), steps 1 and 7 cost 5 (4/9)', () => {
    const one = check(skCase(['1']));
    expect(one).toMatchObject({ cost: 6, status: 'berjalan', currentStep: 'perintah-kasubbag-tu' });
    expect(one.fitness).toBeCloseTo(1 - 6 / (1 + 7), 12);
    expect(kinds(one)).toEqual(['incomplete-case@2']);
    const both = check(skCase(['1', '7']));
    expect(both.cost).toBe(5);
    expect(both.fitness).toBeCloseTo(1 - 5 / (2 + 7), 12);
    expect(kinds(both)).toEqual(['skipped-step@2', 'skipped-step@3', 'skipped-step@4', 'skipped-step@5', 'skipped-step@6']);
    expect(both.fitness).toBeGreaterThan(one.fitness);
  });

  it('an incomplete case with allowIncomplete: the prefix aligns at no cost', () => {
    const c = check(skCase(['1', '2', '3']), true);
    expect(c).toMatchObject({ cost: 0, conformant: true, status: 'berjalan', currentStep: 'koreksi-konsep-surat' });
  });
});

describe('the Perijinan log of the issue', () => {
  const sop = getSop('pelaksanaan-kegiatan-perijinan-kelembagaan');
  // 1 → 2 → 3 (TIDAK SETUJU → 2) → 4 (TIDAK SETUJU → 3) → 5 (TIDAK SETUJU → 4) → 6 → 7
  const roles = ['Ketua Tim Kerja', 'Anggota Tim Kerja', 'Ketua Tim Kerja', 'Kabid', 'Kadis', 'Kabid', 'Anggota Tim Kerja'];
  const log = ['1', '2', '3✓', '4✓', '3✓', '4✓', '5✓', '6', '7'].map((s, i) => {
    const label = s.replace('✓', '');
    return { case: 'P-1', step: label, role: roles[Number(label) - 1]!, completed_at: wib(`08:${String(i * 3).padStart(2, '0')}`), line: i + 2, ...(s.endsWith('✓') ? { decision: 'setuju' } : {}) };
  });
  const c = checkConformance(sop, log, { calendar: calendar24x7 }).cases[0]!;

  it('the control flow fits exactly: 4 refused (back to 3) and the second round approved; cost 0, fitness 1', () => {
    expect(c).toMatchObject({ cost: 0, fitness: 1, status: 'selesai' });
    expect(c.steps.map((s) => `${s.label}${s.decision === 'tidak-setuju' ? '✗' : s.decision === 'setuju' ? '✓' : ''}`)).toEqual(['1', '2', '3✓', '4✗', '3✓', '4✓', '5✓', '6', '7']);
  });

  it('one contradicted decision, at the first step 4 (the Kepala Bidang), none at step 5; one rework (3 and 4 visited twice)', () => {
    expect(c.deviations.map((d) => [d.kind, d.step, d.line])).toEqual([['contradicted-decision', 'koreksi-kabid', 5]]);
    expect(c.deviations[0]!.pesan).toBe('Langkah 4 (Kepala Bidang) tercatat "setuju", tetapi kasus berlanjut seperti setelah tidak setuju (ke langkah 3)');
    expect(c.deviations[0]!.message).toBe('Step 4 (Kepala Bidang) is logged as "setuju", but the case went on as after tidak setuju (to step 3)');
    expect(c.reworks).toEqual({ 'verifikasi-ketua': 1, 'koreksi-kabid': 1 });
    expect(c.conformant).toBe(false);
  });
});

describe('data-aware checks do not lower fitness', () => {
  it('a wrong performer and a Plt. with no own role: fitness 1, not conformant', () => {
    const rows = skCase(['1', '2', '3', '4✓', '5', '6', '7']);
    rows[1] = { ...rows[1]!, role: 'Kadis' };
    rows[4] = { ...rows[4]!, role: 'Plt. Kepala Dinas' };
    const c = check(rows);
    expect(c).toMatchObject({ fitness: 1, cost: 0, conformant: false });
    expect(kinds(c)).toEqual(['wrong-performer@2', 'acting-without-role@5']);
    expect(c.deviations[1]!.pesan).toBe('Langkah 5 dilaksanakan oleh Plt. Kepala Dinas tanpa peran sendiri yang tercatat');
  });

  it('a Plh. with an own role (acting_as) performs the step the judge lets the acted-for role perform', () => {
    const rows = skCase(['1', '2', '3', '4✓', '5', '6', '7']);
    rows[4] = { ...rows[4]!, role: 'Sekretaris', acting_as: 'Plh. Kepala Dinas' } as (typeof rows)[number];
    expect(check(rows)).toMatchObject({ conformant: true, deviations: [] });
  });
});
