/**
 * Optimal alignments of a trace against the SOP's flow (the flow table of `compileFlow`,
 * read as a labelled transition system: one state per step (per step and pending forward
 * refusal, see `flowStates`) plus the final states, one transition per event the step takes). A* over (model state × trace position) with the
 * standard costs (log move 1, model move 1, synchronous move 0) and a consistent heuristic;
 * ties are broken deterministically. @internal
 */
import { FINAL_STATES, flowStates, type Flow } from '../definition/index.js';

/** One transition of a model state: the event that takes it, and where it goes. @internal */
export interface ModelTransition {
  readonly type: 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU';
  /** The target state index. */
  readonly to: number;
}

/** The flow as states and transitions, with what the search needs precomputed. @internal */
export interface AlignModel {
  readonly flow: Flow;
  /**
   * The states of `flowStates` (a step, with the forward refusal pending there) are `0 … steps−1`,
   * the steps themselves first in document order; `steps` is `selesai`, `steps + 1` is `ditolak`.
   */
  readonly states: number;
  readonly steps: number;
  /**
   * Each state's place in the flow: its step's index in `flow.nodes`, or for the final states
   * `flow.nodes.length` (`selesai`) and `flow.nodes.length + 1` (`ditolak`).
   */
  readonly nodeOf: Int32Array;
  readonly start: number;
  readonly transitions: readonly (readonly ModelTransition[])[];
  /** Fewest transitions from each state to a final state. */
  readonly toFinal: Int32Array;
  /** `reach[m][k]`: step `k` (an index in `flow.nodes`) can still be performed from state `m` (itself included). */
  readonly reach: readonly Uint8Array[];
  /** The length of the shortest complete run of the model. */
  readonly shortest: number;
}

const DONE = FINAL_STATES.done;
const REFUSED = FINAL_STATES.refused;

/**
 * Builds the alignment model of a flow: the states and every transition are read from
 * `flowStates` (so a forward refusal's pending outcome is part of the state). @internal
 */
export function alignModel(flow: Flow): AlignModel {
  const fs = flowStates(flow);
  const P = fs.positions.length;
  const n = flow.nodes.length;
  const target = (t: number | string): number => (t === DONE ? P : t === REFUSED ? P + 1 : (t as number));
  const nodeOf = new Int32Array(P + 2);
  fs.positions.forEach((p, m) => (nodeOf[m] = flow.byId.get(p.at)!.index));
  nodeOf[P] = n;
  nodeOf[P + 1] = n + 1;
  const transitions: ModelTransition[][] = fs.positions.map((p, m) =>
    flow.byId.get(p.at)!.kind === 'task'
      ? [{ type: 'SELESAI', to: target(fs.next[m]!) }]
      : [
          { type: 'SETUJU', to: target(fs.next[m]!) },
          { type: 'TIDAK_SETUJU', to: target(fs.refuse[m]!) },
        ],
  );
  transitions.push([], []);
  const states = P + 2;
  const toFinal = new Int32Array(states).fill(1 << 30);
  toFinal[P] = 0;
  toFinal[P + 1] = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (let m = 0; m < P; m++) {
      for (const t of transitions[m]!) {
        if (toFinal[t.to]! + 1 < toFinal[m]!) {
          toFinal[m] = toFinal[t.to]! + 1;
          changed = true;
        }
      }
    }
  }
  const reach = transitions.map((_, m) => {
    const seen = new Uint8Array(states);
    const steps = new Uint8Array(n + 2);
    const stack = m < P ? [m] : [];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen[s] === 1) continue;
      seen[s] = 1;
      steps[nodeOf[s]!] = 1;
      for (const t of transitions[s]!) if (t.to < P) stack.push(t.to);
    }
    return steps;
  });
  return { flow, states, steps: P, nodeOf, start: 0, transitions, toFinal, reach, shortest: toFinal[0]! };
}

/** A move of an alignment. @internal */
export const enum MoveKind {
  Log = 0,
  Sync = 1,
  Model = 2,
}

/**
 * An optimal alignment: its moves as `[kind, event, state, transition]` quadruples (event
 * −1 for a model move, state the model state before the move, transition −1 for a log
 * move), its cost (log and model moves), and the fitness.
 * @internal
 */
export interface Alignment {
  readonly moves: Int32Array;
  readonly cost: number;
  readonly fitness: number;
}

/** A trace for the search: per event, the steps it may be (empty: a step the SOP lacks), and its decision. @internal */
export interface AlignTrace {
  /** Per event, the step indices its step text names. */
  readonly steps: readonly (readonly number[])[];
  /** Per event: 0 no decision, 1 setuju, 2 tidak setuju. */
  readonly decisions: ArrayLike<number>;
}

/** A binary min-heap of state ids by (priority, larger id first). */
class Frontier {
  private ids = new Int32Array(64);
  private keys = new Float64Array(64);
  size = 0;

  push(id: number, key: number): void {
    if (this.size === this.ids.length) {
      const ids = new Int32Array(this.size * 2);
      ids.set(this.ids);
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.ids = ids;
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(id, key, this.ids[p]!, this.keys[p]!)) break;
      this.ids[i] = this.ids[p]!;
      this.keys[i] = this.keys[p]!;
      i = p;
    }
    this.ids[i] = id;
    this.keys[i] = key;
  }

  /** Removes the first id; its key is left in `lastKey`. */
  pop(): number {
    const top = this.ids[0]!;
    this.lastKey = this.keys[0]!;
    const id = this.ids[--this.size]!;
    const key = this.keys[this.size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.before(this.ids[r]!, this.keys[r]!, this.ids[l]!, this.keys[l]!) ? r : l;
      if (!this.before(this.ids[c]!, this.keys[c]!, id, key)) break;
      this.ids[i] = this.ids[c]!;
      this.keys[i] = this.keys[c]!;
      i = c;
    }
    this.ids[i] = id;
    this.keys[i] = key;
    return top;
  }

  lastKey = 0;

  private before(a: number, ka: number, b: number, kb: number): boolean {
    return ka < kb || (ka === kb && a > b);
  }
}

/** The state of one search: costs so far, how each state was reached, the heuristic's table. */
class Search {
  readonly length: number;
  readonly unit: number;
  readonly g: Float64Array;
  readonly parent: Int32Array;
  readonly via: Int16Array;
  readonly closed: Uint8Array;
  /** `unreachable[m * (L + 1) + i]`: events from `i` on that state `m` can no longer perform. */
  private readonly unreachable: Int32Array;
  readonly frontier = new Frontier();

  constructor(
    readonly model: AlignModel,
    readonly trace: AlignTrace,
    readonly allowIncomplete: boolean,
  ) {
    const L = trace.steps.length;
    const size = (L + 1) * model.states;
    this.length = L;
    // Secondary costs stay below one move: a decision the chosen transition contradicts, and
    // a log move (of two alignments of equal cost, the one that keeps more events synchronous).
    this.unit = 2 * L + 2;
    this.g = new Float64Array(size).fill(Infinity);
    this.parent = new Int32Array(size).fill(-1);
    this.via = new Int16Array(size);
    this.closed = new Uint8Array(size);
    this.unreachable = unreachableTable(model, trace);
  }

  /** A lower bound of the cost still to pay from state `m` at position `i` (consistent). */
  h(m: number, i: number): number {
    const rest = this.length - i;
    const a = this.unreachable[m * (this.length + 1) + i]!;
    const b = this.allowIncomplete ? 0 : this.model.toFinal[m]! - rest;
    return (a > b ? a : b) * this.unit;
  }

  relax(from: number, to: number, cost: number, via: number): void {
    const g = this.g[from]! + cost;
    if (g < this.g[to]!) {
      this.g[to] = g;
      this.parent[to] = from;
      this.via[to] = via;
      const S = this.model.states;
      this.frontier.push(to, g + this.h(to % S, Math.floor(to / S)));
    }
  }
}

/** Per state and position, how many events from there on the state can no longer perform (an admissible, consistent bound). */
function unreachableTable(model: AlignModel, trace: AlignTrace): Int32Array {
  const L = trace.steps.length;
  const table = new Int32Array((L + 1) * model.states);
  for (let m = 0; m < model.states; m++) {
    const reach = model.reach[m]!;
    const base = m * (L + 1);
    let count = 0;
    for (let i = L - 1; i >= 0; i--) {
      const steps = trace.steps[i]!;
      let ok = 0;
      for (let j = 0; j < steps.length; j++) ok |= reach[steps[j]!]!;
      if (ok === 0) count++;
      table[base + i] = count;
    }
  }
  return table;
}

/** The secondary cost of taking transition `t` on an event with decision `d`: a contradiction, or a TIDAK SETUJU nobody logged. */
function decisionCost(t: ModelTransition, d: number): number {
  if (t.type === 'SELESAI') return 0;
  const want = t.type === 'SETUJU' ? 1 : 2;
  return d === 0 ? (want === 2 ? 1 : 0) : d === want ? 0 : 1;
}

function expand(s: Search, id: number): void {
  const S = s.model.states;
  const m = id % S;
  const i = Math.floor(id / S);
  const trans = s.model.transitions[m]!;
  if (i < s.length) {
    s.relax(id, id + S, s.unit + 1, 0);
    const steps = s.trace.steps[i]!;
    if (steps.includes(s.model.nodeOf[m]!)) {
      const d = s.trace.decisions[i]!;
      for (let t = 0; t < trans.length; t++) s.relax(id, i * S + S + trans[t]!.to, decisionCost(trans[t]!, d), 1 + t);
    }
  }
  for (let t = 0; t < trans.length; t++) s.relax(id, i * S + trans[t]!.to, s.unit, 64 + t);
}

/**
 * Computes a minimum-cost alignment of a trace against the model: A* over (state, position)
 * with the standard costs; among alignments of equal cost, the one with the fewest log moves
 * and whose decision steps take the transition the log's decision names, then a fixed order
 * of states.
 *
 * @param model - from {@link alignModel}
 * @param trace - the events' steps and decisions
 * @param allowIncomplete - a trace may end anywhere in the model (a running case)
 * @internal
 */
export function align(model: AlignModel, trace: AlignTrace, allowIncomplete: boolean): Alignment {
  const s = new Search(model, trace, allowIncomplete);
  const S = model.states;
  const L = trace.steps.length;
  const start = model.start;
  s.g[start] = 0;
  s.frontier.push(start, s.h(start, 0));
  let goal = -1;
  while (s.frontier.size > 0) {
    const id = s.frontier.pop();
    if (s.closed[id] === 1) continue;
    s.closed[id] = 1;
    const m = id % S;
    if (id >= L * S && (allowIncomplete || m >= model.steps)) {
      goal = id;
      break;
    }
    expand(s, id);
  }
  return path(s, goal);
}

function path(s: Search, goal: number): Alignment {
  const S = s.model.states;
  const parent = s.parent;
  const via = s.via;
  let n = 0;
  for (let id = goal; parent[id]! !== -1; id = parent[id]!) n++;
  const moves = new Int32Array(n * 4);
  let cost = 0;
  let k = n * 4;
  for (let id = goal; parent[id]! !== -1; id = parent[id]!) {
    const from = parent[id]!;
    const v = via[id]!;
    k -= 4;
    const m = from % S;
    moves[k + 2] = m;
    if (v === 0) {
      moves[k] = 0;
      moves[k + 1] = (from - m) / S;
      moves[k + 3] = -1;
      cost++;
    } else if (v < 64) {
      moves[k] = 1;
      moves[k + 1] = (from - m) / S;
      moves[k + 3] = v - 1;
    } else {
      moves[k] = 2;
      moves[k + 1] = -1;
      moves[k + 3] = v - 64;
      cost++;
    }
  }
  const worst = s.length + s.model.shortest;
  return { moves, cost, fitness: worst === 0 ? 1 : Math.max(0, 1 - cost / worst) };
}
