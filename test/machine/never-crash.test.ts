/**
 * Never crash, never lie: arbitrary JSON values sent as events and as `startCase` input, on a
 * calendar whose holiday data ends mid-run (31 Dec 2026) and on the default provisional one.
 * The actor is never in status `error`, nothing escapes as an uncaught exception, every
 * accepted event moves the state, and every refusal leaves the snapshot untouched.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  compileFlow,
  createSopMachine,
  createWorkCalendar,
  dispatch,
  indonesiaHolidays,
  KALBAR_HOURS,
  kalbarCalendar,
  SopError,
  startCase,
  type WorkCalendar,
} from 'sop-ap';
import { getSop } from 'sop-ap/machines';

const sop = getSop('pelaksanaan-kegiatan-perijinan-kelembagaan');
const endsIn2026: WorkCalendar = createWorkCalendar({ id: 'sampai-2026', hours: KALBAR_HOURS, holidays: indonesiaHolidays, outOfRange: 'error' });
const START = Date.parse('2026-12-28T07:30:00+07:00');
const roles = [...new Set(sop.steps.flatMap((s) => s.pelaksana as readonly string[]))];

const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
});

const flow = compileFlow(sop);
type Intent = { readonly kind: 'good'; readonly minutes: number; readonly refuse: boolean } | { readonly kind: 'raw'; readonly value: unknown };

/**
 * Mostly a good event built at send time for the current step (its event, one of its
 * performers, a later time: the run walks into 2027, where the strict calendar has no data), and
 * otherwise a near miss or any JSON value at all.
 */
const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('good' as const), minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }), refuse: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc
      .record(
        {
          type: fc.constantFrom('SELESAI', 'SETUJU', 'TIDAK_SETUJU', 'BATAL', 'xstate.init'),
          actor: fc.oneof(fc.record({ role: fc.constantFrom(...roles, 'Kabid', 'kepala-dinas') }), fc.record({ role: fc.constantFrom(...roles), actingAs: fc.jsonValue() }), fc.jsonValue()),
          at: fc.oneof(fc.constantFrom('2026-02-30T07:40:00+07:00', 'kemarin', '2027-01-04 08:00', '2026-12-29', 1e20, -1, Number.MAX_SAFE_INTEGER), fc.jsonValue()),
          note: fc.oneof(fc.string(), fc.jsonValue()),
        },
        { requiredKeys: ['type'] },
      )
      .map((value) => ({ kind: 'raw' as const, value })),
  },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => ({ kind: 'raw' as const, value })) },
);

function eventFrom(intent: Intent, snapshot: { value: unknown; context: { visits: readonly { enteredAt: number }[] } }): unknown {
  if (intent.kind === 'raw') return intent.value;
  const node = flow.byId.get(String(snapshot.value));
  const last = snapshot.context.visits[snapshot.context.visits.length - 1]!.enteredAt;
  const type = node?.kind === 'decision' ? (intent.refuse ? 'TIDAK_SETUJU' : 'SETUJU') : 'SELESAI';
  return { type, actor: { role: node?.step.pelaksana[0] ?? 'kepala-dinas' }, at: last + intent.minutes * 60_000 };
}

const stats = { sequences: 0, events: 0, accepted: 0, garbage: 0, inputs: 0, inputsRefused: 0 };

describe('no input can crash a case or be reported falsely', () => {
  for (const [name, calendar] of [
    ['a calendar whose data ends on 31 Dec 2026', endsIn2026],
    ['the default calendar (provisional after 2026)', kalbarCalendar],
  ] as const) {
    test(`arbitrary event sequences: ${name}`, async () => {
      const machine = createSopMachine(sop, { calendar, clock: () => START });
      fc.assert(
        fc.property(fc.array(intentArb, { maxLength: 40 }), (intents) => {
          stats.sequences++;
          const actor = startCase(machine, { input: { caseId: 'P-1', startedAt: START } });
          for (const intent of intents) {
            stats.events++;
            if (intent.kind === 'raw') stats.garbage++;
            const before = actor.getSnapshot();
            const ev = eventFrom(intent, before);
            const r = dispatch(actor, ev as never);
            const after = actor.getSnapshot();
            expect(after.status).not.toBe('error');
            if (r.accepted) {
              stats.accepted++;
              expect(after.context.visits.length > before.context.visits.length || after.value !== before.value || after.status !== before.status).toBe(true);
              expect(after.context.visits[before.context.visits.length - 1]?.leftAt).toBeTypeOf('number');
            } else {
              expect(after).toBe(before);
              expect(r.refusal.reason).toMatch(/^[A-Z_]+$/);
              expect(r.refusal.pesan).toMatch(/^SOP 'pelaksanaan-kegiatan-perijinan-kelembagaan'/);
            }
          }
          // what was persisted restores to the same case
          const restored = startCase(machine, { snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) });
          expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
          actor.stop();
          restored.stop();
        }),
        { numRuns: 300, seed: 9 },
      );
      await new Promise((r) => setTimeout(r, 20)); // let XState's deferred error reports run, if any
      expect(uncaught).toEqual([]);
    });
  }

  test('arbitrary start input: a coded SopError at the door, or a running case', async () => {
    const machine = createSopMachine(sop, { calendar: endsIn2026, clock: () => START });
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ caseId: fc.jsonValue(), startedAt: fc.oneof(fc.jsonValue(), fc.constantFrom('kemarin', '2027-01-04T08:00:00+07:00', 1e20, '2026-02-30T07:40:00+07:00')) }, { requiredKeys: [] })),
        (input) => {
          stats.inputs++;
          let actor;
          try {
            actor = startCase(machine, { input: input as never });
          } catch (e) {
            stats.inputsRefused++;
            expect(e).toBeInstanceOf(SopError);
            expect((e as SopError).sopId).toBe(sop.id);
            expect((e as SopError).field).toMatch(/^input/);
            return;
          }
          expect(actor.getSnapshot().status).toBe('active');
          actor.stop();
        },
      ),
      { numRuns: 500, seed: 10 },
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(uncaught).toEqual([]);
    expect(stats.inputsRefused).toBeGreaterThan(100);
    expect(stats.inputs - stats.inputsRefused).toBeGreaterThan(10);
  });

  test('the runs made progress and met garbage (counts in the note)', () => {
    // eslint-disable-next-line no-console -- read by the note; fail-on-console only watches warn/error
    process.stdout.write(`never-crash: ${JSON.stringify(stats)}\n`);
    expect(stats.accepted).toBeGreaterThan(500);
    expect(stats.garbage).toBeGreaterThan(500);
  });

  test('the findings of issue 9, one by one', () => {
    const machine = createSopMachine(sop, { calendar: endsIn2026 });
    // a case started on 31 Dec 2026, an event dated 4 Jan 2027: refused, not "accepted" then errored
    const a = startCase(machine, { input: { startedAt: '2026-12-31T08:00:00+07:00' } });
    const r = dispatch(a, { type: 'SELESAI', actor: { role: roles[0]! as never }, at: '2027-01-04T08:00:00+07:00' });
    expect(r).toMatchObject({ accepted: false, refusal: { reason: 'INVALID_TIME', field: 'at' } });
    expect(a.getSnapshot().status).toBe('active');
    expect(startCase(machine, { snapshot: JSON.parse(JSON.stringify(a.getPersistedSnapshot())) }).getSnapshot().status).toBe('active');
    // on the default calendar the same event is accepted (2027 is provisional)
    const b = startCase(createSopMachine(sop), { input: { startedAt: '2026-12-31T08:00:00+07:00' } });
    const first = sop.steps[0]!;
    expect(dispatch(b, { type: 'SELESAI', actor: { role: first.pelaksana[0] as never }, at: '2027-01-04T08:00:00+07:00' })).toEqual({ accepted: true });
    // bad start input throws at the door
    expect(() => startCase(machine, { input: { startedAt: 'kemarin' } })).toThrow(SopError);
    expect(() => startCase(machine, { input: { startedAt: '2027-01-04T08:00:00+07:00' } })).toThrow(/2027/);
    // an impossible date is refused, not recorded as 2 March
    const c = startCase(machine, { input: { startedAt: '2026-02-02T07:30:00+07:00' } });
    expect(dispatch(c, { type: 'SELESAI', actor: { role: first.pelaksana[0] as never }, at: '2026-02-30T07:40:00+07:00' })).toMatchObject({ accepted: false, refusal: { reason: 'INVALID_TIME' } });
    // an alias gets the role id suggested
    const d = dispatch(c, { type: 'SELESAI', actor: { role: 'Kabid' as never }, at: '2026-02-02T07:40:00+07:00' });
    expect(d).toMatchObject({ accepted: false, refusal: { field: 'actor.role' } });
    expect(!d.accepted && d.refusal.pesan).toMatch(/gunakan id peran "kepala-bidang"/);
    // TIME_BACKWARDS speaks WIB, not UTC
    dispatch(c, { type: 'SELESAI', actor: { role: first.pelaksana[0] as never }, at: '2026-02-02T09:00:00+07:00' });
    const back = dispatch(c, { type: 'SETUJU', actor: { role: 'kepala-dinas' }, at: '2026-02-02T08:00:00+07:00' });
    expect(!back.accepted && back.refusal.pesan).toMatch(/Senin, 2 Feb 2026 08\.00 WIB/);
  });
});
