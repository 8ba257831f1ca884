import { getNextSnapshot } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, test } from 'vitest';
import { calendar24x7, compileFlow, createSopMachine, FINAL_STATES, replayFlow, ROLE_IDS, UnknownSopError } from 'sop-ap';
import { catalogue, getSop, isSopId, sopIds } from 'sop-ap/machines';

// The fifteen ids of shared/seeds/README.md, in its order.
const SEED_IDS = [
  'peningkatan-pelayanan-plut',
  'pelaksanaan-kegiatan-diklat',
  'permintaan-narasumber',
  'penyiapan-bahan-materi-diklat',
  'penyiapan-sarana-prasarana-diklat',
  'bimbingan-pendampingan-lapangan',
  'layanan-konsultasi-pasca-pelatihan',
  'pendaftaran-narasumber',
  'pelaksanaan-kegiatan-perijinan-kelembagaan',
  'pembuatan-sk-tim-kerja-bidang-3',
  'penugasan-kegiatan-bidang-3',
  'pelaksanaan-pelatihan-bimtek',
  'pelaporan-kegiatan-pelatihan-bimtek-bidang-3',
  'mekanisme-pelaporan-tim-kerja-bidang-3',
  'fasilitasi-narasumber',
];

test('the catalogue holds exactly the SOPs of the seeds, keyed by their ids', () => {
  expect(sopIds).toEqual(SEED_IDS);
  for (const id of SEED_IDS) {
    expect(isSopId(id)).toBe(true);
    expect(getSop(id).id).toBe(id);
    expect(catalogue[id as keyof typeof catalogue]).toBe(getSop(id));
  }
});

test('an unknown id fails clearly, naming the closest ids', () => {
  expect(() => getSop('permintaan-narsum')).toThrowError(UnknownSopError);
  expect(() => getSop('permintaan-narsum')).toThrowError(/no SOP 'permintaan-narsum' in the catalogue; did you mean: permintaan-narasumber/);
  expect(isSopId('toString')).toBe(false);
});

describe.each(SEED_IDS)('%s', (id) => {
  const sop = getSop(id);
  const flow = compileFlow(sop);
  const machine = createSopMachine(sop, { calendar: calendar24x7, clock: () => 0 });
  // A state is its step and the forward refusal pending there (the same step on the refusal path is another state).
  const byValue = {
    serializeState: (s: { value: unknown; context: { visits: Parameters<typeof replayFlow>[1] } }) => `${String(s.value)}|${replayFlow(flow, s.context.visits).refusedAt ?? ''}`,
  };
  // In every state, offer what each of the step's performers may send.
  const performerEvents = (s: { value: unknown }) => {
    const node = flow.byId.get(String(s.value));
    if (node === undefined) return [];
    const types = node.kind === 'task' ? (['SELESAI'] as const) : (['SETUJU', 'TIDAK_SETUJU'] as const);
    return node.step.pelaksana.flatMap((role) => types.map((type) => ({ type, actor: { role } })));
  };

  test('every step lies on a path of the machine that reaches a final state (xstate/graph)', () => {
    const paths = getSimplePaths(machine, { ...byValue, events: performerEvents } as never);
    const onFinalPaths = new Set<string>();
    const ends = new Set<string>();
    for (const p of paths) {
      if (p.state.status !== 'done') continue;
      ends.add(String(p.state.value));
      for (const s of p.steps) onFinalPaths.add(String(s.state.value));
    }
    expect([...onFinalPaths].filter((v) => flow.byId.has(v)).sort()).toEqual(sop.steps.map((s) => s.id).sort());
    expect([...ends].sort()).toEqual(flow.canRefuse ? [FINAL_STATES.refused, FINAL_STATES.done] : [FINAL_STATES.done]);
  });

  test('in every step only its performers move the case, and only with the event the step takes', () => {
    const paths = getShortestPaths(machine, { ...byValue, events: performerEvents } as never);
    let checked = 0;
    const steps = new Set<string>();
    for (const p of paths) {
      const node = flow.byId.get(String(p.state.value));
      if (node === undefined) continue;
      steps.add(node.id);
      for (const role of ROLE_IDS) {
        for (const type of ['SELESAI', 'SETUJU', 'TIDAK_SETUJU'] as const) {
          const next = getNextSnapshot(machine, p.state as never, { type, actor: { role } });
          const moved = next.context !== (p.state as { context: unknown }).context;
          const allowed = node.step.pelaksana.includes(role) && (node.kind === 'task') === (type === 'SELESAI');
          expect({ step: node.id, role, type, moved }).toEqual({ step: node.id, role, type, moved: allowed });
          checked++;
        }
      }
    }
    // every step, once per state of it (a step on a forward refusal's path is reached twice: refusal pending or not)
    expect([...steps].sort()).toEqual(sop.steps.map((s) => s.id).sort());
    expect(checked).toBe(paths.filter((p) => flow.byId.has(String(p.state.value))).length * ROLE_IDS.length * 3);
    expect(checked).toBeGreaterThanOrEqual(sop.steps.length * ROLE_IDS.length * 3);
  });

  test('notes are attached to real fields, and every link to another SOP points into the catalogue', () => {
    const fields = new Set(['id', 'label', 'uraian', 'pelaksana', 'kelengkapan', 'waktu', 'output', 'keterangan', 'seeAlso', 'decision', 'notes']);
    for (const s of sop.steps) {
      for (const n of s.notes ?? []) {
        expect(fields.has(n.field.split('.')[0]!), `${s.id}: note on '${n.field}'`).toBe(true);
        expect(n.text.length).toBeGreaterThan(10);
      }
    }
    for (const k of sop.keterkaitan) if (k.sopId !== undefined) expect(isSopId(k.sopId), k.text).toBe(true);
    for (const s of sop.steps) for (const ref of s.seeAlso ?? []) expect(isSopId(ref), `${s.id} seeAlso ${ref}`).toBe(true);
  });
});

test('the displaced signature fragments ("…AIDI, MM", "…JUNAI, MM") stay out of disahkanOleh, and their notes point to one another', () => {
  const ids = ['pelaksanaan-kegiatan-diklat', 'layanan-konsultasi-pasca-pelatihan', 'pendaftaran-narasumber'];
  for (const id of ids) {
    const sop = getSop(id);
    expect(sop.disahkanOleh, id).toBeUndefined();
    const text = sop.notes?.find((n) => n.field === 'disahkanOleh')?.text ?? '';
    for (const other of ids.filter((o) => o !== id)) expect(text, `${id} names ${other}`).toContain(other);
    expect(text).toMatch(/one signer/);
  }
});
