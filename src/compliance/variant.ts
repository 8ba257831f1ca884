/**
 * The diagnosis of one control-flow variant, derived from its optimal alignment once and
 * shared by every case of the variant: which moves are steps (logged or assumed), which
 * deviations the log and model moves mean, where the case ends. Held in typed arrays, one
 * row per entry, so a long variant costs no object per event. @internal
 */
import { align, MoveKind, type AlignModel, type Alignment, type AlignTrace } from './alignment.js';

/** The kinds of deviation an alignment shows (the data-aware kinds come per event). @internal */
export const FLOW_ISSUES = ['skipped-step', 'out-of-order', 'inserted-step', 'unknown-step', 'after-end', 'incomplete-case'] as const;
/** See {@link FLOW_ISSUES}. @internal */
export type FlowIssueKind = (typeof FLOW_ISSUES)[number];

const SKIPPED = 0;
const OUT_OF_ORDER = 1;
const INSERTED = 2;
const UNKNOWN = 3;
const AFTER_END = 4;
const INCOMPLETE = 5;

/**
 * A variant's diagnosis: its entries in alignment order, each a step (`issue[k] === −1`: the
 * step `node[k]` (its model state `state[k]`) left by `transition[k]`, logged by `event[k]` or assumed when −1, its
 * `visit[k]`-th visit) or a deviation (`issue[k]` an index into {@link FLOW_ISSUES}, the step
 * `node[k]` or −1 for a step the SOP lacks, the event `event[k]` that shows it or −1, and the
 * step or final state `other[k]` its message names beside it or −1). Steps and final states are
 * indices in `flow.nodes` (`selesai` is `flow.nodes.length`, `ditolak` one more): a model state
 * (a step with a pending forward refusal) is read back to its step.
 * @internal
 */
export interface VariantPlan {
  readonly alignment: Alignment;
  readonly size: number;
  readonly issue: Int8Array;
  readonly node: Int32Array;
  /** A step entry's model state (the row of `AlignModel.transitions` its transition is read from). */
  readonly state: Int32Array;
  readonly transition: Int8Array;
  readonly event: Int32Array;
  /** A step's visit number, or a deviation's other state. */
  readonly visitOrOther: Int32Array;
  /** Where the case is after its last event: a step (running) or a final state (as `node`). */
  readonly end: number;
  /** The model state the case is in after its last event (a pending forward refusal shows here). */
  readonly endState: number;
  /** The event whose synchronous move reached the final state, or −1. */
  readonly endEvent: number;
  /** Visits beyond the first, per step index (only steps reworked). */
  readonly reworks: ReadonlyMap<number, number>;
}

/** Labels each log move: a step the SOP lacks, an event after the case really ended, or an inserted step; −1 for other moves. */
function logMoveKinds(model: AlignModel, trace: AlignTrace, moves: Int32Array): Int8Array {
  const n = moves.length / 4;
  const kinds = new Int8Array(n).fill(-1);
  let lastOther = -1;
  for (let j = 0; j < n; j++) {
    const kind = moves[4 * j]!;
    if (kind !== MoveKind.Log) {
      lastOther = kind;
      continue;
    }
    const event = moves[4 * j + 1]!;
    const state = moves[4 * j + 2]!;
    if (trace.steps[event]!.length === 0) kinds[j] = UNKNOWN;
    else if (state >= model.steps && lastOther === MoveKind.Sync) kinds[j] = AFTER_END;
    else kinds[j] = INSERTED;
  }
  return kinds;
}

/** Pairs each model move with the nearest unpaired log move of the same step (a swap, or a step logged elsewhere or after the end). */
function pairSwaps(model: AlignModel, trace: AlignTrace, moves: Int32Array, logKinds: Int8Array): Int32Array {
  const n = moves.length / 4;
  const partner = new Int32Array(n).fill(-1);
  const candidates: number[] = [];
  for (let k = 0; k < n; k++) if (logKinds[k] === INSERTED || logKinds[k] === AFTER_END) candidates.push(k);
  if (candidates.length === 0) return partner;
  for (let j = 0; j < n; j++) {
    if (moves[4 * j]! !== MoveKind.Model) continue;
    const node = model.nodeOf[moves[4 * j + 2]!]!;
    let best = -1;
    for (const k of candidates) {
      if (partner[k] !== -1 || !trace.steps[moves[4 * k + 1]!]!.includes(node)) continue;
      if (best === -1 || Math.abs(k - j) < Math.abs(best - j)) best = k;
    }
    if (best !== -1) {
      partner[j] = best;
      partner[best] = j;
    }
  }
  return partner;
}

/** The plan under construction. */
class PlanBuilder {
  size = 0;
  readonly issue: Int8Array;
  readonly node: Int32Array;
  readonly state: Int32Array;
  readonly transition: Int8Array;
  readonly event: Int32Array;
  readonly visitOrOther: Int32Array;

  constructor(capacity: number) {
    this.issue = new Int8Array(capacity);
    this.node = new Int32Array(capacity);
    this.state = new Int32Array(capacity).fill(-1);
    this.transition = new Int8Array(capacity);
    this.event = new Int32Array(capacity);
    this.visitOrOther = new Int32Array(capacity);
  }

  add(issue: number, node: number, transition: number, event: number, visitOrOther: number, state = -1): void {
    const k = this.size++;
    this.issue[k] = issue;
    this.node[k] = node;
    this.state[k] = state;
    this.transition[k] = transition;
    this.event[k] = event;
    this.visitOrOther[k] = visitOrOther;
  }
}

/**
 * Aligns a variant and derives its diagnosis: synchronous moves are logged steps; a model
 * move paired with a log move of the same step is one `out-of-order` (a swap); other model
 * moves are `skipped-step`, or, after the last synchronous move, one `incomplete-case`; other
 * log moves are `unknown-step`, `after-end` (the case had ended by a logged move) or
 * `inserted-step`.
 *
 * @param model - the alignment model
 * @param trace - the variant
 * @param allowIncomplete - a running case is no deviation
 * @internal
 */
export function planVariant(model: AlignModel, trace: AlignTrace, allowIncomplete: boolean): VariantPlan {
  const alignment = align(model, trace, allowIncomplete);
  const moves = alignment.moves;
  const n = moves.length / 4;
  const logKinds = logMoveKinds(model, trace, moves);
  const partner = pairSwaps(model, trace, moves, logKinds);
  const nodeOf = model.nodeOf;
  let lastSync = -1;
  for (let k = 0; k < n; k++) if (moves[4 * k]! === MoveKind.Sync) lastSync = k;
  const nextSync = new Int32Array(n + 1).fill(-1);
  for (let k = n - 1; k >= 0; k--) nextSync[k] = moves[4 * k]! === MoveKind.Sync ? k : nextSync[k + 1]!;
  // a skipped step is two entries (the deviation and the assumed step), the end one more
  const out = new PlanBuilder(2 * n + 1);
  const visits = new Int32Array(model.flow.nodes.length);
  let state = model.start;
  let end = -1;
  let endEvent = -1;
  for (let k = 0; k < n; k++) {
    const kind = moves[4 * k]!;
    const event = moves[4 * k + 1]!;
    const at = moves[4 * k + 2]!;
    const t = moves[4 * k + 3]!;
    if (kind === MoveKind.Log) {
      const issue = partner[k] === -1 ? logKinds[k]! : OUT_OF_ORDER;
      const node = issue === UNKNOWN ? -1 : partner[k] === -1 ? trace.steps[event]![0]! : nodeOf[moves[4 * partner[k]! + 2]!]!;
      out.add(issue, node, -1, event, nodeOf[at]!);
      continue;
    }
    if (kind === MoveKind.Model && partner[k] === -1 && k > lastSync) {
      if (end === -1) {
        end = at;
        if (!allowIncomplete) out.add(INCOMPLETE, nodeOf[at]!, -1, -1, -1, at);
      }
      continue;
    }
    if (kind === MoveKind.Model && partner[k] === -1) {
      // the step the log jumped to shows the skip
      const next = nextSync[k + 1]!;
      out.add(SKIPPED, nodeOf[at]!, -1, next === -1 ? -1 : moves[4 * next + 1]!, next === -1 ? -1 : nodeOf[moves[4 * next + 2]!]!);
    }
    const node = nodeOf[at]!;
    visits[node]!++;
    out.add(-1, node, t, kind === MoveKind.Sync ? event : -1, visits[node]!, at);
    state = model.transitions[at]![t]!.to;
    if (state >= model.steps && kind === MoveKind.Sync) endEvent = event;
  }
  const reworks = new Map<number, number>();
  for (let m = 0; m < visits.length; m++) if (visits[m]! > 1) reworks.set(m, visits[m]! - 1);
  return {
    alignment,
    size: out.size,
    issue: out.issue,
    node: out.node,
    state: out.state,
    transition: out.transition,
    event: out.event,
    visitOrOther: out.visitOrOther,
    end: nodeOf[end === -1 ? state : end]!,
    endState: end === -1 ? state : end,
    endEvent: end === -1 ? endEvent : -1,
    reworks,
  };
}
