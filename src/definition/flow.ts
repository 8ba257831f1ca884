import { FINAL_STATES } from './schema.js';
import type { AnySopDefinition, SopStep } from './types.js';

/** Where a transition goes: a step id, or one of the final states `selesai` / `ditolak`. */
export type FlowTarget = string;

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
  /** Where TIDAK SETUJU goes (decisions only): the rework step or `ditolak`. */
  readonly refuse: FlowTarget | undefined;
}

/** A definition compiled into a table of steps: the one traversal every part of the library uses. */
export interface Flow {
  /** The first step's id. */
  readonly start: string;
  /** The steps in document order. */
  readonly nodes: readonly FlowNode[];
  /** The steps by id. */
  readonly byId: ReadonlyMap<string, FlowNode>;
  /** Whether the SOP can end in refusal (some TIDAK SETUJU ends the case). */
  readonly canRefuse: boolean;
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
      return { id: step.id, index, step, kind: 'task', next: following, refuse: undefined };
    }
    const t = step.decision.tidakSetuju;
    return {
      id: step.id,
      index,
      step,
      kind: 'decision',
      next: step.decision.setuju ?? following,
      refuse: t.action === 'rework' ? t.to : FINAL_STATES.refused,
    };
  });
  const first = nodes[0];
  if (first === undefined) throw new Error(`SOP '${def.id}': field 'steps' is empty`);
  const flow: Flow = Object.freeze({
    start: first.id,
    nodes: Object.freeze(nodes),
    byId: new Map(nodes.map((n) => [n.id, n])),
    canRefuse: nodes.some((n) => n.refuse === FINAL_STATES.refused),
  });
  cache.set(def, flow);
  return flow;
}
