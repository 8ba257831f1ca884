/**
 * The BPMN process of an SOP before it is drawn: which flow nodes there are, in which lane,
 * and which sequence flows join them. Everything is read from `compileFlow`; the geometry
 * lives in `bpmn-layout.ts`, the XML in `bpmn.ts`.
 *
 * @internal
 * @packageDocumentation
 */
import { compileFlow, FINAL_STATES, flowStates, type AnySopDefinition, type Flow, type FlowNode } from '../definition/index.js';
import { laneOrder, type Lane, type RenderOptions } from './lanes.js';

/**
 * The process variable a decision's user task sets, and the values its flows test: the
 * same words as the machine's events.
 */
export const BPMN_DECISION_VARIABLE = 'keputusan';

/** What a flow node of the process is. */
export type BpmnNodeKind = 'start' | 'task' | 'decision' | 'join' | 'end';

/** One flow node: the start, a step's user task, a decision gateway, a merging gateway, an end. */
export interface BpmnNode {
  readonly id: string;
  readonly kind: BpmnNodeKind;
  /** The label shown in the diagram (none for merging gateways). */
  readonly name: string | undefined;
  /** Index into {@link BpmnModel.lanes}. */
  readonly lane: number;
  /** The step a task or decision gateway draws. */
  readonly step: FlowNode | undefined;
  /** Drawn below this node rather than in a column of its own (a refusal's end event below its gateway). */
  readonly under: string | undefined;
  /** On a forward refusal's path drawn again: the decision whose refusal is pending (the case ends Ditolak). */
  readonly refusedAt?: string | undefined;
}

/** One sequence flow. */
export interface BpmnFlow {
  readonly id: string;
  readonly source: string;
  /** Mutable while the model is built: a merging gateway takes over its target. */
  target: string;
  readonly name: 'Ya' | 'Tidak' | undefined;
  readonly condition: string | undefined;
}

/**
 * A text annotation in the lane of a step's further performer, joined to the step's task by
 * an association: how a step with several performers shows in each performer's lane.
 */
export interface BpmnNote {
  readonly id: string;
  readonly associationId: string;
  readonly text: string;
  readonly lane: number;
  /** The task it is attached to. */
  readonly task: string;
}

/** The process of one SOP, ready to be laid out and written. */
export interface BpmnModel {
  readonly def: AnySopDefinition;
  readonly flow: Flow;
  readonly lanes: readonly Lane[];
  /** Flow nodes in drawing order, left to right. */
  readonly nodes: BpmnNode[];
  readonly flows: BpmnFlow[];
  readonly notes: BpmnNote[];
}

/** Options the model reads. */
export interface ModelOptions extends RenderOptions {
  /** Cut each task's name (number and short title) to this many characters. */
  readonly maxNameLength?: number | undefined;
}

/** The default cut of a task name: short enough for three lines in a task shape. */
export const DEFAULT_NAME_LENGTH = 56;

// Words that open a subordinate part of an uraian ("..., jika benar ...", "... yang telah ...").
const CLAUSE_WORDS = new Set(['yang', 'jika', 'apabila', 'kalau', 'serta', 'dan', 'kemudian', 'selanjutnya', 'sesuai', 'agar', 'sebagai']);
// meN- verbs: "menelaah", "mengoreksi", "membuat", "menyusun", "melaksanakan", "meyampaikan" (sic).
const ACTIVE_VERB = /^me(m|n|l|r|w|y)/i;
// Words a cut title should not end on.
const WEAK_ENDINGS = new Set(['untuk', 'dan', 'yang', 'ke', 'kepada', 'dengan', 'di', 'dari', 'atau', 'serta', 'terkait', 'tentang', 'sebagai', 'oleh', 'atas', 'dalam', 'pada', 'bagi', 'sesuai']);

/**
 * A short title for a step, derived from its uraian: the leading performer is dropped
 * ("Kasi meminta …" → "Meminta …", the lane already says who), then the first clause is kept:
 * up to the first sentence end, the first clause word ("yang", "jika", "dan", …) after at
 * least three words, or the first comma after two words that opens a clause or a new verb
 * ("…, jika", "…, menyusun"; a comma inside a list is kept). A title longer than `max` is cut
 * at a word, without a dangling "untuk" or "dan", and ends in an ellipsis.
 *
 * @example
 * ```ts
 * stepTitle('Mengoreksi surat, jika tidak setuju dikembalikan kepada kasubbag', 48) // 'Mengoreksi surat'
 * ```
 * @internal
 */
export function stepTitle(uraian: string, max: number): string {
  let words = uraian.replace(/\s+/g, ' ').trim().split(' ');
  const verb = words.findIndex((w) => ACTIVE_VERB.test(w));
  if (verb > 0 && verb <= 5 && !ACTIVE_VERB.test(words[0]!)) {
    words = words.slice(verb);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  }
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    if (kept.length >= 3 && CLAUSE_WORDS.has(word.toLowerCase())) break;
    kept.push(word);
    if (/[.;]$/.test(word)) break;
    const following = words[i + 1] ?? '';
    if (kept.length >= 2 && /[,:]$/.test(word) && (CLAUSE_WORDS.has(following.toLowerCase()) || ACTIVE_VERB.test(following))) break;
  }
  const title = kept.join(' ').replace(/[\s,;:.]+$/, '');
  if (title.length <= max) return title;
  const cut = title.slice(0, max).split(' ');
  if (cut.length > 1) cut.pop(); // the last word may be cut in half
  while (cut.length > 1 && WEAK_ENDINGS.has(cut[cut.length - 1]!.toLowerCase().replace(/[,;:.]$/, ''))) cut.pop();
  return `${cut.join(' ').replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Builds the process of an SOP: a start, a user task per step, a gateway behind each
 * decision, an end event per refusal and one *Selesai*; a merging gateway in front of every
 * node that more than one flow enters; a note in the lane of every further performer. A
 * refusal that goes forward draws the steps of its path again (`Task_<step>_tolak_<decision>`,
 * named "… (ditolak N)"), ending at the decision's own *Ditolak*: each outcome has its own
 * end event, read from the flow's states (`flowStates`).
 *
 * @param def - a definition
 * @param options - lane order and names, task name length
 * @internal
 */
export function buildModel(def: AnySopDefinition, options: ModelOptions = {}): BpmnModel {
  const flow = compileFlow(def);
  const lanes = laneOrder(def, options);
  const model: BpmnModel = { def, flow, lanes, nodes: [], flows: [], notes: [] };
  const placement = stepLanes(flow, new Map(lanes.map((l, i) => [l.role, i])));
  addNodes(model, placement, options.maxNameLength ?? DEFAULT_NAME_LENGTH);
  addFlows(model);
  addJoins(model);
  addNotes(model, placement);
  return model;
}

/** The id of a step's task. */
export const taskId = (stepId: string): string => `Task_${stepId}`;
/** The id of a decision step's gateway. */
export const gatewayId = (stepId: string): string => `Gateway_${stepId}`;
/** The id of the end event of a refusal at a decision. */
export const refusedId = (stepId: string): string => `End_ditolak_${stepId}`;
/** The end event after the last step. */
export const DONE_ID = 'End_selesai';

/**
 * The lane each step is drawn in. A step with one performer sits in that performer's lane. A
 * step with several performers sits in the lane of the first of them that no other step has
 * put a shape in yet (so that no lane stays empty), else in the first listed performer's lane.
 */
function stepLanes(flow: Flow, laneIndex: ReadonlyMap<string, number>): Map<string, number> {
  const placement = new Map<string, number>();
  const covered = new Set<string>();
  for (const n of flow.nodes) {
    if (n.step.pelaksana.length === 1) {
      placement.set(n.id, laneIndex.get(n.step.pelaksana[0]!)!);
      covered.add(n.step.pelaksana[0]!);
    }
  }
  for (const n of flow.nodes) {
    if (placement.has(n.id)) continue;
    const role = n.step.pelaksana.find((r) => !covered.has(r)) ?? n.step.pelaksana[0]!;
    covered.add(role);
    placement.set(n.id, laneIndex.get(role)!);
  }
  return placement;
}

function node(id: string, kind: BpmnNodeKind, name: string | undefined, lane: number, step?: FlowNode, under?: string, refusedAt?: string): BpmnNode {
  return { id, kind, name, lane, step, under, refusedAt };
}

/**
 * The key of each state of the flow (`flowStates`): a step's own id, or, for a step on a
 * forward refusal's path, `<step>_tolak_<decision>`, so that path is drawn again and ends at
 * the refusing decision's own Ditolak end event.
 */
function stateKeys(flow: Flow): string[] {
  return flowStates(flow).positions.map((p, i) => (i < flow.nodes.length ? p.at : `${p.at}_tolak_${p.refusedAt}`));
}

function addNodes(model: BpmnModel, placement: ReadonlyMap<string, number>, maxName: number): void {
  const { flow, nodes } = model;
  nodes.push(node('Start', 'start', 'Mulai', placement.get(flow.start)!));
  for (const n of flow.nodes) {
    const lane = placement.get(n.id)!;
    const prefix = `${n.step.label}. `;
    nodes.push(node(taskId(n.id), 'task', prefix + stepTitle(n.step.uraian, Math.max(8, maxName - prefix.length)), lane, n));
    if (n.kind !== 'decision') continue;
    nodes.push(node(gatewayId(n.id), 'decision', `${n.step.label}. Setuju?`, lane, n));
    if (n.refuse === FINAL_STATES.refused) nodes.push(node(refusedId(n.id), 'end', 'Ditolak', lane, n, gatewayId(n.id)));
  }
  const last = flow.nodes[flow.nodes.length - 1]!;
  nodes.push(node(DONE_ID, 'end', 'Selesai', placement.get(last.id)!));
  // A refusal that goes forward: its path again, after Selesai, ending at its own Ditolak.
  const states = flowStates(flow);
  const keys = stateKeys(flow);
  states.positions.forEach((p, i) => {
    if (i < flow.nodes.length) return;
    const n = flow.byId.get(p.at)!;
    const lane = placement.get(n.id)!;
    const label = flow.byId.get(p.refusedAt!)!.step.label;
    const prefix = `${n.step.label}. `;
    const suffix = ` (ditolak ${label})`;
    nodes.push(node(taskId(keys[i]!), 'task', prefix + stepTitle(n.step.uraian, Math.max(8, maxName - prefix.length - suffix.length)) + suffix, lane, n, undefined, p.refusedAt));
    if (n.kind === 'decision') nodes.push(node(gatewayId(keys[i]!), 'decision', `${n.step.label}. Setuju?`, lane, n, undefined, p.refusedAt));
    const end = refusedId(p.refusedAt!);
    if (states.next[i] === FINAL_STATES.refused && !nodes.some((x) => x.id === end)) nodes.push(node(end, 'end', 'Ditolak', lane));
  });
}

/** The flow node a transition to `target` enters. */
function entryOf(target: string): string {
  return target === FINAL_STATES.done ? DONE_ID : taskId(target);
}

/** The flow node a transition of the flow's states enters: a state's task, Selesai, or the Ditolak of `refusal`. */
function stateEntry(keys: readonly string[], target: number | string, refusal: string): string {
  return typeof target === 'number' ? taskId(keys[target]!) : target === FINAL_STATES.done ? DONE_ID : refusedId(refusal);
}

function condition(value: 'SETUJU' | 'TIDAK_SETUJU'): string {
  return `\${${BPMN_DECISION_VARIABLE} == '${value}'}`;
}

function addFlows(model: BpmnModel): void {
  const { flow, flows } = model;
  const add = (id: string, source: string, target: string, name?: 'Ya' | 'Tidak') =>
    flows.push({ id, source, target, name, condition: name === undefined ? undefined : condition(name === 'Ya' ? 'SETUJU' : 'TIDAK_SETUJU') });
  add('Flow_mulai', 'Start', entryOf(flow.start));
  // One pass over the flow's states: the steps, then the steps again on a forward refusal's path.
  const states = flowStates(flow);
  const keys = stateKeys(flow);
  states.positions.forEach((p, i) => {
    const n = flow.byId.get(p.at)!;
    const k = keys[i]!;
    const next = stateEntry(keys, states.next[i]!, p.refusedAt ?? '');
    if (n.kind === 'task') {
      add(`Flow_${k}`, taskId(k), next);
      return;
    }
    add(`Flow_${k}_keputusan`, taskId(k), gatewayId(k));
    add(`Flow_${k}_ya`, gatewayId(k), next, 'Ya');
    add(`Flow_${k}_tidak`, gatewayId(k), stateEntry(keys, states.refuse[i]!, n.id), 'Tidak');
  });
}

/**
 * A task or event that several flows enter would, to a BPMN reader, wait for all of them
 * (bpmnlint's `fake-join`). Each gets an explicit merging exclusive gateway in front of it,
 * in its lane: `Join_<step id>` (or `Join_selesai`), joined to it by `Flow_join_<…>`.
 */
function addJoins(model: BpmnModel): void {
  const incoming = new Map<string, BpmnFlow[]>();
  for (const f of model.flows) incoming.set(f.target, [...(incoming.get(f.target) ?? []), f]);
  for (const [target, entering] of incoming) {
    if (entering.length < 2) continue;
    const at = model.nodes.findIndex((n) => n.id === target);
    const suffix = target.replace(/^(Task|End)_/, '');
    const join = node(`Join_${suffix}`, 'join', undefined, model.nodes[at]!.lane);
    model.nodes.splice(at, 0, join);
    for (const f of entering) f.target = join.id;
    model.flows.push({ id: `Flow_join_${suffix}`, source: join.id, target, name: undefined, condition: undefined });
  }
}

/** A note in the lane of each performer of a step other than the one whose lane holds its task. */
function addNotes(model: BpmnModel, placement: ReadonlyMap<string, number>): void {
  for (const n of model.flow.nodes) {
    const lane = placement.get(n.id)!;
    n.step.pelaksana.forEach((role) => {
      const other = model.lanes.findIndex((l) => l.role === role);
      if (other === lane) return;
      const k = model.notes.filter((x) => x.task === taskId(n.id)).length + 1;
      model.notes.push({
        id: `Note_${n.id}_${k}`,
        associationId: `Association_${n.id}_${k}`,
        text: `Turut melaksanakan langkah ${n.step.label} (bersama ${model.lanes[lane]!.name})`,
        lane: other,
        task: taskId(n.id),
      });
    });
  }
}
