// What bpmn-js draws, read back from the rendered SVG, and the checks the BPMN browser test
// makes on it: no two shapes overlap, no two texts overlap, no external label sits on a shape
// or on a flow it does not belong to, no text leaves its shape, the user-task icon covers no
// text, and every lane holds a shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One element of the diagram as bpmn-js drew it, in diagram coordinates. */
export interface Drawn {
  id: string;
  type: string;
  /** The element a label belongs to. */
  owner: string | undefined;
  box: Rect | undefined;
  points: [number, number][] | undefined;
  /** The drawn text's box, and each line's. */
  text: Rect | undefined;
  lines: Rect[];
  /** The user-task icon's box. */
  icon: Rect | undefined;
  content: string;
}

const VIEWER = resolve('node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const ASSETS = resolve('node_modules/bpmn-js/dist/assets');

// Runs in the page (plain JavaScript, so no bundler helper leaks in): imports the XML, then
// reads every element's box, waypoints, text box, text lines and user-task icon in diagram
// coordinates, from the SVG bpmn-js drew.
const READER = `
window.readDiagram = async function (source) {
  const { warnings } = await viewer.importXML(source);
  // Measure at 100 %: text boxes change with the zoom (hinting).
  viewer.get('canvas').zoom(1, { x: 0, y: 0 });
  const registry = viewer.get('elementRegistry');
  const viewport = document.querySelector('.djs-container svg .viewport');
  const inverse = viewport.getScreenCTM().inverse();
  function boxOf(el) {
    const b = el.getBBox();
    if (b.width === 0 && b.height === 0) return undefined;
    const m = inverse.multiply(el.getScreenCTM());
    const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]
      .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  }
  function union(rs) {
    const ok = rs.filter((r) => r !== undefined);
    if (ok.length === 0) return undefined;
    const x = Math.min(...ok.map((r) => r.x));
    const y = Math.min(...ok.map((r) => r.y));
    return { x, y, w: Math.max(...ok.map((r) => r.x + r.w)) - x, h: Math.max(...ok.map((r) => r.y + r.h)) - y };
  }
  const drawn = [];
  for (const e of registry.getAll()) {
    if (e.waypoints === undefined && e.x === undefined) continue; // the root
    const visual = registry.getGraphics(e).querySelector('.djs-visual');
    const text = visual ? visual.querySelector('text') : null;
    const content = text ? text.textContent.trim() : '';
    const paths = e.type === 'bpmn:UserTask' ? Array.from(visual.querySelectorAll(':scope > path')) : [];
    drawn.push({
      id: e.id,
      type: e.type,
      owner: e.labelTarget ? e.labelTarget.id : undefined,
      box: e.waypoints === undefined ? { x: e.x, y: e.y, w: e.width, h: e.height } : undefined,
      points: e.waypoints ? e.waypoints.map((p) => [p.x, p.y]) : undefined,
      text: content === '' ? undefined : boxOf(text),
      lines: content === '' ? [] : Array.from(text.querySelectorAll('tspan')).map(boxOf).filter(Boolean),
      icon: union(paths.map(boxOf)),
      content,
    });
  }
  return { warnings: warnings.map((w) => w.message), drawn };
};`;

/** Writes the viewer page (bpmn-js from node_modules) into `dir` and returns its path. */
export function writeViewerPage(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'viewer.html');
  writeFileSync(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><title>bpmn-js</title>
<link rel="stylesheet" href="${pathToFileURL(join(ASSETS, 'diagram-js.css')).href}">
<link rel="stylesheet" href="${pathToFileURL(join(ASSETS, 'bpmn-js.css')).href}">
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; background: #fff }</style>
<script src="${pathToFileURL(VIEWER).href}"></script>
</head><body><div id="canvas"></div>
<script>window.viewer = new BpmnJS({ container: '#canvas' });
${READER}</script>
</body></html>`,
  );
  return file;
}

/** Imports a diagram into the page's viewer and reads back what was drawn. */
export async function importAndRead(page: Page, xml: string): Promise<{ warnings: string[]; drawn: Drawn[] }> {
  return page.evaluate((source) => (window as unknown as { readDiagram: (x: string) => Promise<{ warnings: string[]; drawn: Drawn[] }> }).readDiagram(source), xml);
}

/** Overlap of two rectangles, more than half a pixel each way (anti-aliasing aside). */
export function overlaps(a: Rect, b: Rect, tolerance = 0.5): boolean {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > tolerance && h > tolerance;
}

/** Whether `inner` lies within `outer` (half a pixel of slack). */
export function inside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.w <= outer.x + outer.w + 0.5 && inner.y + inner.h <= outer.y + outer.h + 0.5;
}

/** Whether a horizontal or vertical segment passes through a rectangle. */
function crosses(r: Rect, [x1, y1]: [number, number], [x2, y2]: [number, number]): boolean {
  const seg = { x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1), h: Math.abs(y2 - y1) };
  // A segment is a zero-width rectangle: test it against the rectangle shrunk by 1 px.
  return seg.x < r.x + r.w - 1 && seg.x + seg.w > r.x + 1 && seg.y < r.y + r.h - 1 && seg.y + seg.h > r.y + 1;
}

const CONTAINERS = new Set(['bpmn:Participant', 'bpmn:Lane']);

/**
 * Every problem a reader would see, one line each: overlapping shapes, overlapping texts, a
 * label on a shape or on another flow, text outside its shape, the icon over text, an empty
 * lane.
 */
export function problems(drawn: Drawn[]): string[] {
  const out: string[] = [];
  const shapes = drawn.filter((d) => d.box !== undefined && d.type !== 'label' && !CONTAINERS.has(d.type));
  const labels = drawn.filter((d) => d.type === 'label' && d.text !== undefined);
  const texts = drawn.filter((d) => d.text !== undefined);
  const edges = drawn.filter((d) => d.points !== undefined);
  const name = (d: Drawn) => (d.type === 'label' ? `label of ${d.owner} "${d.content}"` : `${d.id}`);
  for (const [i, a] of shapes.entries()) {
    for (const b of shapes.slice(i + 1)) if (overlaps(a.box!, b.box!)) out.push(`shape ${a.id} overlaps shape ${b.id}`);
  }
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) if (overlaps(a.text!, b.text!)) out.push(`text of ${name(a)} overlaps text of ${name(b)}`);
  }
  for (const l of labels) {
    for (const s of shapes) if (overlaps(l.text!, s.box!)) out.push(`${name(l)} lies on shape ${s.id}`);
    for (const e of edges) {
      if (e.id === l.owner) continue;
      const pts = e.points!;
      if (pts.some((p, k) => k > 0 && crosses(l.text!, pts[k - 1]!, p))) out.push(`${name(l)} lies on flow ${e.id}`);
    }
  }
  for (const d of drawn) {
    if (d.type === 'label' || d.box === undefined || d.text === undefined) continue;
    // A pool's or lane's name belongs in its 30 px header.
    const room = CONTAINERS.has(d.type) ? { ...d.box, w: 30 } : d.box;
    if (!inside(d.text, room)) out.push(`text of ${d.id} "${d.content}" overflows its shape`);
    if (d.icon !== undefined && d.lines.some((line) => overlaps(line, d.icon!, 0))) out.push(`the icon of ${d.id} covers its text "${d.content}"`);
  }
  for (const lane of drawn.filter((d) => d.type === 'bpmn:Lane')) {
    const held = shapes.some((s) => inside({ x: s.box!.x + s.box!.w / 2, y: s.box!.y + s.box!.h / 2, w: 0, h: 0 }, lane.box!));
    if (!held) out.push(`lane ${lane.id} is empty`);
  }
  return out;
}
