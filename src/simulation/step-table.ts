import { compileFlow, flowStates } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { durationToMinutes } from '../time/index.js';
import type { WorkCalendar } from '../time/index.js';

/** Index of the final state `selesai` in {@link StepTable.next} / {@link StepTable.refuse}. */
export const DONE = -1;
/** Index of the final state `ditolak`. */
export const REFUSED = -2;

/** {@link StepTable.refusal}: what TIDAK SETUJU does in a state (0 for a task). */
export const REFUSAL_CODES = { none: 0, rework: 1, end: 2, forward: 3 } as const;

/**
 * An SOP compiled into flat typed arrays for sampling and for the exact chain: one slot per
 * state, transitions as indices (`-1` = selesai, `-2` = ditolak), budgets in working minutes.
 * Built from {@link compileFlow}'s states (`flowStates`, the transition rule `advance`), so it
 * follows the same rules as the machine.
 *
 * A state is a step together with the forward refusal pending there. States `0 … steps − 1`
 * are the steps themselves in document order with no refusal pending; an SOP with a forward
 * refusal (`{ action: 'forward' }`) gets one more state for each step reachable while that
 * refusal is pending, whose end is `ditolak` instead of `selesai`. Without forward refusals
 * the table has exactly one state per step.
 */
export interface StepTable {
  /** The SOP's id. */
  readonly sopId: string;
  /** The step id of each state (a step appears more than once when it is reachable with a refusal pending). */
  readonly ids: readonly string[];
  /** The performers of each state's step. */
  readonly roles: readonly (readonly string[])[];
  /** The index of the first state. */
  readonly start: number;
  /** Each state's budget in working minutes on the calendar. */
  readonly budget: Float64Array;
  /** Where SELESAI / SETUJU goes. */
  readonly next: Int32Array;
  /** Where TIDAK SETUJU goes (decisions), else `next`. */
  readonly refuse: Int32Array;
  /** 1 for a decision step. */
  readonly decision: Uint8Array;
  /** What TIDAK SETUJU does: {@link REFUSAL_CODES} (0 none, 1 rework, 2 end, 3 forward). */
  readonly refusal: Uint8Array;
  /** The step of each state, as its index in document order. */
  readonly step: Int32Array;
  /** How many steps the SOP has (the first `steps` states). */
  readonly steps: number;
  /** The working minutes of one day on the calendar the budgets were converted with. */
  readonly minutesPerDay: number;
}

/**
 * Compiles a definition into its {@link StepTable}.
 *
 * @param def - a definition (from `defineSop` or the catalogue)
 * @param calendar - converts `hari` budgets to working minutes (`minutesPerDay`)
 * @returns the table
 */
export function compileStepTable(def: AnySopDefinition, calendar: Pick<WorkCalendar, 'minutesPerDay'>): StepTable {
  const flow = compileFlow(def);
  const { positions, next, refuse } = flowStates(flow);
  const toIndex = (t: number | string): number => (typeof t === 'number' ? t : t === FINAL_STATES.done ? DONE : REFUSED);
  const n = positions.length;
  const budget = new Float64Array(n);
  const decision = new Uint8Array(n);
  const refusal = new Uint8Array(n);
  const step = new Int32Array(n);
  const nodes = positions.map((p) => flow.byId.get(p.at)!);
  nodes.forEach((node, i) => {
    budget[i] = durationToMinutes(node.step.waktu, calendar.minutesPerDay);
    decision[i] = node.kind === 'decision' ? 1 : 0;
    refusal[i] = REFUSAL_CODES[node.refusal ?? 'none'];
    step[i] = node.index;
  });
  return Object.freeze({
    sopId: def.id,
    ids: Object.freeze(nodes.map((x) => x.id)),
    roles: Object.freeze(nodes.map((x) => Object.freeze([...x.step.pelaksana]))),
    start: flow.byId.get(flow.start)!.index,
    budget,
    next: Int32Array.from(next, toIndex),
    refuse: Int32Array.from(refuse, toIndex),
    decision,
    refusal,
    step,
    steps: flow.nodes.length,
    minutesPerDay: calendar.minutesPerDay,
  });
}
