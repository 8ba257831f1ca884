import { createActor, type Actor, type AnyStateMachine, type Snapshot } from 'xstate';
import * as z from 'zod';
import { InputError, SnapshotError, SopError, TimeError } from '../errors/index.js';
import { FINAL_STATES } from '../definition/index.js';
import { toEpochMs } from '../time/index.js';
import { SopContextSchema, type SopContext, type Visit } from './context.js';
import { infoOf, type MachineInfo, type SopInput, type SopMachine } from './create.js';
import { dispatch } from './dispatch.js';
import type { SopEvent } from './events.js';
import { parseBilingual } from '../util/index.js';

function infoOrThrow(machine: object): MachineInfo {
  const info = infoOf(machine);
  if (info === undefined) throw new SnapshotError('the machine was not built by createSopMachine', {}, { detailId: 'mesin tidak dibuat dengan createSopMachine' });
  return info;
}

/** Reads an instant the calendar can measure from, or throws a `TimeError`/`CalendarError` naming the field. */
function instantOnCalendar(info: MachineInfo, value: unknown, field: string): number {
  const sopId = info.definition.id;
  const at = toEpochMs(value as never, { sopId, field }, info.calendar.zone);
  try {
    info.calendar.workingMinutesBetween(at, at); // a year the calendar may not answer for throws here, not later in the actor
  } catch (e) {
    const en = e instanceof SopError ? e.localized('en') : String(e);
    const id = e instanceof SopError ? e.localized('id') : en;
    throw new TimeError(String(value), `outside the calendar: ${en}`, { sopId, field }, `di luar kalender: ${id}`);
  }
  return at;
}

const SopInputSchema = z.strictObject({
  caseId: z.string().min(1).max(200).optional(),
  startedAt: z.union([z.string(), z.number(), z.date()]).optional(),
});

/**
 * Checks the input of a new case before any actor exists: a plain object with at most a case id
 * (text) and a start time (ISO 8601 text, epoch milliseconds or a `Date`) the machine's calendar
 * can measure from.
 *
 * @param machine - a machine from `createSopMachine`
 * @param input - the input (any value; it is validated)
 * @returns the input with the start as epoch milliseconds
 * @throws {@link InputError}, {@link TimeError} or {@link CalendarError} naming the SOP and the field
 *
 * @example
 * ```ts
 * checkInput(machine, { caseId: 'SK-001', startedAt: '2026-03-02T07:30:00+07:00' })
 * ```
 */
export function checkInput(machine: AnyStateMachine, input: unknown): { readonly caseId?: string; readonly startedAt?: number } {
  const info = infoOrThrow(machine);
  const sopId = info.definition.id;
  if (input === undefined) return {};
  const parsed = parseBilingual(SopInputSchema, input);
  if (!parsed.ok) {
    const t = parsed.issue;
    throw new InputError(t.en, t.id, { sopId, field: ['input', ...t.path].join('.') });
  }
  const { caseId, startedAt } = parsed.data;
  return {
    ...(caseId === undefined ? {} : { caseId }),
    ...(startedAt === undefined ? {} : { startedAt: instantOnCalendar(info, startedAt, 'input.startedAt') }),
  };
}

/** The event that closed a visit, rebuilt from what the visit recorded. */
function eventOf(v: Visit): SopEvent<string> | undefined {
  if (v.event === undefined || v.by === undefined || v.leftAt === undefined) return undefined;
  const by = v.by;
  const actor = {
    role: by.role,
    ...(by.id === undefined ? {} : { id: by.id }),
    ...(by.name === undefined ? {} : { name: by.name }),
    ...(by.actingAs === undefined ? {} : { actingAs: { role: by.actingAs.role, as: by.actingAs.as } }),
  };
  return { type: v.event, actor: actor as SopEvent<string>['actor'], at: v.leftAt, ...(v.note === undefined ? {} : { note: v.note }) };
}

const VISIT_FIELDS = ['stepId', 'visit', 'enteredAt', 'leftAt', 'elapsedMinutes', 'budgetMinutes', 'event', 'note'] as const;

/** The first field in which a stored visit differs from the replayed one. */
function visitDiff(stored: Visit, replayed: Visit): string | undefined {
  for (const k of VISIT_FIELDS) if (stored[k] !== replayed[k]) return k;
  const a = stored.by;
  const b = replayed.by;
  if (a?.role !== b?.role || a?.id !== b?.id || a?.name !== b?.name || a?.actingAs?.role !== b?.actingAs?.role || a?.actingAs?.as !== b?.actingAs?.as) return 'by';
  return undefined;
}

/**
 * Replays the history of a stored context through a fresh actor of the machine: every closed
 * visit's event must be accepted by the machine's own judge (the step takes that event, `by`
 * performs the step or acts for a role that does, time never goes back), and the replay must
 * reproduce every visit (targets, numbering, budgets, elapsed minutes on the calendar) and the
 * total. Returns the replayed actor's persisted snapshot.
 */
function replay(machine: AnyStateMachine, info: MachineInfo, ctx: SopContext): { snapshot: Snapshot<unknown>; value: unknown; status: string } {
  const sopId = info.definition.id;
  const first = ctx.visits[0]!;
  const startedAt = instantOnCalendar(info, first.enteredAt, 'context.visits.0.enteredAt');
  const actor = createActor(machine as unknown as SopMachine, { input: { caseId: ctx.caseId, startedAt } });
  actor.start();
  try {
    for (const [i, v] of ctx.visits.entries()) {
      const field = `context.visits.${i}`;
      if (v.leftAt === undefined) break;
      const event = eventOf(v);
      if (event === undefined) {
        throw new SnapshotError(`visit ${i + 1} was left without its event and performer`, { sopId, stepId: v.stepId, field: `${field}.event` }, { detailId: `kunjungan ${i + 1} ditutup tanpa peristiwa dan pelaksananya` });
      }
      const r = dispatch(actor, event as never);
      if (!r.accepted) {
        throw new SnapshotError(`visit ${i + 1} (${v.event} at step ${v.stepId}) is not allowed: ${r.refusal.message}`, { sopId, stepId: v.stepId, field }, { detailId: `kunjungan ${i + 1} (${v.event} pada langkah ${v.stepId}) tidak diizinkan: ${r.refusal.pesan}` });
      }
    }
    const snap = actor.getSnapshot();
    const replayed = snap.context.visits;
    for (let i = 0; i < Math.max(replayed.length, ctx.visits.length); i++) {
      const a = ctx.visits[i];
      const b = replayed[i];
      const f = a === undefined || b === undefined ? 'length' : visitDiff(a, b);
      if (f !== undefined) {
        const stepId = a?.stepId ?? b?.stepId;
        const shown = (x: unknown) => (x === undefined ? '(tidak ada)' : JSON.stringify(x));
        const got = a === undefined || f === 'length' ? shown(a?.stepId) : shown((a as Record<string, unknown>)[f]);
        const want = b === undefined || f === 'length' ? shown(b?.stepId) : shown((b as Record<string, unknown>)[f]);
        throw new SnapshotError(
          `visit ${i + 1} does not follow from the history: ${f} is ${got}, the replay gives ${want}`,
          { sopId, stepId, field: f === 'length' ? 'context.visits' : `context.visits.${i}.${f}` },
          { detailId: `kunjungan ${i + 1} tidak sesuai riwayat: ${f} bernilai ${got}, pemutaran ulang memberi ${want}` },
        );
      }
    }
    if (snap.context.totalMinutes !== ctx.totalMinutes) {
      throw new SnapshotError(`totalMinutes is ${ctx.totalMinutes}, the sum of the visits is ${snap.context.totalMinutes}`, { sopId, field: 'context.totalMinutes' }, { detailId: `totalMinutes bernilai ${ctx.totalMinutes}, jumlah kunjungan ${snap.context.totalMinutes}` });
    }
    return { snapshot: actor.getPersistedSnapshot(), value: snap.value, status: snap.status };
  } finally {
    actor.stop();
  }
}

/**
 * Checks a persisted snapshot (from `actor.getPersistedSnapshot()`, possibly read back from a
 * database as JSON) against a machine before restoring it: the same SOP and revision, a
 * well-formed service-time context, and a history the machine itself accepts. The history is
 * replayed through a fresh actor of the machine, so every closed visit's event must be allowed
 * at its step, by a role that performs it (or acts for one), the next visit must be the flow's
 * target, and elapsed times and totals must equal the calendar's. The state and status must be
 * where the replay ends.
 *
 * @param machine - a machine from `createSopMachine`
 * @param persisted - the persisted snapshot (any value; it is validated)
 * @returns the cleaned snapshot, rebuilt by the replay (extra keys dropped), typed for
 * `createActor(machine, { snapshot })`
 * @throws {@link SnapshotError} naming the SOP, the step and the field at fault
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(actor.getPersistedSnapshot())
 * const restored = createActor(machine, { snapshot: validateSnapshot(machine, JSON.parse(saved)) }).start()
 * ```
 */
export function validateSnapshot<M extends AnyStateMachine>(machine: M, persisted: unknown): Snapshot<unknown> {
  const info = infoOrThrow(machine);
  const sopId = info.definition.id;
  if (persisted === null || typeof persisted !== 'object' || Array.isArray(persisted)) {
    throw new SnapshotError('expected an object from getPersistedSnapshot()', { sopId, field: '(root)' }, { detailId: 'harus objek dari getPersistedSnapshot()' });
  }
  const p = persisted as { status?: unknown; value?: unknown; context?: unknown };
  const parsed = parseBilingual(SopContextSchema, p.context);
  if (!parsed.ok) {
    const t = parsed.issue;
    throw new SnapshotError(`malformed context: ${t.en}`, { sopId, field: ['context', ...t.path].join('.') }, { detailId: `konteks tidak sah: ${t.id}` });
  }
  const ctx = parsed.data;
  if (ctx.sopId !== sopId) {
    throw new SnapshotError(`the snapshot belongs to SOP '${ctx.sopId}'`, { sopId, field: 'context.sopId' }, { detailId: `snapshot milik SOP '${ctx.sopId}'` });
  }
  if (ctx.revision !== info.definition.revision) {
    throw new SnapshotError(`the snapshot was taken under revision ${ctx.revision}, the machine is revision ${info.definition.revision}`, { sopId, field: 'context.revision' }, { detailId: `snapshot diambil pada revisi ${ctx.revision}, mesin revisi ${info.definition.revision}` });
  }
  if (typeof p.value !== 'string') {
    throw new SnapshotError('the state value must be a step id or a final state', { sopId, field: 'value' }, { detailId: 'nilai state harus id langkah atau state akhir' });
  }
  const value = p.value;
  const isFinal = value === FINAL_STATES.done || (value === FINAL_STATES.refused && info.flow.canRefuse);
  if (!isFinal && !info.flow.byId.has(value)) {
    throw new SnapshotError(`unknown state '${value}'`, { sopId, stepId: value, field: 'value' }, { detailId: `state '${value}' tidak dikenal` });
  }
  let replayed: ReturnType<typeof replay>;
  try {
    replayed = replay(machine, info, ctx);
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    const en = e instanceof SopError ? e.localized('en') : e instanceof Error ? e.message : String(e);
    const id = e instanceof SopError ? e.localized('id') : en;
    throw new SnapshotError(`the history cannot be replayed: ${en}`, { sopId, field: 'context.visits' }, { cause: e, detailId: `riwayat tidak dapat diputar ulang: ${id}` });
  }
  if (replayed.value !== value) {
    throw new SnapshotError(`the state is '${value}', the history ends at '${String(replayed.value)}'`, { sopId, stepId: value, field: 'value' }, { detailId: `state '${value}', riwayat berakhir di '${String(replayed.value)}'` });
  }
  if (p.status !== replayed.status) {
    throw new SnapshotError(`status '${String(p.status)}' does not fit state '${value}'`, { sopId, stepId: value, field: 'status' }, { detailId: `status '${String(p.status)}' tidak sesuai state '${value}'` });
  }
  return replayed.snapshot;
}

/**
 * Creates and starts an actor for an SOP machine: a new case from `input`, or a restored one
 * from a persisted snapshot. Both are checked before any actor exists ({@link checkInput},
 * {@link validateSnapshot}), so a bad value throws a coded `SopError` here and never surfaces
 * later as an actor in status `error` or an uncaught exception.
 *
 * @throws {@link InputError}, {@link TimeError}, {@link CalendarError} or {@link SnapshotError}
 *
 * @example
 * ```ts
 * const actor = startCase(machine, { input: { caseId: 'NS-2026-014' } })
 * const again = startCase(machine, { snapshot: JSON.parse(saved) })
 * ```
 */
export function startCase<M extends AnyStateMachine>(machine: M, options: { input?: SopInput; snapshot?: unknown } = {}): Actor<M> {
  const info = infoOrThrow(machine);
  const sopId = info.definition.id;
  if (options === null || typeof options !== 'object') {
    throw new InputError('startCase takes { input } or { snapshot }', 'startCase menerima { input } atau { snapshot }', { sopId, field: '(options)' });
  }
  const m = machine as unknown as SopMachine;
  if (options.snapshot !== undefined) {
    if (options.input !== undefined) {
      throw new InputError('give either input (a new case) or snapshot (a restored one), not both', 'berikan input (kasus baru) atau snapshot (kasus dipulihkan), bukan keduanya', { sopId, field: 'input' });
    }
    return createActor(m, { snapshot: validateSnapshot(machine, options.snapshot) as never }).start() as unknown as Actor<M>;
  }
  const input = checkInput(machine, options.input);
  // The start is fixed now, so the actor's context factory reads the clock no more.
  const startedAt = input.startedAt ?? instantOnCalendar(info, info.clock(), 'input.startedAt');
  return createActor(m, { input: { ...input, startedAt } }).start() as unknown as Actor<M>;
}
