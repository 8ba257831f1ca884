import { createActor, type Actor, type AnyStateMachine, type Snapshot } from 'xstate';
import { SnapshotError } from '../errors/index.js';
import { FINAL_STATES } from '../definition/index.js';
import { SopContextSchema } from './context.js';
import { infoOf, type SopInput, type SopMachine } from './create.js';

/**
 * Checks a persisted snapshot (from `actor.getPersistedSnapshot()`, possibly read back from a
 * database as JSON) against a machine before restoring it: the same SOP, the same revision,
 * a state the machine has, a well-formed service-time context that agrees with the state.
 *
 * @param machine - a machine from `createSopMachine`
 * @param persisted - the persisted snapshot (any value; it is validated)
 * @returns the snapshot, typed for `createActor(machine, { snapshot })`
 * @throws {@link SnapshotError} naming the SOP, the step and the field at fault
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(actor.getPersistedSnapshot())
 * const restored = createActor(machine, { snapshot: validateSnapshot(machine, JSON.parse(saved)) }).start()
 * ```
 */
export function validateSnapshot<M extends AnyStateMachine>(machine: M, persisted: unknown): Snapshot<unknown> {
  const info = infoOf(machine);
  if (info === undefined) throw new SnapshotError('the machine was not built by createSopMachine');
  const sopId = info.definition.id;
  if (persisted === null || typeof persisted !== 'object') {
    throw new SnapshotError('expected an object from getPersistedSnapshot()', { sopId, field: '(root)' });
  }
  const p = persisted as { status?: unknown; value?: unknown; context?: unknown };
  const parsed = SopContextSchema.safeParse(p.context);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SnapshotError(`malformed context: ${issue?.message ?? 'invalid'}`, { sopId, field: ['context', ...(issue?.path ?? []).map(String)].join('.') });
  }
  const ctx = parsed.data;
  if (ctx.sopId !== sopId) {
    throw new SnapshotError(`the snapshot belongs to SOP '${ctx.sopId}'`, { sopId, field: 'context.sopId' });
  }
  if (ctx.revision !== info.definition.revision) {
    throw new SnapshotError(`the snapshot was taken under revision ${ctx.revision}, the machine is revision ${info.definition.revision}`, { sopId, field: 'context.revision' });
  }
  if (typeof p.value !== 'string') {
    throw new SnapshotError('the state value must be a step id or a final state', { sopId, field: 'value' });
  }
  const value = p.value;
  const isFinal = value === FINAL_STATES.done || (value === FINAL_STATES.refused && info.flow.canRefuse);
  if (!isFinal && !info.flow.byId.has(value)) {
    throw new SnapshotError(`unknown state '${value}'`, { sopId, stepId: value, field: 'value' });
  }
  if (p.status !== (isFinal ? 'done' : 'active')) {
    throw new SnapshotError(`status '${String(p.status)}' does not fit state '${value}'`, { sopId, stepId: value, field: 'status' });
  }
  let last = ctx.visits[0]!.enteredAt;
  for (const [i, v] of ctx.visits.entries()) {
    if (!info.flow.byId.has(v.stepId)) {
      throw new SnapshotError(`visit ${i + 1} is of an unknown step '${v.stepId}'`, { sopId, stepId: v.stepId, field: `context.visits.${i}.stepId` });
    }
    if (v.enteredAt < last || (v.leftAt !== undefined && v.leftAt < v.enteredAt)) {
      throw new SnapshotError(`visit ${i + 1} goes back in time`, { sopId, stepId: v.stepId, field: `context.visits.${i}.enteredAt` });
    }
    last = v.leftAt ?? v.enteredAt;
    const isLast = i === ctx.visits.length - 1;
    if ((v.leftAt === undefined) !== (isLast && !isFinal)) {
      throw new SnapshotError(isLast ? 'the last visit does not fit the state' : `visit ${i + 1} was never closed`, { sopId, stepId: v.stepId, field: `context.visits.${i}.leftAt` });
    }
  }
  const open = ctx.visits[ctx.visits.length - 1];
  if (!isFinal && open?.stepId !== value) {
    throw new SnapshotError(`the open visit is of step '${open?.stepId}', not the state '${value}'`, { sopId, stepId: value, field: 'context.visits' });
  }
  return persisted as Snapshot<unknown>;
}

/**
 * Creates and starts an actor for an SOP machine: a new case from `input`, or a restored one
 * from a persisted snapshot (validated with {@link validateSnapshot} first).
 *
 * @example
 * ```ts
 * const actor = startCase(machine, { input: { caseId: 'NS-2026-014' } })
 * const again = startCase(machine, { snapshot: JSON.parse(saved) })
 * ```
 */
export function startCase<M extends AnyStateMachine>(machine: M, options: { input?: SopInput; snapshot?: unknown } = {}): Actor<M> {
  const m = machine as unknown as SopMachine;
  const actor =
    options.snapshot !== undefined
      ? createActor(m, { snapshot: validateSnapshot(machine, options.snapshot) as never })
      : createActor(m, { input: options.input });
  return actor.start() as unknown as Actor<M>;
}
