/**
 * The flowchart's geometry: which rows go on which printed page, where each symbol sits in
 * its lane, and the path of every arrow. Pure and deterministic; both the HTML document and
 * the standalone SVG draw from it. Every transition comes from `compileFlow`.
 *
 * @internal
 */
import { compileFlow, type Flow, type FlowNode } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';

/** The official symbols (plus the off-page connector) as the drawings name them. */
export type SymbolKind = 'terminal' | 'activity' | 'decision' | 'connector';

/** A symbol placed on a page: centre, size, what it stands for. */
export interface PlacedSymbol {
  readonly kind: SymbolKind;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** Text drawn inside (the step's number, Mulai / Selesai / Ditolak, a connector letter). */
  readonly text: string;
  /** A tooltip (`<title>`). */
  readonly title: string;
  /** `data-*` attributes, for tests and for styling. */
  readonly data: Readonly<Record<string, string>>;
}

/** A line drawn on a page: a polyline, with an arrowhead at its end unless it is a tie. */
export interface PlacedPath {
  readonly points: readonly (readonly [number, number])[];
  /** `arrow`: a flow; `tie`: the dashed line joining the copies of a step done together. */
  readonly kind: 'arrow' | 'tie';
  /** `Ya` / `Tidak` next to the start of a decision's branch. */
  readonly label?: { readonly text: string; readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' } | undefined;
  readonly data: Readonly<Record<string, string>>;
}

/** A row of the flowchart: the start terminal, a step, or the end terminal. */
export interface LayoutRow {
  readonly kind: 'start' | 'step' | 'end';
  /** The step, for a step row. */
  readonly node?: FlowNode | undefined;
  readonly height: number;
}

/** One printed page of the flowchart (or the whole of it, unpaginated). */
export interface LayoutPage {
  /** 1-based. */
  readonly number: number;
  /** Global row indices on this page, in order. */
  readonly rows: readonly number[];
  /** The height of the connector band above the rows (0 on the first page). */
  readonly topBand: number;
  /** The height of the connector band below the rows (0 on the last page). */
  readonly bottomBand: number;
  /** The lane area's height. */
  readonly height: number;
  /** The y of each row's top, keyed by global row index. */
  readonly rowTop: ReadonlyMap<number, number>;
  readonly symbols: PlacedSymbol[];
  readonly paths: PlacedPath[];
}

/** The geometry of the lanes. */
export interface LaneGeometry {
  readonly count: number;
  readonly width: number;
}

/** Everything the drawings need. */
export interface FlowLayout {
  readonly flow: Flow;
  readonly lanes: LaneGeometry;
  readonly rows: readonly LayoutRow[];
  readonly pages: readonly LayoutPage[];
}

/** Sizes, in CSS pixels. */
export const GEOMETRY = {
  band: 44,
  activityH: 26,
  decisionH: 38,
  terminalH: 20,
  connector: 20,
  minTaskRow: 52,
  minDecisionRow: 62,
  terminalRow: 38,
  /** How far above a row boundary the horizontal leg of an arrow runs. */
  legAbove: 6,
  channelStep: 3,
} as const;

/** The width of the symbols in a lane of width `laneWidth`. */
export function symbolWidth(laneWidth: number): number {
  return Math.max(24, Math.min(64, laneWidth - 32));
}

/**
 * The minimum height of each row (start, steps, end) before any text is considered.
 */
export function baseRows(flow: Flow): LayoutRow[] {
  return [
    { kind: 'start', height: GEOMETRY.terminalRow },
    ...flow.nodes.map((node): LayoutRow => ({
      kind: 'step',
      node,
      height: node.kind === 'decision' ? GEOMETRY.minDecisionRow : GEOMETRY.minTaskRow,
    })),
    { kind: 'end', height: GEOMETRY.terminalRow },
  ];
}

/** Splits rows into pages greedily; `capacity(page)` is the height available for bands and rows. */
function paginate(rows: readonly LayoutRow[], capacity: (page: number) => number): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let used = 0;
  const top = () => (pages.length === 0 ? 0 : GEOMETRY.band);
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i]!.height;
    const isLast = i === rows.length - 1;
    // Leave room for the bottom band unless this row ends the flowchart.
    const need = used + h + (isLast ? 0 : GEOMETRY.band) + top();
    if (current.length > 0 && need > capacity(pages.length)) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += h;
  }
  pages.push(current);
  return pages;
}

const letters = (n: number): string => {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
};

type Side = 'left' | 'right';
type Point = readonly [number, number];

/** Where a symbol sits: its centre, its size and its kind. */
interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly kind: SymbolKind;
}

/** An arrow to route: from a row to a row (or to the refusal's own terminal), with its branch. */
interface Edge {
  readonly from: number;
  readonly to: number | 'ditolak';
  readonly label?: 'Ya' | 'Tidak';
}

/** An edge being routed: its source symbol, the page it leaves from, the path's `data-*`. */
interface Route {
  readonly edge: Edge;
  readonly src: Anchor;
  readonly fromPage: number;
  readonly page: LayoutPage;
  readonly data: Record<string, string>;
}

const flip = (side: Side): Side => (side === 'left' ? 'right' : 'left');
const topOf = (a: Anchor): number => a.y - a.h / 2;
const bottomOf = (a: Anchor): number => a.y + a.h / 2;
const sideOf = (a: Anchor, side: Side): number => (side === 'left' ? a.x - a.w / 2 : a.x + a.w / 2);

/**
 * An arrow from a point leaving downwards into the top of `target` in the next slot (the next
 * row, or the bottom band); its horizontal leg runs at `legY`.
 */
function elbowDown(from: Point, legY: number, target: Anchor): Point[] {
  const [x, y] = from;
  if (Math.abs(x - target.x) < 0.5) return [[x, y], [x, topOf(target)]];
  const leg = Math.max(legY, y + 4);
  return [[x, y], [x, leg], [target.x, leg], [target.x, topOf(target)]];
}

/** An arrow along a vertical channel at `channel` into the side of `target`. */
function viaChannel(start: Point[], channel: number, target: Anchor, side: Side): Point[] {
  const last = start[start.length - 1]!;
  return [...start, [channel, last[1]], [channel, target.y], [sideOf(target, side), target.y]];
}

/** The pages with their bands and the top of each row, before any symbol is placed. */
function emptyPages(rows: readonly LayoutRow[], pageRows: readonly number[][]): LayoutPage[] {
  return pageRows.map((rs, p) => {
    const topBand = p === 0 ? 0 : GEOMETRY.band;
    const bottomBand = p === pageRows.length - 1 ? 0 : GEOMETRY.band;
    const rowTop = new Map<number, number>();
    let y = topBand;
    for (const r of rs) {
      rowTop.set(r, y);
      y += rows[r]!.height;
    }
    return { number: p + 1, rows: rs, topBand, bottomBand, height: y + bottomBand, rowTop, symbols: [], paths: [] };
  });
}

/**
 * What the layout builds up while it places symbols and routes arrows: the main symbol of each
 * row, the lanes and side vertices already taken, the channels and band slots in use, and the
 * off-page connectors lettered so far. Routing reads and claims space here in edge order, so
 * the drawing is deterministic.
 */
class LayoutState {
  readonly pages: LayoutPage[];
  /** The page of each global row index. */
  readonly pageOfRow = new Map<number, number>();
  /** The main symbol (the first performer's) of each row. */
  readonly primary = new Map<number, Anchor>();
  readonly symbolWidth: number;
  /** Lanes taken in each row (by a symbol), so side symbols find a free one. */
  private readonly taken = new Map<number, Set<number>>();
  /** The side vertices of each row's main symbol already taken by an arrow. */
  private readonly usedSides = new Map<number, Set<Side>>();
  /** Vertical channels handed out so far, per page, lane and side. */
  private readonly channels = new Map<string, number>();
  /** Band connectors placed so far on each page and band, by x, to keep them apart. */
  private readonly bandSlots = new Map<string, number[]>();
  private connectorCount = 0;

  constructor(
    readonly flow: Flow,
    readonly laneRoles: readonly string[],
    readonly laneWidth: number,
    readonly rows: readonly LayoutRow[],
    capacity: (page: number) => number,
  ) {
    this.symbolWidth = symbolWidth(laneWidth);
    const pageRows = paginate(rows, capacity);
    pageRows.forEach((rs, p) => rs.forEach((r) => this.pageOfRow.set(r, p)));
    this.pages = emptyPages(rows, pageRows);
  }

  laneOf(role: string): number {
    return this.laneRoles.indexOf(role);
  }

  laneCenter(lane: number): number {
    return lane * this.laneWidth + this.laneWidth / 2;
  }

  /** The lane an x falls in. */
  laneAt(x: number): number {
    return Math.floor(x / this.laneWidth);
  }

  /** The row of a transition's target (a step, or the end terminal). */
  rowOfTarget(target: string): number {
    return target === FINAL_STATES.done ? this.rows.length - 1 : this.flow.byId.get(target)!.index + 1;
  }

  /** The lane of a row's main symbol: the first performer's (the start and end: the first and last step's). */
  primaryLane(row: number): number {
    const r = this.rows[row]!;
    const nodes = this.flow.nodes;
    if (r.kind === 'step') return this.laneOf(r.node!.step.pelaksana[0]!);
    if (r.kind === 'start') return this.laneOf(nodes[0]!.step.pelaksana[0]!);
    return this.laneOf(nodes[nodes.length - 1]!.step.pelaksana[0]!);
  }

  rowBottom(page: LayoutPage, row: number): number {
    return page.rowTop.get(row)! + this.rows[row]!.height;
  }

  /** How a tooltip names a row. */
  stepName(row: number): string {
    const r = this.rows[row]!;
    return r.kind === 'step' ? `langkah ${r.node!.step.label}` : r.kind === 'end' ? 'Selesai' : 'Mulai';
  }

  take(row: number, lane: number): void {
    let lanes = this.taken.get(row);
    if (!lanes) this.taken.set(row, (lanes = new Set()));
    lanes.add(lane);
  }

  use(row: number, side: Side): void {
    let sides = this.usedSides.get(row);
    if (!sides) this.usedSides.set(row, (sides = new Set()));
    sides.add(side);
  }

  isUsed(row: number, side: Side): boolean {
    return this.usedSides.get(row)?.has(side) === true;
  }

  /** `side`, or the other side if an arrow already uses it at `row`'s main symbol. */
  freeSide(row: number, side: Side): Side {
    return this.isUsed(row, side) ? flip(side) : side;
  }

  /** The x of the next free vertical channel along one side of a lane on a page. */
  channelX(page: number, lane: number, side: Side): number {
    const key = `${page}:${lane}:${side}`;
    const k = this.channels.get(key) ?? 0;
    this.channels.set(key, k + 1);
    const room = Math.max(1, Math.floor(((this.laneWidth - this.symbolWidth) / 2 - 13) / GEOMETRY.channelStep) + 1);
    const offset = 5 + (k % room) * GEOMETRY.channelStep;
    return side === 'left' ? lane * this.laneWidth + offset : (lane + 1) * this.laneWidth - offset;
  }

  /** The x of a connector in a page's band, moved right until it clears those already there. */
  bandX(page: number, band: 'top' | 'bottom', x: number): number {
    const key = `${page}:${band}`;
    const used = this.bandSlots.get(key) ?? [];
    let cx = x;
    while (used.some((u) => Math.abs(u - cx) < GEOMETRY.connector + 6)) cx += GEOMETRY.connector + 8;
    used.push(cx);
    this.bandSlots.set(key, used);
    return cx;
  }

  /** A free lane in `row`, nearest to `from`, looking first towards `prefer`. */
  private freeLane(row: number, from: number, prefer: Side): number | undefined {
    const t = this.taken.get(row) ?? new Set<number>();
    const count = this.laneRoles.length;
    for (let d = 1; d < count; d++) {
      const order = prefer === 'left' ? [from - d, from + d] : [from + d, from - d];
      for (const l of order) if (l >= 0 && l < count && !t.has(l)) return l;
    }
    return undefined;
  }

  /** Places a side symbol (refusal terminal, connector) of width `w` in the row of `anchor`. */
  placeSide(row: number, anchor: Anchor, prefer: Side, w: number): { x: number; side: Side } {
    const from = this.laneAt(anchor.x);
    const l = this.freeLane(row, from, prefer);
    if (l !== undefined) {
      this.take(row, l);
      return { x: this.laneCenter(l), side: l < from ? 'left' : 'right' };
    }
    // No free lane (a one-lane SOP): beside the symbol, inside its own lane.
    return { x: anchor.x + anchor.w / 2 + 12 + w / 2, side: 'right' };
  }

  /** The letter of the next pair of off-page connectors. */
  nextLetter(): string {
    return letters(this.connectorCount++);
  }
}

/** Draws an off-page connector on a page. */
function connector(page: LayoutPage, x: number, y: number, letter: string, title: string, direction: 'out' | 'in'): Anchor {
  const a: Anchor = { x, y, w: GEOMETRY.connector, h: GEOMETRY.connector, kind: 'connector' };
  page.symbols.push({ ...a, text: letter, title, data: { symbol: 'connector', connector: letter, direction } });
  return a;
}

// ---- symbols of the rows ------------------------------------------------------------------

/** The start or end terminal in its row. */
function placeTerminal(state: LayoutState, r: number, page: LayoutPage, cy: number): void {
  const row = state.rows[r]!;
  const lane = state.primaryLane(r);
  const text = row.kind === 'start' ? 'Mulai' : 'Selesai';
  const a: Anchor = { x: state.laneCenter(lane), y: cy, w: state.symbolWidth, h: GEOMETRY.terminalH, kind: 'terminal' };
  state.primary.set(r, a);
  state.take(r, lane);
  page.symbols.push({ ...a, text, title: text, data: { symbol: 'terminal', terminal: row.kind === 'start' ? 'mulai' : FINAL_STATES.done } });
}

/** A step's symbol in each performer's lane, and the ties between the copies. */
function placeStep(state: LayoutState, r: number, node: FlowNode, page: LayoutPage, cy: number): void {
  const kind: SymbolKind = node.kind === 'decision' ? 'decision' : 'activity';
  const h = kind === 'decision' ? GEOMETRY.decisionH : GEOMETRY.activityH;
  const w = state.symbolWidth;
  const title = `${node.step.label}. ${node.step.uraian}`;
  node.step.pelaksana.forEach((role, k) => {
    const l = state.laneOf(role);
    state.take(r, l);
    const a: Anchor = { x: state.laneCenter(l), y: cy, w, h, kind };
    if (k === 0) state.primary.set(r, a);
    page.symbols.push({
      ...a,
      text: node.step.label,
      title,
      data: k === 0 ? { symbol: kind, step: node.id, role } : { symbol: kind, step: node.id, role, joint: 'true' },
    });
  });
  // Ties between the copies of a step performed together, left to right.
  const lanesOfStep = [...new Set(node.step.pelaksana.map((role) => state.laneOf(role)))].sort((a, b) => a - b);
  for (let k = 1; k < lanesOfStep.length; k++) {
    const a = state.laneCenter(lanesOfStep[k - 1]!) + w / 2;
    const b = state.laneCenter(lanesOfStep[k]!) - w / 2;
    page.paths.push({ points: [[a, cy], [b, cy]], kind: 'tie', data: { tie: node.id } });
  }
}

function placeRows(state: LayoutState): void {
  state.rows.forEach((row, r) => {
    const page = state.pages[state.pageOfRow.get(r)!]!;
    const cy = page.rowTop.get(r)! + row.height / 2;
    if (row.kind === 'step') placeStep(state, r, row.node!, page, cy);
    else placeTerminal(state, r, page, cy);
  });
}

// ---- arrows -------------------------------------------------------------------------------

/** Every arrow of the flowchart, in drawing order: from Mulai, then each step's branches. */
function edgesOf(state: LayoutState): Edge[] {
  const { flow } = state;
  const edges: Edge[] = [{ from: 0, to: state.rowOfTarget(flow.start) }];
  for (const node of flow.nodes) {
    const r = node.index + 1;
    if (node.kind === 'task') edges.push({ from: r, to: state.rowOfTarget(node.next) });
    else {
      edges.push({ from: r, to: state.rowOfTarget(node.next), label: 'Ya' });
      const refuse = node.refuse!;
      edges.push({ from: r, to: refuse === FINAL_STATES.refused ? 'ditolak' : state.rowOfTarget(refuse), label: 'Tidak' });
    }
  }
  return edges;
}

/** The `Ya` label below a decision's bottom vertex (only on a Ya branch). */
function labelBelow(route: Route): PlacedPath['label'] {
  const { src } = route;
  return route.edge.label === 'Ya' ? { text: 'Ya', x: src.x + 4, y: bottomOf(src) + 9, anchor: 'start' } : undefined;
}

/** The `Tidak` label beside the side vertex a Tidak branch leaves by (only on a Tidak branch). */
function labelBeside(route: Route, side: Side): PlacedPath['label'] {
  const { src } = route;
  return route.edge.label === 'Tidak'
    ? { text: 'Tidak', x: sideOf(src, side) + (side === 'left' ? -2 : 2), y: src.y - 4, anchor: side === 'left' ? 'end' : 'start' }
    : undefined;
}

/** A refusal that ends the case: its own Ditolak terminal beside the decision. */
function routeRefusal(state: LayoutState, route: Route): void {
  const { edge, src, page, data } = route;
  const w = state.symbolWidth;
  const place = state.placeSide(edge.from, src, state.isUsed(edge.from, 'right') ? 'left' : 'right', w);
  const t: Anchor = { x: place.x, y: src.y, w, h: GEOMETRY.terminalH, kind: 'terminal' };
  page.symbols.push({ ...t, text: 'Ditolak', title: `Ditolak (${state.stepName(edge.from)})`, data: { symbol: 'terminal', terminal: FINAL_STATES.refused, step: data.from! } });
  const side = place.side;
  state.use(edge.from, side);
  page.paths.push({ points: [[sideOf(src, side), src.y], [sideOf(t, flip(side)), t.y]], kind: 'arrow', label: labelBeside(route, side), data });
}

/**
 * Tidak to a step: back up to an earlier step (rework), or down to a later one (a refusal
 * that goes forward), leaving by a side vertex as every Tidak does. The arrow enters the target
 * at a side vertex its own Tidak branch (when the target is a decision) does not use.
 */
function routeRework(state: LayoutState, route: Route, to: number): void {
  const { edge, src, fromPage, page, data } = route;
  const dst = state.primary.get(to)!;
  const toPage = state.pageOfRow.get(to)!;
  const dstLane = state.laneAt(dst.x);
  const enter = state.freeSide(to, dstLane <= state.laneAt(src.x) ? 'left' : 'right');
  if (toPage !== fromPage) {
    routeReworkAcrossPages(state, route, to, enter);
    return;
  }
  const channel = state.channelX(fromPage, dstLane, enter);
  const exit: Side = channel < src.x ? 'left' : 'right';
  state.use(edge.from, exit);
  state.use(to, enter);
  page.paths.push({
    points: [[sideOf(src, exit), src.y], [channel, src.y], [channel, dst.y], [sideOf(dst, enter), dst.y]],
    kind: 'arrow',
    label: labelBeside(route, exit),
    data,
  });
}

/** A rework (or forward refusal) to another page: a pair of connectors beside the two rows. */
function routeReworkAcrossPages(state: LayoutState, route: Route, to: number, enter: Side): void {
  const { edge, src, fromPage, page, data } = route;
  const dst = state.primary.get(to)!;
  const toPage = state.pageOfRow.get(to)!;
  const letter = state.nextLetter();
  const out = state.placeSide(edge.from, src, state.isUsed(edge.from, 'left') ? 'right' : 'left', GEOMETRY.connector);
  state.use(edge.from, out.side);
  const c1 = connector(page, out.x, src.y, letter, `ke halaman ${toPage + 1}, ${state.stepName(to)}`, 'out');
  page.paths.push({ points: [[sideOf(src, out.side), src.y], [sideOf(c1, flip(out.side)), c1.y]], kind: 'arrow', label: labelBeside(route, out.side), data });
  const targetPage = state.pages[toPage]!;
  const inc = state.placeSide(to, dst, enter, GEOMETRY.connector);
  state.use(to, inc.side);
  const c2 = connector(targetPage, inc.x, dst.y, letter, `dari halaman ${fromPage + 1}, ${state.stepName(edge.from)}`, 'in');
  targetPage.paths.push({
    points: [[sideOf(c2, flip(inc.side)), c2.y], [sideOf(dst, inc.side), dst.y]],
    kind: 'arrow',
    data,
  });
}

/** A forward arrow on one page: down into the next row, or along a channel to a later one. */
function routeForward(state: LayoutState, route: Route, to: number): void {
  const { edge, src, fromPage, page, data } = route;
  const dst = state.primary.get(to)!;
  const dstLane = state.laneAt(dst.x);
  const fromPoint: Point = [src.x, bottomOf(src)];
  const skipSide = state.freeSide(to, dstLane < state.laneAt(src.x) ? 'left' : 'right');
  const points =
    to === edge.from + 1
      ? elbowDown(fromPoint, page.rowTop.get(to)! - GEOMETRY.legAbove, dst)
      : viaChannel(
          [fromPoint, [src.x, state.rowBottom(page, edge.from) - GEOMETRY.legAbove]],
          state.channelX(fromPage, dstLane, skipSide),
          dst,
          skipSide,
        );
  if (to !== edge.from + 1) state.use(to, skipSide);
  page.paths.push({ points, kind: 'arrow', label: labelBelow(route), data });
}

/** A forward arrow across pages: off-page connectors in the bottom band and the next page's top band. */
function routePageCrossing(state: LayoutState, route: Route, to: number): void {
  const { edge, src, fromPage, page, data } = route;
  const dst = state.primary.get(to)!;
  const toPage = state.pageOfRow.get(to)!;
  const fromPoint: Point = [src.x, bottomOf(src)];
  const letter = state.nextLetter();
  const lastOnPage = page.rows[page.rows.length - 1] === edge.from;
  const bandTop = page.height - page.bottomBand;
  const c1x = state.bandX(fromPage, 'bottom', src.x);
  const c1 = connector(page, c1x, bandTop + GEOMETRY.band / 2, letter, `ke halaman ${toPage + 1}, ${state.stepName(to)}`, 'out');
  if (lastOnPage) {
    page.paths.push({ points: elbowDown(fromPoint, bandTop + 4, c1), kind: 'arrow', label: labelBelow(route), data });
  } else {
    page.paths.push({
      points: viaChannel([fromPoint, [src.x, state.rowBottom(page, edge.from) - GEOMETRY.legAbove]], state.channelX(fromPage, state.laneAt(src.x), 'right'), c1, 'left'),
      kind: 'arrow',
      label: labelBelow(route),
      data,
    });
  }
  const targetPage = state.pages[toPage]!;
  const c2x = state.bandX(toPage, 'top', dst.x);
  const c2 = connector(targetPage, c2x, GEOMETRY.band / 2, letter, `dari halaman ${fromPage + 1}, ${state.stepName(edge.from)}`, 'in');
  const c2bottom: Point = [c2.x, bottomOf(c2)];
  if (targetPage.rows[0] === to) {
    targetPage.paths.push({ points: elbowDown(c2bottom, GEOMETRY.band - GEOMETRY.legAbove, dst), kind: 'arrow', data });
    return;
  }
  const dstLane = state.laneAt(dst.x);
  const side = state.freeSide(to, dstLane < state.laneAt(c2.x) ? 'left' : 'right');
  state.use(to, side);
  targetPage.paths.push({
    points: viaChannel([c2bottom, [c2.x, GEOMETRY.band - GEOMETRY.legAbove]], state.channelX(toPage, dstLane, side), dst, side),
    kind: 'arrow',
    data,
  });
}

/** Routes one arrow: to the refusal terminal, sideways (Tidak or back up), or forward. */
function routeEdge(state: LayoutState, edge: Edge): void {
  const { rows } = state;
  const fromPage = state.pageOfRow.get(edge.from)!;
  const data: Record<string, string> = {
    from: rows[edge.from]!.node?.id ?? (rows[edge.from]!.kind === 'start' ? 'mulai' : FINAL_STATES.done),
    to: edge.to === 'ditolak' ? FINAL_STATES.refused : (rows[edge.to]!.node?.id ?? FINAL_STATES.done),
  };
  if (edge.label !== undefined) data.branch = edge.label === 'Ya' ? 'ya' : 'tidak';
  const route: Route = { edge, src: state.primary.get(edge.from)!, fromPage, page: state.pages[fromPage]!, data };
  // A decision's Ya leaves from the bottom vertex; Tidak from a side vertex.
  const to = edge.to;
  if (to === 'ditolak') routeRefusal(state, route);
  else if (to < edge.from || edge.label === 'Tidak') routeRework(state, route, to);
  else if (state.pageOfRow.get(to) === fromPage) routeForward(state, route, to);
  else routePageCrossing(state, route, to);
}

/**
 * Lays the flowchart out.
 *
 * @param def - the definition
 * @param laneRoles - the lanes' roles, left to right
 * @param laneWidth - the width of one lane
 * @param rows - the rows (start, steps, end) with their heights
 * @param capacity - the height available on each page for the lane area; `Infinity` for no pages
 */
export function layoutFlow(
  def: AnySopDefinition,
  laneRoles: readonly string[],
  laneWidth: number,
  rows: readonly LayoutRow[],
  capacity: (page: number) => number,
): FlowLayout {
  const flow = compileFlow(def);
  const state = new LayoutState(flow, laneRoles, laneWidth, rows, capacity);
  placeRows(state);
  for (const edge of edgesOf(state)) routeEdge(state, edge);
  return { flow, lanes: { count: laneRoles.length, width: laneWidth }, rows, pages: state.pages };
}
