/**
 * The diagnosis of one control-flow variant, derived from its optimal alignment once and
 * shared by every case of the variant: which moves are steps (logged or assumed), which
 * deviations the log and model moves mean, where the case ends. @internal
 */
import { align, MoveKind, type AlignModel, type Alignment, type AlignTrace } from './alignment.js';

/** The kinds of deviation an alignment shows (the data-aware kinds come per event). @internal */
export type FlowIssueKind = 'skipped-step' | 'out-of-order' | 'inserted-step' | 'unknown-step' | 'after-end' | 'incomplete-case';

/** A deviation of the variant: its kind, the step (state index), the event, and the other step its message names. @internal */
export interface FlowIssue {
  readonly kind: FlowIssueKind;
  /** The step concerned (a state index), or −1 for a step the SOP lacks. */
  readonly node: number;
  /** The event that shows it, or −1. */
  readonly event: number;
  /** The state the message names beside it (the step jumped to, the step the case was at, the final state), or −1. */
  readonly other: number;
}

/** One step of the variant as the case passed it: logged (a synchronous move) or assumed (a model move). @internal */
export interface PlanStep {
  /** The state index of the step. */
  readonly node: number;
  /** The transition taken (index into the state's transitions). */
  readonly transition: number;
  /** The event, or −1 for an assumed step. */
  readonly event: number;
  /** 1 for the first visit of the step, 2 for the first rework … */
  readonly visit: number;
}

/** A variant's diagnosis. @internal */
export interface VariantPlan {
  readonly alignment: Alignment;
  /** Steps and deviations in alignment order: a step, or a deviation (`issue`). */
  readonly entries: readonly ({ readonly step: PlanStep } | { readonly issue: FlowIssue })[];
  /** The state the case is in after its last event: a step (running) or a final state. */
  readonly end: number;
  /** The event whose synchronous move reached the final state, or −1. */
  readonly endEvent: number;
  /** Visits beyond the first, per state index (only states reworked). */
  readonly reworks: ReadonlyMap<number, number>;
}

interface Move {
  readonly kind: MoveKind;
  readonly event: number;
  readonly state: number;
  readonly transition: number;
}

function movesOf(a: Alignment): Move[] {
  const out: Move[] = [];
  for (let k = 0; k < a.moves.length; k += 4) out.push({ kind: a.moves[k]!, event: a.moves[k + 1]!, state: a.moves[k + 2]!, transition: a.moves[k + 3]! });
  return out;
}

/** Labels each log move: a step the SOP lacks, an event after the case really ended, or a candidate for a swap. */
function logMoveKinds(model: AlignModel, trace: AlignTrace, moves: readonly Move[]): (FlowIssueKind | undefined)[] {
  const kinds: (FlowIssueKind | undefined)[] = [];
  let lastOther: MoveKind | undefined;
  for (const mv of moves) {
    if (mv.kind !== MoveKind.Log) {
      kinds.push(undefined);
      lastOther = mv.kind;
      continue;
    }
    if (trace.steps[mv.event]!.length === 0) kinds.push('unknown-step');
    else if (mv.state >= model.steps && lastOther === MoveKind.Sync) kinds.push('after-end');
    else kinds.push('inserted-step');
  }
  return kinds;
}

/** Pairs each model move with the nearest log move of the same step still unpaired (a swap, or a step logged elsewhere). */
function pairSwaps(trace: AlignTrace, moves: readonly Move[], logKinds: readonly (FlowIssueKind | undefined)[]): Int32Array {
  const partner = new Int32Array(moves.length).fill(-1);
  for (let j = 0; j < moves.length; j++) {
    const mv = moves[j]!;
    if (mv.kind !== MoveKind.Model) continue;
    let best = -1;
    for (let k = 0; k < moves.length; k++) {
      // a step logged elsewhere, or after the end, that the model needed here: one swap
      if ((logKinds[k] !== 'inserted-step' && logKinds[k] !== 'after-end') || partner[k] !== -1) continue;
      if (!trace.steps[moves[k]!.event]!.includes(mv.state)) continue;
      if (best === -1 || Math.abs(k - j) < Math.abs(best - j)) best = k;
    }
    if (best !== -1) {
      partner[j] = best;
      partner[best] = j;
    }
  }
  return partner;
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
  const moves = movesOf(alignment);
  const logKinds = logMoveKinds(model, trace, moves);
  const partner = pairSwaps(trace, moves, logKinds);
  let lastSync = -1;
  moves.forEach((mv, k) => {
    if (mv.kind === MoveKind.Sync) lastSync = k;
  });
  const nextSync = (from: number): Move | undefined => {
    for (let k = from + 1; k < moves.length; k++) if (moves[k]!.kind === MoveKind.Sync) return moves[k]!;
    return undefined;
  };
  const entries: VariantPlan['entries'][number][] = [];
  const visits = new Map<number, number>();
  let state = model.start;
  let end = -1;
  let endEvent = -1;
  for (let k = 0; k < moves.length; k++) {
    const mv = moves[k]!;
    if (mv.kind === MoveKind.Log) {
      const kind = partner[k] === -1 ? logKinds[k]! : 'out-of-order';
      const node = kind === 'unknown-step' ? -1 : partner[k] === -1 ? trace.steps[mv.event]![0]! : moves[partner[k]!]!.state;
      entries.push({ issue: { kind, node, event: mv.event, other: mv.state } });
      continue;
    }
    if (mv.kind === MoveKind.Model && partner[k] === -1 && k > lastSync) {
      if (end === -1) {
        end = mv.state;
        if (!allowIncomplete) entries.push({ issue: { kind: 'incomplete-case', node: mv.state, event: -1, other: -1 } });
      }
      continue;
    }
    if (mv.kind === MoveKind.Model && partner[k] === -1) {
      // the step the log jumped to shows the skip
      const next = nextSync(k);
      entries.push({ issue: { kind: 'skipped-step', node: mv.state, event: next?.event ?? -1, other: next?.state ?? -1 } });
    }
    const visit = (visits.get(mv.state) ?? 0) + 1;
    visits.set(mv.state, visit);
    entries.push({ step: { node: mv.state, transition: mv.transition, event: mv.kind === MoveKind.Sync ? mv.event : -1, visit } });
    state = model.transitions[mv.state]![mv.transition]!.to;
    if (state >= model.steps && mv.kind === MoveKind.Sync) endEvent = mv.event;
  }
  const reworks = new Map<number, number>();
  for (const [node, n] of visits) if (n > 1) reworks.set(node, n - 1);
  return { alignment, entries, end: end === -1 ? state : end, endEvent: end === -1 ? endEvent : -1, reworks };
}
