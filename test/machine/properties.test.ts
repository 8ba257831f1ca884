import fc from 'fast-check';
import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { caseTimes, createSopMachine, dispatch, kalbarCalendar, ROLE_IDS, type WorkCalendar, calendar24x7 } from 'sop-ap';
import { sopUji } from './fixture.js';

const T0 = Date.parse('2026-01-05T00:00:00Z');
const MIN = 60_000;

/**
 * A calendar of its own for the properties: only the first 30 minutes of every hour are
 * working time, so working minutes differ from elapsed minutes and sums are not trivial.
 */
const halfHours: WorkCalendar = {
  id: 'half-hours',
  zone: 'UTC',
  minutesPerDay: 12 * 60,
  workingMinutesBetween(from, to) {
    const worked = (t: number) => {
      const hours = Math.floor(t / (60 * MIN));
      return hours * 30 + Math.min((t - hours * 60 * MIN) / MIN, 30);
    };
    return worked(to) - worked(from);
  },
  addWorkingMinutes: () => {
    throw new Error('not used by the machine');
  },
};

const eventArb = fc.record({
  // 'benar' / 'pelaksana' are resolved when sent to the event the current step takes and to
  // one of its performers, so sequences make progress as well as hit refusals.
  type: fc.oneof({ arbitrary: fc.constant('benar'), weight: 5 }, { arbitrary: fc.constantFrom('SELESAI', 'SETUJU', 'TIDAK_SETUJU', 'BATAL'), weight: 1 }),
  decision: fc.boolean(),
  role: fc.oneof({ arbitrary: fc.constant('pelaksana'), weight: 5 }, { arbitrary: fc.constantFrom(...ROLE_IDS, 'bukan-peran'), weight: 1 }),
  acting: fc.option(fc.record({ role: fc.constantFrom(...ROLE_IDS), as: fc.constantFrom('plt', 'plh') }), { nil: undefined }),
  // mostly forward in time, sometimes backwards, sometimes no time (the clock gives it)
  step: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 600 }), weight: 4 }, { arbitrary: fc.integer({ min: -30, max: -1 }), weight: 1 }, { arbitrary: fc.constant(null), weight: 1 }),
});

const stateKeys = new Set([...sopUji.steps.map((s) => s.id), 'selesai', 'ditolak']);

describe.each([calendar24x7, halfHours, kalbarCalendar])('invariants over random event sequences (calendar $id)', (calendar) => {
  test('state, visit times, sums and refusals', () => {
    let accepted = 0;
    let finished = 0;
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 60 }), (events) => {
        let now = T0;
        const machine = createSopMachine(sopUji, { calendar, clock: () => now });
        const actor = createActor(machine).start();
        let t = T0;
        for (const e of events) {
          const before = actor.getSnapshot();
          let at: number | undefined;
          if (e.step === null) {
            now = t + 7 * MIN;
            at = undefined;
          } else at = t + e.step * MIN;
          const step = sopUji.steps.find((s) => s.id === before.value);
          const type = e.type !== 'benar' ? e.type : step?.decision ? (e.decision ? 'SETUJU' : 'TIDAK_SETUJU') : 'SELESAI';
          const role = e.role !== 'pelaksana' ? e.role : (step?.pelaksana[e.decision ? 0 : step.pelaksana.length - 1] ?? 'kepala-dinas');
          const r = dispatch(actor, {
            type: type as 'SELESAI',
            actor: e.acting ? { role: role as 'kepala-dinas', actingAs: e.acting } : { role: role as 'kepala-dinas' },
            at,
          });
          const after = actor.getSnapshot();
          if (!r.accepted) {
            // A refused event changes nothing.
            expect(after.context).toBe(before.context);
            expect(after.value).toBe(before.value);
          } else {
            t = at ?? now;
            expect(caseTimes(after.context).lastAt).toBe(t);
            expect(after.context.visits.length).toBeGreaterThan(before.context.visits.length - 1);
          }
          // The state is always a step or a final state.
          expect(stateKeys.has(String(after.value))).toBe(true);
        }
        const ctx = actor.getSnapshot().context;
        accepted += ctx.visits.length - 1;
        if (actor.getSnapshot().status === 'done') finished++;
        // Visit times never go backwards and visits follow each other without a gap.
        let prevLeft = caseTimes(ctx).startedAt;
        let sum = 0;
        for (const v of ctx.visits) {
          expect(v.enteredAt).toBe(prevLeft);
          if (v.leftAt !== undefined) {
            expect(v.leftAt).toBeGreaterThanOrEqual(v.enteredAt);
            expect(v.elapsedMinutes).toBeCloseTo(calendar.workingMinutesBetween(v.enteredAt, v.leftAt), 9);
            sum += v.elapsedMinutes!;
            prevLeft = v.leftAt;
          }
        }
        // The sum of visit times equals the case total, and the working time from start to the last move.
        expect(ctx.totalMinutes).toBeCloseTo(sum, 6);
        expect(ctx.totalMinutes).toBeCloseTo(calendar.workingMinutesBetween(caseTimes(ctx).startedAt, prevLeft), 6);
        // Visits of a step are numbered 1, 2, 3 … in order.
        const seen = new Map<string, number>();
        for (const v of ctx.visits) {
          const n = (seen.get(v.stepId) ?? 0) + 1;
          expect(v.visit).toBe(n);
          seen.set(v.stepId, n);
        }
      }),
      { numRuns: 1500, seed: 20261123 },
    );
    // The generator exercises progress, not only refusals.
    expect(accepted).toBeGreaterThan(1500 * 3);
    expect(finished).toBeGreaterThan(100);
  });
});
