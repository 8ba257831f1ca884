/**
 * A refusal that goes forward: TIDAK SETUJU continues to a later step, and the case ends as
 * `ditolak` when that path finishes. Schema and graph checks, the flow table and its
 * transition rule, and scenarios on the machine.
 */
import { createActor } from 'xstate';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  advance,
  calendar24x7,
  compileFlow,
  createSopMachine,
  defineSop,
  dispatch,
  replayFlow,
  serviceTime,
  type SopStep,
} from 'sop-ap';
import { sopSurat } from './forward-fixture.js';
import { issuesOf } from './issues.js';

const T0 = Date.parse('2026-01-05T00:00:00Z');
const MIN = 60_000;

/** The fixture's input with step 2's refusal replaced. */
function withRefusal(tidakSetuju: unknown) {
  const sop = sopSurat('ajukan');
  const steps = sop.steps.map((s) => ({ ...s, waktu: s.waktu.text }));
  steps[1] = { ...steps[1]!, decision: { tidakSetuju } as never };
  return { id: sop.id, nama: sop.nama, steps };
}

describe('the definition', () => {
  test('a forward refusal must go to a step after the decision', () => {
    expect(issuesOf(withRefusal({ action: 'forward', to: 'ajukan' }))).toEqual([
      {
        stepId: 'putuskan',
        field: 'steps.1.decision.tidakSetuju.to',
        message: "the forward refusal target 'ajukan' must come after the decision (a refusal that goes back is a rework)",
      },
    ]);
    expect(issuesOf(withRefusal({ action: 'forward', to: 'putuskan' }))[0]?.field).toBe('steps.1.decision.tidakSetuju.to');
    expect(issuesOf(withRefusal({ action: 'forward', to: 'surat' }))).toEqual([
      { stepId: 'putuskan', field: 'steps.1.decision.tidakSetuju.to', message: "the forward refusal target 'surat' is not a step" },
    ]);
    expect(issuesOf(withRefusal({ action: 'forward' }))[0]?.field).toBe('steps.1.decision.tidakSetuju.to');
  });

  test('a step reached only by a forward refusal is reachable', () => {
    const sop = defineSop({
      id: 'lompat',
      nama: 'Lompat',
      steps: [
        { id: 'a', label: '1', uraian: 'Putuskan', pelaksana: ['kepala-bidang'], waktu: '5 Menit', decision: { setuju: 'c', tidakSetuju: { action: 'forward', to: 'b' } } },
        { id: 'b', label: '2', uraian: 'Surat penolakan', pelaksana: ['kasubbag-tu'], waktu: '5 Menit' },
        { id: 'c', label: '3', uraian: 'Arsip', pelaksana: ['kasubbag-tu'], waktu: '5 Menit' },
      ],
    });
    expect(compileFlow(sop).nodes.map((n) => [n.id, n.next, n.refuse, n.refusal])).toEqual([
      ['a', 'c', 'b', 'forward'],
      ['b', 'c', undefined, undefined],
      ['c', 'selesai', undefined, undefined],
    ]);
  });

  test('the step type carries the forward refusal', () => {
    type D = NonNullable<SopStep<'a' | 'b'>['decision']>['tidakSetuju'];
    expectTypeOf<Extract<D, { action: 'forward' }>>().toEqualTypeOf<{ readonly action: 'forward'; readonly to: 'a' | 'b' }>();
  });
});

describe('the flow table and its transition rule', () => {
  const flow = compileFlow(sopSurat('ajukan'));
  const node = (id: string) => flow.byId.get(id)!;

  test('the forward refusal is visible in the table', () => {
    expect(flow.nodes.map((n) => [n.id, n.kind, n.next, n.refuse, n.refusal])).toEqual([
      ['ajukan', 'task', 'putuskan', undefined, undefined],
      ['putuskan', 'decision', 'proses', 'kirim-surat', 'forward'],
      ['proses', 'task', 'kirim-surat', undefined, undefined],
      ['kirim-surat', 'decision', 'arsip', 'ajukan', 'rework'],
      ['arsip', 'task', 'selesai', undefined, undefined],
    ]);
    expect(flow.canRefuse).toBe(true);
    expect(flow.refusesForward).toBe(true);
  });

  test('advance: the refusal stays pending along its path and decides the end', () => {
    expect(advance(flow, node('putuskan'), 'TIDAK_SETUJU', undefined)).toEqual({ at: 'kirim-surat', refusedAt: 'putuskan' });
    expect(advance(flow, node('kirim-surat'), 'SETUJU', 'putuskan')).toEqual({ at: 'arsip', refusedAt: 'putuskan' });
    expect(advance(flow, node('arsip'), 'SELESAI', 'putuskan')).toEqual({ at: 'ditolak', refusedAt: 'putuskan' });
    expect(advance(flow, node('arsip'), 'SELESAI', undefined)).toEqual({ at: 'selesai', refusedAt: undefined });
  });

  test('advance: a rework back to (or before) the refusing decision undoes the refusal; one after it does not', () => {
    expect(advance(flow, node('kirim-surat'), 'TIDAK_SETUJU', 'putuskan')).toEqual({ at: 'ajukan', refusedAt: undefined });
    const later = compileFlow(sopSurat('proses'));
    expect(advance(later, later.byId.get('kirim-surat')!, 'TIDAK_SETUJU', 'putuskan')).toEqual({ at: 'proses', refusedAt: 'putuskan' });
  });

  test('replayFlow reads the position from recorded answers, skipping the open visit', () => {
    expect(
      replayFlow(flow, [
        { stepId: 'ajukan', event: 'SELESAI' },
        { stepId: 'putuskan', event: 'TIDAK_SETUJU' },
        { stepId: 'kirim-surat', event: undefined },
      ]),
    ).toEqual({ at: 'kirim-surat', refusedAt: 'putuskan' });
    expect(replayFlow(flow, [])).toEqual({ at: 'ajukan', refusedAt: undefined });
  });
});

type Answer = 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU';
type Role = 'pemohon' | 'kepala-bidang' | 'kasubbag-tu';

/** Plays lines on a case of the fixture, 10 minutes apart, each accepted. */
function play(reworkTo: 'ajukan' | 'proses', lines: readonly (readonly [Answer, Role])[]) {
  let now = T0;
  const machine = createSopMachine(sopSurat(reworkTo), { calendar: calendar24x7, clock: () => now });
  const actor = createActor(machine, { input: { caseId: 'SURAT-1' } }).start();
  for (const [type, role] of lines) {
    now += 10 * MIN;
    const r = dispatch(actor, { type, actor: { role } });
    expect(r, `${type} by ${role}`).toEqual({ accepted: true });
  }
  return { machine, actor };
}

const REFUSED_AT_2: readonly (readonly [Answer, Role])[] = [
  ['SELESAI', 'pemohon'],
  ['TIDAK_SETUJU', 'kepala-bidang'],
];

describe('the machine', () => {
  test('refused at row 2: the case goes on to the letter and ends ditolak when its path finishes', () => {
    const { actor } = play('ajukan', REFUSED_AT_2);
    expect(actor.getSnapshot().value).toBe('kirim-surat');
    const running = serviceTime(actor.getSnapshot());
    expect([running.status, running.refusedAt]).toEqual(['berjalan', 'putuskan']);
    const more = play('ajukan', [...REFUSED_AT_2, ['SETUJU', 'kasubbag-tu'], ['SELESAI', 'kasubbag-tu']]).actor;
    const snap = more.getSnapshot();
    expect([snap.value, snap.status]).toEqual(['ditolak', 'done']);
    expect(snap.context.visits.map((v) => [v.stepId, v.event])).toEqual([
      ['ajukan', 'SELESAI'],
      ['putuskan', 'TIDAK_SETUJU'],
      ['kirim-surat', 'SETUJU'],
      ['arsip', 'SELESAI'],
    ]);
    expect(snap.output).toMatchObject({ outcome: 'ditolak', refusedAt: 'putuskan', reworks: 0, totalMinutes: 40 });
    expect(serviceTime(snap)).toMatchObject({ status: 'ditolak', refusedAt: 'putuskan' });
  });

  test('approved at row 2: the same last step ends selesai', () => {
    const { actor } = play('ajukan', [
      ['SELESAI', 'pemohon'],
      ['SETUJU', 'kepala-bidang'],
      ['SELESAI', 'kasubbag-tu'],
      ['SETUJU', 'kasubbag-tu'],
      ['SELESAI', 'kasubbag-tu'],
    ]);
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('selesai');
    expect(snap.output).toMatchObject({ outcome: 'selesai' });
    expect(snap.output).not.toHaveProperty('refusedAt');
    expect(serviceTime(snap).refusedAt).toBeUndefined();
  });

  test('a rework back before the refusing decision undoes the refusal: decided again, approved, selesai', () => {
    const { actor } = play('ajukan', [
      ...REFUSED_AT_2,
      ['TIDAK_SETUJU', 'kasubbag-tu'],
      ['SELESAI', 'pemohon'],
      ['SETUJU', 'kepala-bidang'],
      ['SELESAI', 'kasubbag-tu'],
      ['SETUJU', 'kasubbag-tu'],
      ['SELESAI', 'kasubbag-tu'],
    ]);
    expect(actor.getSnapshot().output).toMatchObject({ outcome: 'selesai' });
    expect(actor.getSnapshot().output).not.toHaveProperty('refusedAt');
  });

  test('a rework to a step after the refusing decision keeps the refusal: ditolak', () => {
    const { actor } = play('proses', [
      ...REFUSED_AT_2,
      ['TIDAK_SETUJU', 'kasubbag-tu'],
      ['SELESAI', 'kasubbag-tu'],
      ['SETUJU', 'kasubbag-tu'],
      ['SELESAI', 'kasubbag-tu'],
    ]);
    expect(actor.getSnapshot().output).toMatchObject({ outcome: 'ditolak', refusedAt: 'putuskan' });
  });

  test('a case restored on the refusal path still ends ditolak (the outcome is read from its visits)', () => {
    const { machine, actor } = play('ajukan', REFUSED_AT_2);
    const persisted = actor.getPersistedSnapshot();
    const restored = createActor(machine, { snapshot: persisted }).start();
    restored.send({ type: 'SETUJU', actor: { role: 'kasubbag-tu' }, at: T0 + 30 * MIN });
    restored.send({ type: 'SELESAI', actor: { role: 'kasubbag-tu' }, at: T0 + 40 * MIN });
    expect(restored.getSnapshot().value).toBe('ditolak');
  });

  test('on the refusal path the steps keep their performers', () => {
    const { actor } = play('ajukan', REFUSED_AT_2);
    const r = dispatch(actor, { type: 'SETUJU', actor: { role: 'pemohon' } });
    expect(r.accepted ? undefined : r.refusal.reason).toBe('WRONG_ROLE');
  });
});
