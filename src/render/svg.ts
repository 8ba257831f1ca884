import type { AnySopDefinition } from '../definition/index.js';
import { compileFlow } from '../definition/index.js';
import { escapeXml } from './escape.js';
import { laneOrder, type RenderOptions } from './lanes.js';
import { baseRows, layoutFlow, type LayoutPage, type PlacedPath, type PlacedSymbol } from './layout.js';
import { wrapText } from './text.js';

const FONT = 'Arial, &quot;Liberation Sans&quot;, Helvetica, sans-serif';
const n = (v: number): string => (Math.round(v * 10) / 10).toString();

function attrs(data: Readonly<Record<string, string>>): string {
  return Object.keys(data)
    .map((k) => ` data-${k}="${escapeXml(data[k]!)}"`)
    .join('');
}

function symbolSvg(s: PlacedSymbol): string {
  const { x, y, w, h } = s;
  let shape: string;
  switch (s.kind) {
    case 'terminal':
      shape = `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}" ry="${n(h / 2)}" class="sa-sym"/>`;
      break;
    case 'activity':
      shape = `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" class="sa-sym"/>`;
      break;
    case 'decision':
      shape = `<polygon points="${n(x)},${n(y - h / 2)} ${n(x + w / 2)},${n(y)} ${n(x)},${n(y + h / 2)} ${n(x - w / 2)},${n(y)}" class="sa-sym"/>`;
      break;
    case 'connector':
      shape = `<polygon points="${n(x - w / 2)},${n(y - h / 2)} ${n(x + w / 2)},${n(y - h / 2)} ${n(x + w / 2)},${n(y + h / 6)} ${n(x)},${n(y + h / 2)} ${n(x - w / 2)},${n(y + h / 6)}" class="sa-sym"/>`;
      break;
  }
  const size = s.kind === 'terminal' ? 8 : 9;
  const ty = s.kind === 'connector' ? y - h / 10 : y;
  return (
    `<g${attrs(s.data)}><title>${escapeXml(s.title)}</title>${shape}` +
    `<text x="${n(x)}" y="${n(ty)}" font-size="${size}" text-anchor="middle" dominant-baseline="central">${escapeXml(s.text)}</text></g>`
  );
}

function arrowHead(from: readonly [number, number], to: readonly [number, number]): string {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const L = 6;
  const Wd = 3;
  const bx = to[0] - ux * L;
  const by = to[1] - uy * L;
  return `<polygon points="${n(to[0])},${n(to[1])} ${n(bx - uy * Wd)},${n(by + ux * Wd)} ${n(bx + uy * Wd)},${n(by - ux * Wd)}" class="sa-head"/>`;
}

function pathSvg(p: PlacedPath): string {
  const pts = p.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
  if (p.kind === 'tie') return `<polyline points="${pts}" class="sa-tie"${attrs(p.data)}/>`;
  const last = p.points[p.points.length - 1]!;
  const before = p.points[p.points.length - 2]!;
  const label = p.label
    ? `<text x="${n(p.label.x)}" y="${n(p.label.y)}" font-size="8" text-anchor="${p.label.anchor}" class="sa-branch">${escapeXml(p.label.text)}</text>`
    : '';
  return `<g data-arrow=""${attrs(p.data)}><polyline points="${pts}" class="sa-flow"/>${arrowHead(before, last)}${label}</g>`;
}

const STYLE =
  '.sa-sym{fill:#fff;stroke:#000;stroke-width:1.2}.sa-flow{fill:none;stroke:#000;stroke-width:1}' +
  '.sa-head{fill:#000}.sa-tie{fill:none;stroke:#000;stroke-width:1;stroke-dasharray:3 2}' +
  '.sa-lane{stroke:#000;stroke-width:1}.sa-row{stroke:#c8c8c8;stroke-width:0.5}.sa-text{fill:#000;stroke:none}.sa-branch{font-style:italic}';

/**
 * The inner drawing of one page's lane area (lane and row lines, symbols, arrows).
 *
 * @internal
 */
export function pageBody(page: LayoutPage, laneCount: number, laneWidth: number): string {
  const width = laneCount * laneWidth;
  const parts: string[] = [];
  for (let l = 1; l < laneCount; l++) {
    parts.push(`<line x1="${n(l * laneWidth)}" y1="0" x2="${n(l * laneWidth)}" y2="${n(page.height)}" class="sa-lane"/>`);
  }
  const lines = new Set<number>();
  for (const r of page.rows) lines.add(page.rowTop.get(r)!);
  if (page.bottomBand > 0) lines.add(page.height - page.bottomBand);
  lines.delete(0);
  for (const y of [...lines].sort((a, b) => a - b)) {
    parts.push(`<line x1="0" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}" class="sa-row"/>`);
  }
  for (const p of page.paths) parts.push(pathSvg(p));
  for (const s of page.symbols) parts.push(symbolSvg(s));
  return parts.join('');
}

/**
 * An `<svg>` element for one page's lane area, sized in CSS pixels.
 *
 * @internal
 */
export function pageSvg(page: LayoutPage, laneCount: number, laneWidth: number): string {
  const width = laneCount * laneWidth;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="lanes-svg" width="${n(width)}" height="${n(page.height)}" viewBox="0 0 ${n(width)} ${n(page.height)}" font-family="${FONT}" data-page="${page.number}">` +
    `<style>${STYLE}</style>${pageBody(page, laneCount, laneWidth)}</svg>`
  );
}

/** Options of {@link renderSvg}. */
export interface SvgOptions extends RenderOptions {
  /** The width of one lane in pixels; 120 by default. */
  readonly laneWidth?: number | undefined;
}

/**
 * Renders the flowchart of an SOP as one standalone SVG document: a heading with the SOP's
 * name, one column (lane) per pelaksana, and the official symbols (a capsule for start and
 * end, a rectangle per activity, a diamond per decision with its Ya / Tidak branches) with
 * the arrows between them. Unlike the HTML document it is not split into pages. Every
 * symbol carries `data-symbol` (`terminal`, `activity`, `decision`, `connector`) and, for a
 * step, `data-step` (its id); a copy drawn in another performer's lane also has `data-joint`.
 *
 * @param def - a definition (from `defineSop` or the catalogue)
 * @param options - the lane order, the role catalogue for the headings, the lane width
 * @returns the SVG document as text, deterministic for a given definition and options
 * @throws {@link RenderError} when `options.lanes` does not fit the definition
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * import { renderSvg } from 'sop-ap'
 * import { getSop } from 'sop-ap/machines'
 * writeFileSync('plut.svg', renderSvg(getSop('peningkatan-pelayanan-plut')))
 * ```
 */
export function renderSvg(def: AnySopDefinition, options: SvgOptions = {}): string {
  const lanes = laneOrder(def, options);
  const W = options.laneWidth ?? 120;
  const layout = layoutFlow(def, lanes.map((l) => l.role), W, baseRows(compileFlow(def)), () => Infinity);
  const page = layout.pages[0]!;
  const width = lanes.length * W;
  const titleLines = wrapText(def.nama, Math.max(width, 240) - 8, 14.5); // bold: estimate wider
  const titleH = titleLines.length * 16 + 10;
  const headLines = lanes.map((l) => wrapText(l.name, W - 8, 9));
  const headH = Math.max(...headLines.map((ls) => ls.length)) * 11 + 10;
  const total = titleH + headH + page.height;
  const svgW = Math.max(width, 240) + 2;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(svgW)}" height="${n(total + 2)}" viewBox="-1 -1 ${n(svgW)} ${n(total + 2)}" font-family="${FONT}" data-sop="${escapeXml(def.id)}">`,
    `<title>${escapeXml(def.nama)}</title><style>${STYLE}.sa-head-text{font-weight:bold}</style>`,
    `<rect x="0" y="0" width="${n(svgW - 2)}" height="${n(total)}" fill="#fff"/>`,
  ];
  titleLines.forEach((line, i) => {
    parts.push(`<text x="4" y="${n(16 + i * 16)}" font-size="13" class="sa-head-text">${escapeXml(line)}</text>`);
  });
  parts.push(`<g transform="translate(0 ${n(titleH)})">`);
  parts.push(`<rect x="0" y="0" width="${n(width)}" height="${n(headH + page.height)}" fill="none" stroke="#000"/>`);
  parts.push(`<line x1="0" y1="${n(headH)}" x2="${n(width)}" y2="${n(headH)}" class="sa-lane"/>`);
  lanes.forEach((lane, i) => {
    const lines = headLines[i]!;
    const top = (headH - lines.length * 11) / 2 + 9;
    lines.forEach((line, k) => {
      parts.push(
        `<text x="${n(i * W + W / 2)}" y="${n(top + k * 11)}" font-size="9" text-anchor="middle" class="sa-head-text" data-lane="${escapeXml(lane.role)}">${escapeXml(line)}</text>`,
      );
    });
    if (i > 0) parts.push(`<line x1="${n(i * W)}" y1="0" x2="${n(i * W)}" y2="${n(headH)}" class="sa-lane"/>`);
  });
  parts.push(`<g transform="translate(0 ${n(headH)})">${pageBody(page, lanes.length, W)}</g></g></svg>`);
  return parts.join('');
}
