import { SopDefinitionError } from '../errors/index.js';
import { FINAL_STATES } from './schema.js';
import type { AnySopDefinition, SopStep } from './types.js';

/** Where a transition goes: a step id, or one of the final states `selesai` / `ditolak`. */
export type FlowTarget = string;

/**
 * What a decision's TIDAK SETUJU does: `rework` sends the case back to an earlier step, `end`
 * ends it at once as `ditolak`, `forward` goes on to a later step and the case ends as
 * `ditolak` when that path finishes.
 */
export type RefusalKind = 'rework' | 'end' | 'forward';

/** The answer that closes a step: SELESAI for a task, SETUJU or TIDAK_SETUJU for a decision. */
export type FlowAnswer = 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU';

/** One step compiled for traversal. */
export interface FlowNode {
  /** The step's id. */
  readonly id: string;
  /** Its position in document order (0-based). */
  readonly index: number;
  /** The step as defined. */
  readonly step: SopStep<string, string>;
  /** Whether the step is completed by SELESAI (`task`) or answered by SETUJU / TIDAK SETUJU (`decision`). */
  readonly kind: 'task' | 'decision';
  /** Where SELESAI (task) or SETUJU (decision) goes. */
  readonly next: FlowTarget;
  /**
   * Where TIDAK SETUJU goes (decisions only): the rework step, the later step of a forward
   * refusal, or `ditolak`. {@link FlowNode.refusal} says which.
   */
  readonly refuse: FlowTarget | undefined;
  /** What TIDAK SETUJU does (decisions only). */
  readonly refusal: RefusalKind | undefined;
}

/** A definition compiled into a table of steps: the one traversal every part of the library uses. */
export interface Flow {
  /** The first step's id. */
  readonly start: string;
  /** The steps in document order. */
  readonly nodes: readonly FlowNode[];
  /** The steps by id. */
  readonly byId: ReadonlyMap<string, FlowNode>;
  /** Whether the SOP can end in refusal (some TIDAK SETUJU ends the case, at once or after a forward path). */
  readonly canRefuse: boolean;
  /** Whether some TIDAK SETUJU goes forward (so a case's outcome depends on more than its last step). */
  readonly refusesForward: boolean;
}

/**
 * Where a case stands in the flow: the step it is at (or the final state it reached), and the
 * decision whose forward refusal will end it as `ditolak` (`undefined` when none is pending).
 */
export interface FlowPosition {
  readonly at: FlowTarget;
  readonly refusedAt: string | undefined;
}

const cache = new WeakMap<object, Flow>();

/**
 * Compiles a definition into its flow table (memoised per definition object). The machine,
 * lead time, simulation, conformance and renderings all read transitions from here, so the
 * SOP's rules live in one place.
 *
 * @param def - a definition (validated by `defineSop`)
 */
export function compileFlow(def: AnySopDefinition): Flow {
  const hit = cache.get(def);
  if (hit) return hit;
  const nodes: FlowNode[] = def.steps.map((step, index) => {
    const following = def.steps[index + 1]?.id ?? FINAL_STATES.done;
    if (step.decision === undefined) {
      return { id: step.id, index, step, kind: 'task', next: following, refuse: undefined, refusal: undefined };
    }
    const t = step.decision.tidakSetuju;
    return {
      id: step.id,
      index,
      step,
      kind: 'decision',
      next: step.decision.setuju ?? following,
      refuse: t.action === 'end' ? FINAL_STATES.refused : t.to,
      refusal: t.action,
    };
  });
  const first = nodes[0];
  if (first === undefined) throw new SopDefinitionError([{ sopId: def.id, field: 'steps', message: 'an SOP has at least one step', pesan: 'SOP memiliki paling sedikit satu langkah' }]);
  const flow: Flow = Object.freeze({
    start: first.id,
    nodes: Object.freeze(nodes),
    byId: new Map(nodes.map((n) => [n.id, n])),
    canRefuse: nodes.some((n) => n.refusal === 'end' || n.refusal === 'forward'),
    refusesForward: nodes.some((n) => n.refusal === 'forward'),
  });
  cache.set(def, flow);
  return flow;
}

/**
 * The one transition rule of an SOP: where `answer` at `node` takes a case whose pending
 * forward refusal is `refusedAt`.
 *
 * - SELESAI / SETUJU go to `node.next`; reaching the end gives `ditolak` while a forward
 *   refusal is pending, else `selesai`.
 * - TIDAK SETUJU that ends the case gives `ditolak`.
 * - TIDAK SETUJU that goes forward goes to its later step and leaves the refusal pending
 *   (an earlier pending refusal stays the deciding one).
 * - TIDAK SETUJU that reworks goes back to its step; if that step lies at or before the
 *   decision whose refusal is pending, the refusal is undone, since that decision will be
 *   answered again.
 *
 * @param flow - the compiled flow
 * @param node - the step being closed
 * @param answer - the event that closes it
 * @param refusedAt - the pending forward refusal (`undefined` when none)
 * @returns where the case goes and the refusal then pending
 *
 * @example
 * ```ts
 * const flow = compileFlow(getSop('pendaftaran-narasumber'))
 * advance(flow, flow.byId.get('persetujuan-ketua')!, 'TIDAK_SETUJU', undefined)
 * // { at: 'kirim-surat-keterangan', refusedAt: 'persetujuan-ketua' }
 * ```
 */
export function advance(flow: Flow, node: FlowNode, answer: FlowAnswer, refusedAt: string | undefined): FlowPosition {
  if (answer === 'TIDAK_SETUJU' && node.refusal !== undefined) {
    const to = node.refuse!;
    if (node.refusal !== 'rework') return { at: to, refusedAt: refusedAt ?? node.id };
    const pending = refusedAt === undefined ? undefined : flow.byId.get(refusedAt);
    const undone = pending !== undefined && flow.byId.get(to)!.index <= pending.index;
    return { at: to, refusedAt: undone ? undefined : refusedAt };
  }
  if (node.next === FINAL_STATES.done && refusedAt !== undefined) return { at: FINAL_STATES.refused, refusedAt };
  return { at: node.next, refusedAt };
}

/**
 * Replays the closed steps of a case (in order) through {@link advance}: where the case
 * stands and which refusal is pending. Records without an event (the open visit) are skipped.
 *
 * @param flow - the compiled flow
 * @param records - the case's visits, `{ stepId, event }` each
 * @returns the position after the last closed record (the start when none is closed)
 */
export function replayFlow(flow: Flow, records: Iterable<{ readonly stepId: string; readonly event?: FlowAnswer | undefined }>): FlowPosition {
  let position: FlowPosition = { at: flow.start, refusedAt: undefined };
  for (const r of records) {
    const node = flow.byId.get(r.stepId);
    if (r.event === undefined || node === undefined) continue;
    position = advance(flow, node, r.event, position.refusedAt);
  }
  return position;
}

/** The states of a flow with their transitions: see {@link flowStates}. */
export interface FlowStates {
  /** Each state: a step and the forward refusal pending there. The first `flow.nodes.length` are the steps with none pending, in document order. */
  readonly positions: readonly FlowPosition[];
  /** Where SELESAI / SETUJU goes from each state: a state index, or `selesai` / `ditolak`. */
  readonly next: readonly (number | typeof FINAL_STATES.done | typeof FINAL_STATES.refused)[];
  /** Where TIDAK SETUJU goes from each state (a task's entry repeats `next`). */
  readonly refuse: readonly (number | typeof FINAL_STATES.done | typeof FINAL_STATES.refused)[];
}

/**
 * Numbers the states a case can be in: each step with the forward refusal pending there
 * (none, or the decision that refused forward), with the transitions {@link advance} gives.
 * The steps themselves come first (no refusal pending), then each (step, pending refusal)
 * pair as it is reached; without forward refusals there is one state per step. The exact
 * chain, Monte Carlo and the BPMN rendering read this, so a refused case's path is a path of
 * its own wherever the outcome matters.
 *
 * @param flow - the compiled flow
 */
export function flowStates(flow: Flow): FlowStates {
  const hit = statesCache.get(flow);
  if (hit) return hit;
  const positions: FlowPosition[] = flow.nodes.map((n) => ({ at: n.id, refusedAt: undefined }));
  const key = (p: FlowPosition) => `${p.at}\u0000${p.refusedAt ?? ''}`;
  const index = new Map(positions.map((p, i) => [key(p), i]));
  type Target = FlowStates['next'][number];
  const toIndex = (p: FlowPosition): Target => {
    if (p.at === FINAL_STATES.done || p.at === FINAL_STATES.refused) return p.at;
    let i = index.get(key(p));
    if (i === undefined) {
      i = positions.length;
      positions.push(p);
      index.set(key(p), i);
    }
    return i;
  };
  const next: Target[] = [];
  const refuse: Target[] = [];
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    const node = flow.byId.get(p.at)!;
    next.push(toIndex(advance(flow, node, node.kind === 'task' ? 'SELESAI' : 'SETUJU', p.refusedAt)));
    refuse.push(node.kind === 'task' ? next[i]! : toIndex(advance(flow, node, 'TIDAK_SETUJU', p.refusedAt)));
  }
  const states: FlowStates = Object.freeze({ positions: Object.freeze(positions), next: Object.freeze(next), refuse: Object.freeze(refuse) });
  statesCache.set(flow, states);
  return states;
}

const statesCache = new WeakMap<Flow, FlowStates>();
