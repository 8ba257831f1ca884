import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { calendar24x7, createSopMachine, dispatch, serviceTime, startCase, validateSnapshot, SnapshotError, type SopRefusedEvent } from 'sop-ap';
import { sopUji } from './fixture.js';

const T0 = Date.parse('2026-01-05T00:00:00Z');
const MIN = 60_000;

/** A case of the test SOP on a simulated clock that each line moves forward. */
function kasus() {
  let now = T0;
  const machine = createSopMachine(sopUji, { calendar: calendar24x7, clock: () => now });
  const actor = createActor(machine, { input: { caseId: 'UJI-1' } }).start();
  const refused: SopRefusedEvent[] = [];
  actor.on('sop.refused', (e) => refused.push(e));
  const after = (minutes: number) => {
    now += minutes * MIN;
  };
  return { machine, actor, refused, after, now: () => now };
}

type Line = readonly ['SELESAI' | 'SETUJU' | 'TIDAK_SETUJU', Parameters<ReturnType<typeof kasus>['actor']['send']>[0]['actor']['role']];
/** Steps 1–4 of the test SOP, every decision SETUJU: the case then waits at the Kepala Dinas's telaah. */
const SAMPAI_TELAAH: readonly Line[] = [
  ['SELESAI', 'ketua-tim-kerja'],
  ['SELESAI', 'anggota-tim-kerja'],
  ['SETUJU', 'ketua-tim-kerja'],
  ['SETUJU', 'kepala-bidang'],
];
/** Up to the telaah, then the Kepala Dinas refuses: the case ends in ditolak. */
const DITOLAK: readonly Line[] = [...SAMPAI_TELAAH, ['TIDAK_SETUJU', 'kepala-dinas']];
/** Up to the telaah, then the Kepala Dinas approves: the case waits at laksanakan. */
const SAMPAI_LAKSANAKAN: readonly Line[] = [...SAMPAI_TELAAH, ['SETUJU', 'kepala-dinas']];

describe('a case that follows the SOP', () => {
  test('happy path: every decision SETUJU reaches selesai, one visit per step', () => {
    const { actor, after } = kasus();
    after(5);
    actor.send({ type: 'SELESAI', actor: { role: 'ketua-tim-kerja' } });
    after(60);
    actor.send({ type: 'SELESAI', actor: { role: 'anggota-tim-kerja' } });
    after(15);
    actor.send({ type: 'SETUJU', actor: { role: 'ketua-tim-kerja' } });
    after(10);
    actor.send({ type: 'SETUJU', actor: { role: 'kepala-bidang' } });
    after(20);
    actor.send({ type: 'SETUJU', actor: { role: 'kepala-dinas' } });
    after(100);
    actor.send({ type: 'SELESAI', actor: { role: 'pendamping-plut' } });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('selesai');
    expect(snap.status).toBe('done');
    expect(snap.context.visits.map((v) => [v.stepId, v.elapsedMinutes, v.event])).toEqual([
      ['perintah', 5, 'SELESAI'],
      ['siapkan-bahan', 60, 'SELESAI'],
      ['verifikasi', 15, 'SETUJU'],
      ['koreksi-kabid', 10, 'SETUJU'],
      ['telaah-kadis', 20, 'SETUJU'],
      ['laksanakan', 100, 'SELESAI'],
    ]);
    expect(snap.context.totalMinutes).toBe(210);
    expect(snap.output).toEqual({
      sopId: 'sop-uji',
      caseId: 'UJI-1',
      outcome: 'selesai',
      startedAt: T0,
      endedAt: T0 + 210 * MIN,
      totalMinutes: 210,
      reworks: 0,
      revisits: 0,
    });
  });

  test('a rework loop taken twice: reworks count the TIDAK SETUJU that sent the case back, revisits the extra visits', () => {
    const { actor, after } = kasus();
    const send = (type: 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU', role: Parameters<typeof actor.send>[0]['actor']['role'], minutes: number) => {
      after(minutes);
      actor.send({ type, actor: { role } });
    };
    send('SELESAI', 'ketua-tim-kerja', 5);
    send('SELESAI', 'anggota-tim-kerja', 30);
    send('TIDAK_SETUJU', 'ketua-tim-kerja', 10); // back to siapkan-bahan
    expect(actor.getSnapshot().value).toBe('siapkan-bahan');
    send('SELESAI', 'anggota-tim-kerja', 20);
    send('TIDAK_SETUJU', 'ketua-tim-kerja', 10); // again
    send('SELESAI', 'anggota-tim-kerja', 20);
    send('SETUJU', 'ketua-tim-kerja', 10);
    send('TIDAK_SETUJU', 'kepala-bidang', 5); // back to verifikasi
    expect(actor.getSnapshot().value).toBe('verifikasi');
    send('SETUJU', 'ketua-tim-kerja', 5);
    send('SETUJU', 'kepala-bidang', 5);
    const ctx = actor.getSnapshot().context;
    const { steps, reworks, revisits } = serviceTime(actor.getSnapshot());
    expect(steps['siapkan-bahan']).toEqual({ visits: 3, minutes: 70, revisits: 2, reworks: 0, budgetMinutes: 60 });
    // two TIDAK SETUJU at verifikasi sent the case back to siapkan-bahan
    expect(steps['verifikasi']).toEqual({ visits: 4, minutes: 35, revisits: 3, reworks: 2, budgetMinutes: 15 });
    expect(steps['koreksi-kabid']).toEqual({ visits: 2, minutes: 10, revisits: 1, reworks: 1, budgetMinutes: 15 });
    // telaah-kadis is open: entered, no minutes yet at its entry instant
    expect(steps['telaah-kadis']).toEqual({ visits: 1, minutes: 0, revisits: 0, reworks: 0, budgetMinutes: 15 });
    expect(reworks).toBe(3);
    expect(revisits).toBe(6);
    expect(ctx.visits.filter((v) => v.stepId === 'siapkan-bahan').map((v) => v.visit)).toEqual([1, 2, 3]);
    expect(actor.getSnapshot().value).toBe('telaah-kadis');
  });

  test('a terminal refusal ends the case in ditolak', () => {
    const { actor, after } = kasus();
    for (const [type, role] of DITOLAK) {
      after(1);
      actor.send({ type, actor: { role }, note: type === 'TIDAK_SETUJU' ? 'anggaran tidak tersedia' : undefined });
    }
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('ditolak');
    expect(snap.status).toBe('done');
    expect(snap.output?.outcome).toBe('ditolak');
    expect(snap.context.visits.at(-1)).toMatchObject({ stepId: 'telaah-kadis', event: 'TIDAK_SETUJU', note: 'anggaran tidak tersedia' });
  });

  test('a step with two performers may be moved by either', () => {
    for (const role of ['kepala-sub-bidang', 'pendamping-plut'] as const) {
      const { actor } = kasus();
      for (const [type, r] of SAMPAI_LAKSANAKAN) actor.send({ type, actor: { role: r } });
      actor.send({ type: 'SELESAI', actor: { role } });
      expect(actor.getSnapshot().value).toBe('selesai');
    }
  });

  test('an actor acting as Plh. for the performing role may move the step; the record keeps both', () => {
    const { actor } = kasus();
    const plh = { role: 'anggota-tim-kerja', id: '19800101', name: 'Budi', actingAs: { role: 'ketua-tim-kerja', as: 'plh' } } as const;
    expect(dispatch(actor, { type: 'SELESAI', actor: plh })).toEqual({ accepted: true });
    expect(actor.getSnapshot().context.visits[0]?.by).toEqual(plh);
  });
});

describe('refused events change nothing and say why', () => {
  const cases: [string, unknown, string, string][] = [
    ['wrong role', { type: 'SELESAI', actor: { role: 'kepala-dinas' } }, 'WRONG_ROLE', 'actor.role'],
    ['decision answer at a task step', { type: 'SETUJU', actor: { role: 'ketua-tim-kerja' } }, 'WRONG_EVENT', 'type'],
    ['unknown event', { type: 'BATAL', actor: { role: 'ketua-tim-kerja' } }, 'UNKNOWN_EVENT', 'type'],
    ['no actor', { type: 'SELESAI' }, 'INVALID_EVENT', 'actor.role'],
    ['unknown role', { type: 'SELESAI', actor: { role: 'kadis' } }, 'INVALID_EVENT', 'actor.role'],
    ['bad actingAs', { type: 'SELESAI', actor: { role: 'anggota-tim-kerja', actingAs: { role: 'ketua-tim-kerja', as: 'wakil' } } }, 'INVALID_EVENT', 'actor.actingAs'],
    ['unreadable time', { type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: '5 Januari 2026' }, 'INVALID_TIME', 'at'],
    ['a date that does not exist', { type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: '2026-02-30T07:40:00+07:00' }, 'INVALID_TIME', 'at'],
    ['a date without a time of day', { type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: '2026-01-05' }, 'INVALID_TIME', 'at'],
    ['time going backwards', { type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: T0 - 1 }, 'TIME_BACKWARDS', 'at'],
  ];
  test.each(cases)('%s', (_name, event, reason, field) => {
    const { actor, refused } = kasus();
    const before = actor.getSnapshot();
    const result = dispatch(actor, event as never);
    const after = actor.getSnapshot();
    expect(result).toMatchObject({ accepted: false, refusal: { reason, field, sopId: 'sop-uji', stepId: 'perintah' } });
    expect(refused).toHaveLength(1);
    expect(refused[0]?.message).toMatch(/^SOP 'sop-uji', step 'perintah', field '/);
    expect(refused[0]?.pesan).toMatch(/^SOP 'sop-uji', langkah 'perintah', isian '.*peristiwa ditolak/);
    expect(after.value).toBe(before.value);
    expect(after.context).toBe(before.context);
  });

  test('the wrong-role message names the step and the performers in both languages', () => {
    const { actor } = kasus();
    const r = dispatch(actor, { type: 'SELESAI', actor: { role: 'kepala-dinas' } });
    expect(r.accepted ? '' : r.refusal.message).toBe(
      "SOP 'sop-uji', step 'perintah', field 'actor.role': event refused: step 1 is performed by ketua-tim-kerja, not by kepala-dinas",
    );
    expect(r.accepted ? '' : r.refusal.pesan).toBe(
      "SOP 'sop-uji', langkah 'perintah', isian 'actor.role': peristiwa ditolak: langkah 1 dilaksanakan oleh ketua-tim-kerja, bukan oleh kepala-dinas",
    );
  });

  test('an event after the case ended is refused by dispatch, the snapshot unchanged', () => {
    const { actor } = kasus();
    for (const [type, role] of DITOLAK) actor.send({ type, actor: { role } });
    const before = actor.getSnapshot();
    const r = dispatch(actor, { type: 'SELESAI', actor: { role: 'kepala-sub-bidang' } });
    expect(r).toMatchObject({ accepted: false, refusal: { reason: 'CASE_ENDED' } });
    expect(actor.getSnapshot()).toBe(before);
  });

  test('an event at the same instant as the last one is accepted (time does not go backwards)', () => {
    const { actor } = kasus();
    expect(dispatch(actor, { type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: T0 })).toEqual({ accepted: true });
  });
});

describe('service time', () => {
  test('current step: elapsed, remaining, percent and level at 74 %, 75 %, 100 % and past it', () => {
    const { actor } = kasus();
    actor.send({ type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: T0 + 5 * MIN });
    const entered = T0 + 5 * MIN; // siapkan-bahan, budget 1 jam = 60 min
    const at = (m: number) => serviceTime(actor.getSnapshot(), entered + m * MIN).current;
    expect(at(44)).toMatchObject({ stepId: 'siapkan-bahan', label: '2', elapsedMinutes: 44, remainingMinutes: 16, level: 'on-time' });
    expect(at(45)).toMatchObject({ percent: 75, level: 'warning' });
    expect(at(60)).toMatchObject({ percent: 100, remainingMinutes: 0, level: 'warning' });
    expect(at(61)).toMatchObject({ remainingMinutes: -1, level: 'breach' });
    expect(serviceTime(actor.getSnapshot(), entered + 30 * MIN).totalMinutes).toBe(35);
  });

  test('a hari budget is measured in the calendar\'s working minutes per day', () => {
    const { actor } = kasus();
    for (const [type, role] of SAMPAI_LAKSANAKAN) actor.send({ type, actor: { role } });
    expect(serviceTime(actor.getSnapshot()).current).toMatchObject({ stepId: 'laksanakan', budgetMinutes: 2 * 1440 });
  });

  test('by default time is working time on the Kalimantan Barat calendar', () => {
    // Friday 20 March 2026 lies in the Idulfitri holidays and cuti bersama (18–24 March 2026):
    // a step entered on Tuesday 17 March at 15:00 and completed on Wednesday 25 March at
    // 08:30 took 60 minutes on the 17th (to 16:00) and 60 on the 25th (from 07:30).
    const machine = createSopMachine(sopUji);
    const actor = createActor(machine, { input: { startedAt: '2026-03-17T15:00:00+07:00' } }).start();
    actor.send({ type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: '2026-03-25T08:30:00+07:00' });
    expect(actor.getSnapshot().context.visits[0]?.elapsedMinutes).toBe(120);
    // 1 hari = 450 working minutes (7 h 30 min) in the Kalimantan Barat calendar.
    expect(serviceTime(actor.getSnapshot()).current?.budgetMinutes).toBe(60);
    const plut = createSopMachine(sopUji);
    const a2 = createActor(plut, { input: { startedAt: '2026-03-02T07:30:00+07:00' } }).start();
    for (const [type, role] of SAMPAI_LAKSANAKAN) a2.send({ type, actor: { role }, at: '2026-03-02T08:00:00+07:00' });
    expect(serviceTime(a2.getSnapshot(), '2026-03-03T08:00:00+07:00').current).toMatchObject({ stepId: 'laksanakan', budgetMinutes: 900, elapsedMinutes: 450 });
  });

  test('a time before the step was entered is an error naming the SOP, step and field', () => {
    const { actor } = kasus();
    expect(() => serviceTime(actor.getSnapshot(), T0 - MIN)).toThrowError(/SOP 'sop-uji', step 'perintah', field 'now'/);
  });
});

describe('persistence', () => {
  test('restore mid-case: the restored actor behaves exactly like the original', () => {
    const a = kasus();
    a.after(5);
    a.actor.send({ type: 'SELESAI', actor: { role: 'ketua-tim-kerja' } });
    a.after(30);
    a.actor.send({ type: 'SELESAI', actor: { role: 'anggota-tim-kerja' } });
    const saved = JSON.stringify(a.actor.getPersistedSnapshot());

    let now = a.now();
    const machine = createSopMachine(sopUji, { calendar: calendar24x7, clock: () => now });
    const restored = startCase(machine, { snapshot: JSON.parse(saved) });
    expect(restored.getSnapshot().value).toBe('verifikasi');
    expect(restored.getSnapshot().context).toEqual(a.actor.getSnapshot().context);
    // Same timing from the timestamps alone.
    expect(serviceTime(restored.getSnapshot(), now + 10 * MIN)).toEqual(serviceTime(a.actor.getSnapshot(), now + 10 * MIN));
    // Same behaviour on the same events.
    for (const actor of [a.actor, restored]) {
      expect(dispatch(actor, { type: 'SELESAI', actor: { role: 'ketua-tim-kerja' }, at: now + MIN })).toMatchObject({ accepted: false, refusal: { reason: 'WRONG_EVENT' } });
      expect(dispatch(actor, { type: 'TIDAK_SETUJU', actor: { role: 'ketua-tim-kerja' }, at: now + 10 * MIN })).toEqual({ accepted: true });
    }
    now += 10 * MIN;
    expect(restored.getSnapshot().context).toEqual(a.actor.getSnapshot().context);
    expect(restored.getSnapshot().value).toBe('siapkan-bahan');
  });

  test('restore returns the parsed, cleaned value: extra keys are dropped', () => {
    const a = kasus();
    a.actor.send({ type: 'SELESAI', actor: { role: 'ketua-tim-kerja' } });
    const good = JSON.parse(JSON.stringify(a.actor.getPersistedSnapshot()));
    const dirty = { ...good, sisipan: 1, context: { ...good.context, tambahan: 'x', visits: good.context.visits.map((v: object) => ({ ...v, palsu: true })) } };
    const clean = validateSnapshot(a.machine, dirty) as unknown as Record<string, any>;
    expect(clean.sisipan).toBeUndefined();
    expect(clean.context.tambahan).toBeUndefined();
    expect(clean.context.visits.some((v: Record<string, unknown>) => 'palsu' in v)).toBe(false);
    expect(startCase(a.machine, { snapshot: dirty }).getSnapshot().context).toEqual(a.actor.getSnapshot().context);
  });

  test('a finished case restores as done', () => {
    const a = kasus();
    for (const [type, role] of DITOLAK) a.actor.send({ type, actor: { role } });
    const restored = startCase(a.machine, { snapshot: JSON.parse(JSON.stringify(a.actor.getPersistedSnapshot())) });
    expect(restored.getSnapshot().status).toBe('done');
    expect(restored.getSnapshot().value).toBe('ditolak');
  });

  const corrupt: [string, (p: Record<string, any>) => unknown, RegExp][] = [
    ['not an object', () => 'rusak', /field '\(root\)'/],
    ['another SOP', (p) => ({ ...p, context: { ...p.context, sopId: 'sop-lain' } }), /belongs to SOP 'sop-lain'.*field 'context.sopId'|field 'context.sopId'.*sop-lain/],
    ['another revision', (p) => ({ ...p, context: { ...p.context, revision: 3 } }), /revision 3.*revision 0/],
    ['unknown state', (p) => ({ ...p, value: 'langkah-hilang' }), /unknown state 'langkah-hilang'/],
    ['malformed context', (p) => ({ ...p, context: { ...p.context, visits: 'x' } }), /field 'context.visits'/],
    ['state and open visit disagree', (p) => ({ ...p, value: 'perintah' }), /the state is 'perintah', the history ends at 'siapkan-bahan'/],
    ['status does not fit', (p) => ({ ...p, status: 'done' }), /field 'status'/],
    ['a visit going back in time', (p) => ({ ...p, context: { ...p.context, visits: [{ ...p.context.visits[0], leftAt: T0 - MIN }, p.context.visits[1]] } }), /visit 1 .*not allowed.*earlier than/],
    ['skipped to the last step', (p) => ({ ...p, value: 'laksanakan', context: { ...p.context, visits: [p.context.visits[0], { ...p.context.visits[1], stepId: 'laksanakan' }] } }), /field 'context.visits.1.stepId'/],
    ['jumped to selesai', (p) => ({ ...p, value: 'selesai', status: 'done', context: { ...p.context, visits: [p.context.visits[0]] } }), /the state is 'selesai', the history ends at 'siapkan-bahan'|field 'context.visits'/],
    ['elapsed time zeroed', (p) => ({ ...p, context: { ...p.context, totalMinutes: 0, visits: [{ ...p.context.visits[0], elapsedMinutes: 0 }, p.context.visits[1]] } }), /field 'context.visits.0.elapsedMinutes'/],
    ['total not the sum', (p) => ({ ...p, context: { ...p.context, totalMinutes: 1 } }), /field 'context.totalMinutes'/],
    ['done by a role that does not perform the step', (p) => ({ ...p, context: { ...p.context, visits: [{ ...p.context.visits[0], by: { role: 'kepala-dinas' } }, p.context.visits[1]] } }), /visit 1 .*not allowed.*kepala-dinas/],
    ['an open visit entered at 1e20', (p) => ({ ...p, context: { ...p.context, visits: [p.context.visits[0], { ...p.context.visits[1], enteredAt: 1e20 }] } }), /field 'context.visits.1.enteredAt'/],
    ['a case started at 1e20', (p) => ({ ...p, context: { ...p.context, visits: [{ ...p.context.visits[0], enteredAt: 1e20 }, p.context.visits[1]] } }), /context.visits.0.enteredAt|context.visits/],
  ];
  test.each(corrupt)('a corrupt snapshot is refused: %s', (_name, corruptIt, message) => {
    const a = kasus();
    a.after(5);
    a.actor.send({ type: 'SELESAI', actor: { role: 'ketua-tim-kerja' } });
    const good = JSON.parse(JSON.stringify(a.actor.getPersistedSnapshot()));
    expect(() => validateSnapshot(a.machine, good)).not.toThrow();
    const bad = corruptIt(structuredClone(good));
    expect(() => validateSnapshot(a.machine, bad)).toThrowError(SnapshotError);
    expect(() => validateSnapshot(a.machine, bad)).toThrowError(message);
    try {
      validateSnapshot(a.machine, bad);
    } catch (e) {
      expect((e as SnapshotError).sopId).toBe('sop-uji');
      expect((e as SnapshotError).code).toBe('INVALID_SNAPSHOT');
    }
  });
});
