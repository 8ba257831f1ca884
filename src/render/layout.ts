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
  const W = laneWidth;
  const sw = symbolWidth(W);
  const laneOf = (role: string): number => laneRoles.indexOf(role);
  const laneCenter = (lane: number): number => lane * W + W / 2;
  const pageRows = paginate(rows, capacity);
  const pageOfRow = new Map<number, number>();
  pageRows.forEach((rs, p) => rs.forEach((r) => pageOfRow.set(r, p)));
  const endRow = rows.length - 1;
  const rowOfTarget = (target: string): number =>
    target === FINAL_STATES.done ? endRow : flow.byId.get(target)!.index + 1;
  const primaryLane = (row: number): number => {
    const r = rows[row]!;
    if (r.kind === 'step') return laneOf(r.node!.step.pelaksana[0]!);
    if (r.kind === 'start') return laneOf(flow.nodes[0]!.step.pelaksana[0]!);
    return laneOf(flow.nodes[flow.nodes.length - 1]!.step.pelaksana[0]!);
  };

  let connectorCount = 0;
  const pages: LayoutPage[] = pageRows.map((rs, p) => {
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

  // ---- symbols of the rows ------------------------------------------------------------
  interface Anchor {
    x: number;
    y: number;
    w: number;
    h: number;
    kind: SymbolKind;
  }
  const primary = new Map<number, Anchor>();
  /** Lanes taken in each row (by a symbol), so side symbols find a free one. */
  const taken = new Map<number, Set<number>>();
  const take = (row: number, lane: number) => {
    let s = taken.get(row);
    if (!s) taken.set(row, (s = new Set()));
    s.add(lane);
  };

  rows.forEach((row, r) => {
    const page = pages[pageOfRow.get(r)!]!;
    const top = page.rowTop.get(r)!;
    const cy = top + row.height / 2;
    const lane = primaryLane(r);
    if (row.kind !== 'step') {
      const text = row.kind === 'start' ? 'Mulai' : 'Selesai';
      const a: Anchor = { x: laneCenter(lane), y: cy, w: sw, h: GEOMETRY.terminalH, kind: 'terminal' };
      primary.set(r, a);
      take(r, lane);
      page.symbols.push({ ...a, text, title: text, data: { symbol: 'terminal', terminal: row.kind === 'start' ? 'mulai' : FINAL_STATES.done } });
      return;
    }
    const node = row.node!;
    const kind: SymbolKind = node.kind === 'decision' ? 'decision' : 'activity';
    const h = kind === 'decision' ? GEOMETRY.decisionH : GEOMETRY.activityH;
    const title = `${node.step.label}. ${node.step.uraian}`;
    node.step.pelaksana.forEach((role, k) => {
      const l = laneOf(role);
      take(r, l);
      const a: Anchor = { x: laneCenter(l), y: cy, w: sw, h, kind };
      if (k === 0) primary.set(r, a);
      page.symbols.push({
        ...a,
        text: node.step.label,
        title,
        data: k === 0 ? { symbol: kind, step: node.id, role } : { symbol: kind, step: node.id, role, joint: 'true' },
      });
    });
    // Ties between the copies of a step performed together, left to right.
    const lanesOfStep = [...new Set(node.step.pelaksana.map(laneOf))].sort((a, b) => a - b);
    for (let k = 1; k < lanesOfStep.length; k++) {
      const a = laneCenter(lanesOfStep[k - 1]!) + sw / 2;
      const b = laneCenter(lanesOfStep[k]!) - sw / 2;
      page.paths.push({ points: [[a, cy], [b, cy]], kind: 'tie', data: { tie: node.id } });
    }
  });

  // ---- helpers ----------------------------------------------------------------------------
  const channels = new Map<string, number>();
  const channelX = (page: number, lane: number, side: 'left' | 'right'): number => {
    const key = `${page}:${lane}:${side}`;
    const k = channels.get(key) ?? 0;
    channels.set(key, k + 1);
    const room = Math.max(1, Math.floor(((W - sw) / 2 - 13) / GEOMETRY.channelStep) + 1);
    const offset = 5 + (k % room) * GEOMETRY.channelStep;
    return side === 'left' ? lane * W + offset : (lane + 1) * W - offset;
  };
  /** A free lane in `row`, nearest to `from`, looking first towards `prefer`. */
  const freeLane = (row: number, from: number, prefer: 'left' | 'right'): number | undefined => {
    const t = taken.get(row) ?? new Set<number>();
    for (let d = 1; d < laneRoles.length; d++) {
      const order = prefer === 'left' ? [from - d, from + d] : [from + d, from - d];
      for (const l of order) if (l >= 0 && l < laneRoles.length && !t.has(l)) return l;
    }
    return undefined;
  };
  /** Places a side symbol (refusal terminal, connector) in the row of `anchor`. */
  const placeSide = (row: number, anchor: Anchor, prefer: 'left' | 'right', w: number): { x: number; side: 'left' | 'right' } => {
    const from = Math.floor(anchor.x / W);
    const l = freeLane(row, from, prefer);
    if (l !== undefined) {
      take(row, l);
      return { x: laneCenter(l), side: l < from ? 'left' : 'right' };
    }
    // No free lane (a one-lane SOP): beside the symbol, inside its own lane.
    return { x: anchor.x + anchor.w / 2 + 12 + w / 2, side: 'right' };
  };
  type Side = 'left' | 'right';
  const flip = (side: Side): Side => (side === 'left' ? 'right' : 'left');
  /** The side vertices of each row's main symbol already taken by an arrow. */
  const usedSides = new Map<number, Set<Side>>();
  const use = (row: number, side: Side) => {
    let set = usedSides.get(row);
    if (!set) usedSides.set(row, (set = new Set()));
    set.add(side);
  };
  const isUsed = (row: number, side: Side) => usedSides.get(row)?.has(side) === true;
  const bottomOf = (a: Anchor) => a.y + a.h / 2;
  const topOf = (a: Anchor) => a.y - a.h / 2;
  const sideOf = (a: Anchor, side: 'left' | 'right') => (side === 'left' ? a.x - a.w / 2 : a.x + a.w / 2);
  const rowBottom = (page: LayoutPage, r: number) => page.rowTop.get(r)! + rows[r]!.height;

  /** Band connectors placed so far on each page and band, by x, to keep them apart. */
  const bandSlots = new Map<string, number[]>();
  const bandX = (page: number, band: 'top' | 'bottom', x: number): number => {
    const key = `${page}:${band}`;
    const used = bandSlots.get(key) ?? [];
    let cx = x;
    while (used.some((u) => Math.abs(u - cx) < GEOMETRY.connector + 6)) cx += GEOMETRY.connector + 8;
    used.push(cx);
    bandSlots.set(key, used);
    return cx;
  };
  const connector = (page: LayoutPage, x: number, y: number, letter: string, title: string, dir: 'out' | 'in'): Anchor => {
    const a: Anchor = { x, y, w: GEOMETRY.connector, h: GEOMETRY.connector, kind: 'connector' };
    page.symbols.push({ ...a, text: letter, title, data: { symbol: 'connector', connector: letter, direction: dir } });
    return a;
  };
  const stepName = (r: number) => (rows[r]!.kind === 'step' ? `langkah ${rows[r]!.node!.step.label}` : rows[r]!.kind === 'end' ? 'Selesai' : 'Mulai');

  /**
   * An arrow from a point leaving downwards out of row `r` into the top of `target` in the
   * next slot (the next row, or the bottom band).
   */
  const elbowDown = (page: LayoutPage, from: readonly [number, number], legY: number, target: Anchor): (readonly [number, number])[] => {
    const [x, y] = from;
    if (Math.abs(x - target.x) < 0.5) return [[x, y], [x, topOf(target)]];
    const leg = Math.max(legY, y + 4);
    return [[x, y], [x, leg], [target.x, leg], [target.x, topOf(target)]];
  };
  /** An arrow along a vertical channel into the side of `target`. */
  const viaChannel = (
    start: (readonly [number, number])[],
    cx: number,
    target: Anchor,
    side: 'left' | 'right',
  ): (readonly [number, number])[] => {
    const last = start[start.length - 1]!;
    return [...start, [cx, last[1]], [cx, target.y], [sideOf(target, side), target.y]];
  };

  // ---- edges ----------------------------------------------------------------------------------
  interface Edge {
    from: number;
    to: number | 'ditolak';
    label?: 'Ya' | 'Tidak';
  }
  const edges: Edge[] = [{ from: 0, to: rowOfTarget(flow.start) }];
  for (const node of flow.nodes) {
    const r = node.index + 1;
    if (node.kind === 'task') edges.push({ from: r, to: rowOfTarget(node.next) });
    else {
      edges.push({ from: r, to: rowOfTarget(node.next), label: 'Ya' });
      const refuse = node.refuse!;
      edges.push({ from: r, to: refuse === FINAL_STATES.refused ? 'ditolak' : rowOfTarget(refuse), label: 'Tidak' });
    }
  }

  for (const e of edges) {
    const src = primary.get(e.from)!;
    const ps = pageOfRow.get(e.from)!;
    const page = pages[ps]!;
    const data: Record<string, string> = {
      from: rows[e.from]!.node?.id ?? (rows[e.from]!.kind === 'start' ? 'mulai' : FINAL_STATES.done),
      to: e.to === 'ditolak' ? FINAL_STATES.refused : (rows[e.to]!.node?.id ?? FINAL_STATES.done),
    };
    if (e.label !== undefined) data.branch = e.label === 'Ya' ? 'ya' : 'tidak';

    // A decision's Ya leaves from the bottom vertex; Tidak from a side vertex.
    const bottomLabel = e.label === 'Ya' ? { text: 'Ya', x: src.x + 4, y: bottomOf(src) + 9, anchor: 'start' as const } : undefined;
    const sideLabel = (side: 'left' | 'right') =>
      e.label === 'Tidak'
        ? { text: 'Tidak', x: sideOf(src, side) + (side === 'left' ? -2 : 2), y: src.y - 4, anchor: side === 'left' ? ('end' as const) : ('start' as const) }
        : undefined;

    if (e.to === 'ditolak') {
      const w = sw;
      const place = placeSide(e.from, src, isUsed(e.from, 'right') ? 'left' : 'right', w);
      const t: Anchor = { x: place.x, y: src.y, w, h: GEOMETRY.terminalH, kind: 'terminal' };
      page.symbols.push({ ...t, text: 'Ditolak', title: `Ditolak (${stepName(e.from)})`, data: { symbol: 'terminal', terminal: FINAL_STATES.refused, step: data.from! } });
      const side = place.side;
      use(e.from, side);
      page.paths.push({ points: [[sideOf(src, side), src.y], [sideOf(t, flip(side)), t.y]], kind: 'arrow', label: sideLabel(side), data });
      continue;
    }

    const to = e.to;
    const dst = primary.get(to)!;
    const pt = pageOfRow.get(to)!;
    const srcLane = Math.floor(src.x / W);
    const dstLane = Math.floor(dst.x / W);

    if (to < e.from || e.label === 'Tidak') {
      // Tidak to a step: back up to an earlier step (rework), or down to a later one (a refusal
      // that goes forward), leaving by a side vertex as every Tidak does. The arrow enters the
      // target at a side vertex its own Tidak branch (when the target is a decision) does not use.
      let enter: Side = dstLane <= srcLane ? 'left' : 'right';
      if (isUsed(to, enter)) enter = flip(enter);
      if (pt === ps) {
        const cx = channelX(ps, dstLane, enter);
        const exit: Side = cx < src.x ? 'left' : 'right';
        use(e.from, exit);
        use(to, enter);
        page.paths.push({
          points: [[sideOf(src, exit), src.y], [cx, src.y], [cx, dst.y], [sideOf(dst, enter), dst.y]],
          kind: 'arrow',
          label: sideLabel(exit),
          data,
        });
      } else {
        const letter = letters(connectorCount++);
        const out = placeSide(e.from, src, isUsed(e.from, 'left') ? 'right' : 'left', GEOMETRY.connector);
        use(e.from, out.side);
        const c1 = connector(page, out.x, src.y, letter, `ke halaman ${pt + 1}, ${stepName(to)}`, 'out');
        page.paths.push({ points: [[sideOf(src, out.side), src.y], [sideOf(c1, flip(out.side)), c1.y]], kind: 'arrow', label: sideLabel(out.side), data });
        const tpage = pages[pt]!;
        const inc = placeSide(to, dst, enter, GEOMETRY.connector);
        use(to, inc.side);
        const c2 = connector(tpage, inc.x, dst.y, letter, `dari halaman ${ps + 1}, ${stepName(e.from)}`, 'in');
        tpage.paths.push({
          points: [[sideOf(c2, flip(inc.side)), c2.y], [sideOf(dst, inc.side), dst.y]],
          kind: 'arrow',
          data,
        });
      }
      continue;
    }

    // Forward.
    const fromPoint = [src.x, bottomOf(src)] as const;
    if (pt === ps) {
      let skipSide: Side = dstLane < srcLane ? 'left' : 'right';
      if (isUsed(to, skipSide)) skipSide = flip(skipSide);
      const points =
        to === e.from + 1
          ? elbowDown(page, fromPoint, page.rowTop.get(to)! - GEOMETRY.legAbove, dst)
          : viaChannel(
              [fromPoint, [src.x, rowBottom(page, e.from) - GEOMETRY.legAbove]],
              channelX(ps, dstLane, skipSide),
              dst,
              skipSide,
            );
      if (to !== e.from + 1) use(to, skipSide);
      page.paths.push({ points, kind: 'arrow', label: bottomLabel, data });
      continue;
    }
    // Across pages: off-page connectors in the bands.
    const letter = letters(connectorCount++);
    const lastOnPage = page.rows[page.rows.length - 1] === e.from;
    const bandTop = page.height - page.bottomBand;
    const c1x = bandX(ps, 'bottom', src.x);
    const c1 = connector(page, c1x, bandTop + GEOMETRY.band / 2, letter, `ke halaman ${pt + 1}, ${stepName(to)}`, 'out');
    if (lastOnPage) {
      page.paths.push({ points: elbowDown(page, fromPoint, bandTop + 4, c1), kind: 'arrow', label: bottomLabel, data });
    } else {
      const side: 'left' | 'right' = 'right';
      page.paths.push({
        points: viaChannel([fromPoint, [src.x, rowBottom(page, e.from) - GEOMETRY.legAbove]], channelX(ps, srcLane, side), c1, 'left'),
        kind: 'arrow',
        label: bottomLabel,
        data,
      });
    }
    const tpage = pages[pt]!;
    const c2x = bandX(pt, 'top', dst.x);
    const c2 = connector(tpage, c2x, GEOMETRY.band / 2, letter, `dari halaman ${ps + 1}, ${stepName(e.from)}`, 'in');
    const c2bottom = [c2.x, bottomOf(c2)] as const;
    if (tpage.rows[0] === to) {
      tpage.paths.push({ points: elbowDown(tpage, c2bottom, GEOMETRY.band - GEOMETRY.legAbove, dst), kind: 'arrow', data });
    } else {
      let side: Side = dstLane < Math.floor(c2.x / W) ? 'left' : 'right';
      if (isUsed(to, side)) side = flip(side);
      use(to, side);
      tpage.paths.push({
        points: viaChannel([c2bottom, [c2.x, GEOMETRY.band - GEOMETRY.legAbove]], channelX(pt, dstLane, side), dst, side),
        kind: 'arrow',
        data,
      });
    }
  }

  return { flow, lanes: { count: laneRoles.length, width: W }, rows, pages };
}
