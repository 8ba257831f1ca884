import { compileFlow } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { durationToMinutes } from '../time/index.js';
import type { WorkCalendar } from '../time/index.js';

/** Index of the final state `selesai` in {@link StepTable.next} / {@link StepTable.refuse}. */
export const DONE = -1;
/** Index of the final state `ditolak`. */
export const REFUSED = -2;

/**
 * An SOP compiled into flat typed arrays for sampling: one slot per step in document order,
 * transitions as indices (`-1` = selesai, `-2` = ditolak), budgets in working minutes. Built from
 * {@link compileFlow}, so it follows the same rules as the machine.
 */
export interface StepTable {
  /** The SOP's id. */
  readonly sopId: string;
  /** The step ids, by index. */
  readonly ids: readonly string[];
  /** The performers of each step, by index. */
  readonly roles: readonly (readonly string[])[];
  /** The index of the first step. */
  readonly start: number;
  /** Each step's budget in working minutes on the calendar. */
  readonly budget: Float64Array;
  /** Where SELESAI / SETUJU goes. */
  readonly next: Int32Array;
  /** Where TIDAK SETUJU goes (decisions), else `next`. */
  readonly refuse: Int32Array;
  /** 1 for a decision step. */
  readonly decision: Uint8Array;
  /** The working minutes of one day on the calendar the budgets were converted with. */
  readonly minutesPerDay: number;
}

const toIndex = (target: string, byId: ReadonlyMap<string, { index: number }>): number =>
  target === FINAL_STATES.done ? DONE : target === FINAL_STATES.refused ? REFUSED : byId.get(target)!.index;

/**
 * Compiles a definition into its {@link StepTable}.
 *
 * @param def - a definition (from `defineSop` or the catalogue)
 * @param calendar - converts `hari` budgets to working minutes (`minutesPerDay`)
 * @returns the table
 */
export function compileStepTable(def: AnySopDefinition, calendar: Pick<WorkCalendar, 'minutesPerDay'>): StepTable {
  const flow = compileFlow(def);
  const n = flow.nodes.length;
  const budget = new Float64Array(n);
  const next = new Int32Array(n);
  const refuse = new Int32Array(n);
  const decision = new Uint8Array(n);
  for (const node of flow.nodes) {
    budget[node.index] = durationToMinutes(node.step.waktu, calendar.minutesPerDay);
    next[node.index] = toIndex(node.next, flow.byId);
    refuse[node.index] = node.refuse === undefined ? toIndex(node.next, flow.byId) : toIndex(node.refuse, flow.byId);
    decision[node.index] = node.kind === 'decision' ? 1 : 0;
  }
  return Object.freeze({
    sopId: def.id,
    ids: Object.freeze(flow.nodes.map((x) => x.id)),
    roles: Object.freeze(flow.nodes.map((x) => Object.freeze([...x.step.pelaksana]))),
    start: flow.byId.get(flow.start)!.index,
    budget,
    next,
    refuse,
    decision,
    minutesPerDay: calendar.minutesPerDay,
  });
}
