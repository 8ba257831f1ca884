import { compileFlow, flowStates } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { laneOrder, type RenderOptions } from './lanes.js';
import { shorten } from './text.js';

/** Options of {@link renderMermaid}. */
export interface MermaidOptions extends RenderOptions {
  /** Cut each step's uraian after this many characters (at a word boundary, with `…`); default 60. `Infinity` keeps it whole. */
  readonly maxLabelLength?: number | undefined;
  /** Whether to add the performers' names on a second line of each node; default `true`. */
  readonly performers?: boolean | undefined;
}

/**
 * Escapes text for a double-quoted Mermaid label with Mermaid's entity codes, so that
 * quotes, brackets, pipes, arrows and markup in an SOP's text stay text.
 */
function escapeMermaid(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\|/g, '#124;')
    .replace(/\[/g, '#91;')
    .replace(/\]/g, '#93;')
    .replace(/\{/g, '#123;')
    .replace(/\}/g, '#125;');
}

/**
 * Renders an SOP as Mermaid flowchart text (`flowchart TD`), for READMEs and wikis that
 * draw Mermaid (GitHub, GitLab, Notion, Docusaurus …). A stadium shape starts and ends the
 * flow, each step is a box (activity) or a rhombus (decision) labelled with its number, its
 * uraian and its performers, and a decision has `Ya` and `Tidak` edges, the latter back to
 * the rework step or to a `Ditolak` end. Node ids are `mulai`, `s1` … `sN` (document order),
 * `selesai` and `ditolak`, so the text never depends on the step ids' spelling.
 *
 * @param def - a definition
 * @param options - label length, whether to name the performers, lane catalogue for their names
 * @returns the Mermaid source, one statement a line, ending in a newline
 * @throws {@link RenderError} when `options.lanes` does not fit the definition
 *
 * @example
 * ```ts
 * const text = renderMermaid(getSop('permintaan-narasumber'))
 * // flowchart TD
 * //   mulai(["Mulai"])
 * //   s1["1. Menerima surat masuk dari pemohon narasumber<br/>(Petugas Teknis)"]
 * //   …
 * ```
 */
export function renderMermaid(def: AnySopDefinition, options: MermaidOptions = {}): string {
  const flow = compileFlow(def);
  const names = new Map(laneOrder(def, options).map((l) => [l.role, l.name]));
  const max = options.maxLabelLength ?? 60;
  const showPerformers = options.performers ?? true;
  const idOf = (target: string): string => {
    if (target === FINAL_STATES.done) return 'selesai';
    if (target === FINAL_STATES.refused) return 'ditolak';
    return `s${flow.byId.get(target)!.index + 1}`;
  };
  const lines: string[] = ['flowchart TD', `  %% ${escapeMermaid(def.nama)} (sop-ap: ${def.id})`, '  mulai(["Mulai"])'];
  for (const node of flow.nodes) {
    const s = node.step;
    let label = escapeMermaid(`${s.label}. ${shorten(s.uraian, max)}`);
    if (showPerformers) label += `<br/>(${escapeMermaid(s.pelaksana.map((r) => names.get(r) ?? r).join(', '))})`;
    const id = idOf(node.id);
    lines.push(node.kind === 'decision' ? `  ${id}{"${label}"}` : `  ${id}["${label}"]`);
  }
  lines.push('  selesai(["Selesai"])');
  if (flow.canRefuse) lines.push('  ditolak(["Ditolak"])');
  lines.push(`  mulai --> ${idOf(flow.start)}`);
  for (const node of flow.nodes) {
    const id = idOf(node.id);
    if (node.kind === 'task') lines.push(`  ${id} --> ${idOf(node.next)}`);
    else {
      lines.push(`  ${id} -->|Ya| ${idOf(node.next)}`);
      lines.push(`  ${id} -->|Tidak| ${idOf(node.refuse!)}`);
    }
  }
  // A refusal that goes forward shares the steps after it: a dotted edge marks where its path
  // ends the case as Ditolak (read from the flow's states).
  const states = flowStates(flow);
  const marked = new Set<string>();
  states.positions.forEach((p, i) => {
    const edge = `  ${idOf(p.at)} -.->|jika ${flow.byId.get(p.refusedAt ?? '')?.step.label ?? ''} Tidak| ditolak`;
    if (p.refusedAt !== undefined && states.next[i] === FINAL_STATES.refused && !marked.has(edge)) {
      marked.add(edge);
      lines.push(edge);
    }
  });
  return `${lines.join('\n')}\n`;
}
