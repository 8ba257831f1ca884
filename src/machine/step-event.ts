import { SopError } from '../errors/index.js';
import { compileFlow } from '../definition/index.js';
import type { AnySopDefinition, EventTypeFor, RoleOf, StepIdOf } from '../definition/index.js';
import type { Actor } from '../roles/index.js';
import type { InstantInput } from '../time/index.js';
import type { SopEvent } from './events.js';

/**
 * Builds the event that completes or answers a given step, checked twice: by the types (a
 * task step takes only `SELESAI`, a decision step only `SETUJU` / `TIDAK_SETUJU`, the step id
 * must be one of the SOP's) and at run time (the same rules, plus: the actor performs the
 * step, as its own role or the role it acts for). Use it where a user interface offers the
 * buttons of one step ("Setujui", "Kembalikan") so that a wrong combination cannot be sent.
 *
 * The machine still judges the event when it arrives (the case may have moved on).
 *
 * @param definition - a definition from `defineSop`
 * @param stepId - the step the event is for
 * @param type - the event the step takes
 * @param actor - who sends it
 * @param extra - `at` and `note`
 * @throws {@link SopError} (`INVALID_EVENT`) naming the SOP, the step and the field when the step, event or role does not fit
 *
 * @example
 * ```ts
 * const e = eventFor(sop, 'koreksi-konsep-surat', 'TIDAK_SETUJU', { role: 'kepala-bidang' }, { note: 'dasar hukum kurang' })
 * dispatch(actor, e)
 * // eventFor(sop, 'susun-surat-tugas', 'SETUJU', …) does not compile: that step is not a decision
 * ```
 */
export function eventFor<const D extends AnySopDefinition, S extends StepIdOf<D>>(
  definition: D,
  stepId: S,
  type: EventTypeFor<D, S>,
  actor: Actor<RoleOf<D>>,
  extra: { readonly at?: InstantInput | undefined; readonly note?: string | undefined } = {},
): SopEvent<RoleOf<D>> {
  const node = compileFlow(definition).byId.get(stepId);
  const fail = (field: string, detail: string): never => {
    throw new SopError('INVALID_EVENT', { sopId: definition.id, stepId, field, detail });
  };
  if (node === undefined) return fail('stepId', `the SOP has no step '${stepId}'`);
  const takes = node.kind === 'decision' ? ['SETUJU', 'TIDAK_SETUJU'] : ['SELESAI'];
  if (!takes.includes(type)) fail('type', `step ${node.step.label} takes ${takes.join(' or ')}, not ${String(type)}`);
  const performs = (role: string | undefined) => role !== undefined && node.step.pelaksana.includes(role);
  if (!performs(actor.role) && !performs(actor.actingAs?.role)) {
    fail('actor.role', `step ${node.step.label} is performed by ${node.step.pelaksana.join(', ')}, not by ${actor.role}`);
  }
  return { type, actor, at: extra.at, note: extra.note };
}
