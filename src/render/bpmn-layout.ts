/**
 * The BPMN diagram interchange (BPMNDI) geometry of a {@link BpmnModel}: one pool, a
 * horizontal band per lane, flow left to right, one column per flow node, and a bounds box
 * for every external label so a viewer never has to guess where "Ya", "Tidak" or a gateway's
 * name go. Text is measured with the same conservative estimate as the HTML document.
 *
 * @internal
 * @packageDocumentation
 */
import type { BpmnFlow, BpmnModel, BpmnNode, BpmnNodeKind } from './bpmn-model.js';
import { textWidth, wrapText } from './text.js';

/** A rectangle, top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A drawn flow node or note: centre, size, lane, and the box of its external label. */
export interface PlacedShape {
  readonly id: string;
  readonly kind: BpmnNodeKind | 'note';
  readonly cx: number;
  readonly cy: number;
  readonly w: number;
  readonly h: number;
  readonly lane: number;
  /** The column (drawing order) it stands in; a shape drawn under another shares its column. */
  readonly col: number;
  label?: Box;
}

/** A drawn sequence flow or association. */
export interface PlacedEdge {
  readonly id: string;
  readonly points: readonly (readonly [number, number])[];
  readonly label: Box | undefined;
}

/** The whole diagram. */
export interface BpmnGeometry {
  readonly pool: Box;
  readonly lanes: readonly Box[];
  readonly shapes: ReadonlyMap<string, PlacedShape>;
  readonly edges: readonly PlacedEdge[];
}

// ---- sizes (px) ------------------------------------------------------------------------------
/** The font size bpmn-js draws task and annotation text in, and its line height. */
const FONT = 12;
const LINE = FONT * 1.2;
/** External labels (events, gateways, flows) are drawn one pixel smaller. */
const LABEL_FONT = 11;
const LABEL_H = 14;
/**
 * The text estimate is calibrated on Arial; viewers fall back to wider fonts (DejaVu Sans
 * on a bare Linux), so every measured width is scaled up by this much.
 */
const FONT_SLACK = 1.18;
/** bpmn-js draws the user-task icon in the top-left corner, down to y ≈ 24. */
const ICON_BOTTOM = 24;
const TASK_W = 170;
const TASK_MIN_H = 80;
const NOTE_W = 170;
const GATE = 50;
const EVENT = 36;
/** Horizontal space between two columns. */
const GAP = 70;
/** Space above and below the shapes of a lane, for channels and labels. */
const BAND = 60;
/** Vertical distance from a gateway's centre to the end event drawn under it. */
const UNDER_DY = 66;
const POOL_X = 100;
const POOL_Y = 80;
const HEADER = 30;
const FIRST_X = POOL_X + 2 * HEADER + 40;
const CHANNEL_STEP = 8;
const CHANNEL_FIRST = 10;

type Side = 'left' | 'right' | 'top' | 'bottom';
type Band = 'top' | 'bottom';

/** The state the layout functions share. */
interface LayoutState {
  readonly model: BpmnModel;
  readonly task: { readonly w: number; readonly h: number };
  readonly laneH: number;
  readonly shapes: Map<string, PlacedShape>;
  readonly edges: PlacedEdge[];
  /** Sides of each shape already used by a flow. */
  readonly ports: Map<string, Set<Side>>;
  /** Horizontal channel segments taken, per lane and band: [x1, x2, slot]. */
  readonly channels: Map<string, [number, number, number][]>;
}

/**
 * Lays out a model.
 *
 * @param model - the process
 * @returns the geometry of every shape, edge and label
 * @internal
 */
export function layoutBpmn(model: BpmnModel): BpmnGeometry {
  const task = taskSize(model);
  const noteH = Math.max(0, ...model.notes.map((n) => noteHeight(n.text)));
  const state: LayoutState = {
    model,
    task,
    laneH: Math.max(task.h, noteH) + 2 * BAND,
    shapes: new Map(),
    edges: [],
    ports: new Map(),
    channels: new Map(),
  };
  const right = placeNodes(state);
  placeNotes(state);
  for (const f of model.flows) routeFlow(state, f);
  for (const n of model.notes) routeAssociation(state, n.associationId, n.task, n.id);
  for (const n of model.nodes) labelNode(state, n);
  const poolW = right + 60 - POOL_X;
  const lanes = model.lanes.map((_, i) => ({ x: POOL_X + HEADER, y: laneTop(state, i), w: poolW - HEADER, h: state.laneH }));
  return { pool: { x: POOL_X, y: POOL_Y, w: poolW, h: model.lanes.length * state.laneH }, lanes, shapes: state.shapes, edges: state.edges };
}

/** Wraps text as a viewer would, erring towards more lines. */
function lines(text: string, width: number, fontSize: number): number {
  return wrapText(text, width / FONT_SLACK, fontSize).length;
}

/** Width of a one-line external label. */
function labelWidth(text: string): number {
  return Math.ceil(textWidth(text, LABEL_FONT) * FONT_SLACK) + 6;
}

/**
 * One size for every task of the diagram: wide enough for the short name in a few lines, tall
 * enough that the centred text starts below the user-task icon.
 */
function taskSize(model: BpmnModel): { w: number; h: number } {
  const most = Math.max(1, ...model.nodes.filter((n) => n.kind === 'task').map((n) => lines(n.name ?? '', TASK_W - 10, FONT)));
  const h = Math.max(TASK_MIN_H, 2 * (ICON_BOTTOM + 4) + most * LINE);
  return { w: TASK_W, h: Math.ceil(h / 10) * 10 };
}

/** bpmn-js draws annotation text left-aligned with 5 px padding. */
function noteHeight(text: string): number {
  return Math.ceil(lines(text, NOTE_W - 10, FONT) * LINE + 12);
}

const laneTop = (s: LayoutState, lane: number) => POOL_Y + lane * s.laneH;
const laneMid = (s: LayoutState, lane: number) => laneTop(s, lane) + s.laneH / 2;

function sizeOf(s: LayoutState, kind: BpmnNodeKind): { w: number; h: number } {
  if (kind === 'task') return s.task;
  if (kind === 'decision' || kind === 'join') return { w: GATE, h: GATE };
  return { w: EVENT, h: EVENT };
}

/** Places the flow nodes column by column; returns the right edge of the last column. */
function placeNodes(s: LayoutState): number {
  let x = FIRST_X;
  let col = -1;
  for (const n of s.model.nodes) {
    const { w, h } = sizeOf(s, n.kind);
    if (n.under !== undefined) {
      const host = s.shapes.get(n.under)!;
      s.shapes.set(n.id, { id: n.id, kind: n.kind, cx: host.cx, cy: host.cy + UNDER_DY, w, h, lane: n.lane, col: host.col });
      continue;
    }
    col++;
    s.shapes.set(n.id, { id: n.id, kind: n.kind, cx: x + w / 2, cy: laneMid(s, n.lane), w, h, lane: n.lane, col });
    x += w + GAP;
  }
  return x - GAP;
}

/** A note stands in its lane, in the column of its task. */
function placeNotes(s: LayoutState): void {
  for (const n of s.model.notes) {
    const task = s.shapes.get(n.task)!;
    s.shapes.set(n.id, { id: n.id, kind: 'note', cx: task.cx, cy: laneMid(s, n.lane), w: NOTE_W, h: noteHeight(n.text), lane: n.lane, col: task.col });
  }
}

const left = (b: PlacedShape) => b.cx - b.w / 2;
const right = (b: PlacedShape) => b.cx + b.w / 2;
const top = (b: PlacedShape) => b.cy - b.h / 2;
const bottom = (b: PlacedShape) => b.cy + b.h / 2;

function usePort(s: LayoutState, id: string, side: Side): void {
  const used = s.ports.get(id) ?? new Set<Side>();
  used.add(side);
  s.ports.set(id, used);
}

const portFree = (s: LayoutState, id: string, side: Side) => !(s.ports.get(id)?.has(side) ?? false);

/** The y of a free horizontal channel between x1 and x2 in a lane's top or bottom band. */
function channel(s: LayoutState, lane: number, band: Band, x1: number, x2: number): number {
  const key = `${lane}:${band}`;
  const taken = s.channels.get(key) ?? [];
  const [a, b] = x1 < x2 ? [x1, x2] : [x2, x1];
  let slot = 0;
  while (taken.some(([p, q, k]) => k === slot && p <= b + 10 && a <= q + 10)) slot++;
  taken.push([a, b, slot]);
  s.channels.set(key, taken);
  const offset = CHANNEL_FIRST + slot * CHANNEL_STEP;
  return band === 'top' ? laneTop(s, lane) + offset : laneTop(s, lane) + s.laneH - offset;
}

/** Where a vertical line at the target's x enters it, coming from a channel in `band` of `lane`. */
function entry(t: PlacedShape, lane: number, band: Band): [Side, number] {
  const fromBelow = t.lane < lane || (t.lane === lane && band === 'bottom');
  return fromBelow ? ['bottom', bottom(t)] : ['top', top(t)];
}

/**
 * Routes a sequence flow:
 * - to the end event under a gateway: straight down;
 * - to the next column: out of the right side, across (down or up in the gap between the
 *   columns when the lanes differ) and into the left side;
 * - back to an earlier column (a rework): out of the top, along a channel at the top of the
 *   source's lane, and down or up into the target; when the target's lane lies below, out of
 *   the bottom and along the bottom of the source's lane instead;
 * - forward past other columns: out of the bottom (or the top, when the bottom is taken),
 *   along a channel in that band, and into the target.
 */
function routeFlow(s: LayoutState, f: BpmnFlow): void {
  const a = s.shapes.get(f.source)!;
  const b = s.shapes.get(f.target)!;
  let points: [number, number][];
  let side: Side;
  if (s.model.nodes.find((n) => n.id === f.target)?.under === f.source) {
    side = 'bottom';
    points = [[a.cx, bottom(a)], [b.cx, top(b)]];
    usePort(s, b.id, 'top');
  } else if (b.col === a.col + 1) {
    side = 'right';
    points = [[right(a), a.cy]];
    if (a.lane !== b.lane) {
      const mid = (right(a) + left(b)) / 2;
      points.push([mid, a.cy], [mid, b.cy]);
    }
    points.push([left(b), b.cy]);
    usePort(s, b.id, 'left');
  } else {
    // Back to a lane below: under the source (when its bottom is free); back otherwise: over it.
    // Forward past other columns: under it, unless its bottom is taken.
    const back = b.col <= a.col;
    const under = portFree(s, a.id, 'bottom') && (!back || b.lane > a.lane);
    const band: Band = under ? 'bottom' : 'top';
    side = band;
    const y = channel(s, a.lane, band, a.cx, b.cx);
    const [enter, ey] = entry(b, a.lane, band);
    points = [[a.cx, band === 'top' ? top(a) : bottom(a)], [a.cx, y], [b.cx, y], [b.cx, ey]];
    usePort(s, b.id, enter);
  }
  usePort(s, a.id, side);
  s.edges.push({ id: f.id, points, label: f.name === undefined ? undefined : flowLabel(a, b, side, f.name) });
}

/** The label of a Ya / Tidak flow, beside the first segment, on the side away from where it turns. */
function flowLabel(a: PlacedShape, b: PlacedShape, side: Side, name: string): Box {
  const w = labelWidth(name);
  if (side === 'right') {
    const y = b.cy < a.cy ? a.cy + 4 : a.cy - 4 - LABEL_H;
    return { x: right(a) + 4, y, w, h: LABEL_H };
  }
  if (side === 'top') return { x: a.cx + 5, y: top(a) - 4 - LABEL_H, w, h: LABEL_H };
  return { x: a.cx + 5, y: bottom(a) + 4, w, h: LABEL_H };
}

/** A dotted association from a task to a note in another lane, straight up or down. */
function routeAssociation(s: LayoutState, id: string, taskId: string, noteId: string): void {
  const t = s.shapes.get(taskId)!;
  const n = s.shapes.get(noteId)!;
  const points: [number, number][] = n.lane > t.lane ? [[t.cx, bottom(t)], [n.cx, top(n)]] : [[t.cx, top(t)], [n.cx, bottom(n)]];
  s.edges.push({ id, points, label: undefined });
}

/**
 * The external label of an event or a decision gateway:
 * - start and *Selesai*: below the event;
 * - an end event under its gateway: to its left (the gateway's Ya may pass on its right);
 * - a gateway: below it, or above it when a flow leaves from the bottom, or up to the left of
 *   the flow leaving the top when flows leave from both.
 */
function labelNode(s: LayoutState, n: BpmnNode): void {
  if (n.name === undefined || n.kind === 'task' || n.kind === 'join') return;
  const b = s.shapes.get(n.id)!;
  const w = labelWidth(n.name);
  if (n.kind === 'start' || (n.kind === 'end' && n.under === undefined)) {
    b.label = { x: b.cx - w / 2, y: bottom(b) + 4, w, h: LABEL_H };
  } else if (n.kind === 'end') {
    b.label = { x: left(b) - 4 - w, y: b.cy - LABEL_H / 2, w, h: LABEL_H };
  } else if (portFree(s, n.id, 'bottom')) {
    b.label = { x: b.cx - w / 2, y: bottom(b) + 4, w, h: LABEL_H };
  } else if (portFree(s, n.id, 'top')) {
    b.label = { x: b.cx - w / 2, y: top(b) - 4 - LABEL_H, w, h: LABEL_H };
  } else {
    // Up and to the left of the flow leaving the top, level with that flow's own label.
    b.label = { x: b.cx - 5 - w, y: top(b) - 4 - LABEL_H, w, h: LABEL_H };
  }
}
