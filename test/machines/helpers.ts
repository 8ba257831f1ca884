/**
 * Small readers over a definition for the per-SOP catalogue tests. Every traversal goes
 * through `compileFlow`, so the tests read the same transitions the machine runs. The
 * expected values live in the test files, counted by hand from the seeds.
 */
import { compileFlow, FINAL_STATES } from 'sop-ap';
import type { AnySopDefinition } from 'sop-ap';

/** The sum of the step budgets per unit, as written (no conversion between units). */
export function budgetsByUnit(def: AnySopDefinition): Partial<Record<'menit' | 'jam' | 'hari', number>> {
  const sums: Partial<Record<'menit' | 'jam' | 'hari', number>> = {};
  for (const node of compileFlow(def).nodes) {
    const { unit, value } = node.step.waktu;
    sums[unit] = (sums[unit] ?? 0) + value;
  }
  return sums;
}

/** Every decision as `label -> label of its rework target` (or `'end'`, or `'forward <label>'`), keyed by position when labels repeat. */
export function decisionTargets(def: AnySopDefinition): [label: string, target: string][] {
  const flow = compileFlow(def);
  const out: [string, string][] = [];
  for (const node of flow.nodes) {
    if (node.kind !== 'decision' || node.refuse === undefined) continue;
    const label = flow.byId.get(node.refuse)?.step.label ?? `?${node.refuse}`;
    out.push([node.step.label, node.refuse === FINAL_STATES.refused ? 'end' : node.refusal === 'forward' ? `forward ${label}` : label]);
  }
  return out;
}

/** Every decision as `label -> label of its rework target` (or `'end'`, or `'forward <label>'`), as a record (labels unique). */
export function decisionTargetsByLabel(def: AnySopDefinition): Record<string, string> {
  return Object.fromEntries(decisionTargets(def));
}

/** The set of roles performing at least one step, sorted. */
export function performingRoles(def: AnySopDefinition): string[] {
  return [...new Set(def.steps.flatMap((s) => s.pelaksana))].sort();
}


/**
 * The identity section of a seed that has none: every field of it as the definition holds it,
 * and whether the unit (read from the title) carries a note. A seed without one gives
 * `{ nomor: undefined, tanggalPembuatan: undefined, disahkanOleh: undefined, dasarHukum: [], keterkaitan: [], unit: { unitKerja }, unitNoted: true }`.
 */
export function identitySection(def: AnySopDefinition) {
  const { nomor, tanggalPembuatan, disahkanOleh, dasarHukum, keterkaitan, unit } = def;
  return { nomor, tanggalPembuatan, disahkanOleh, dasarHukum, keterkaitan, unit, unitNoted: def.notes?.some((n) => n.field === 'unit') === true };
}

/** What {@link identitySection} gives for a seed with no identity section whose title names `unitKerja`. */
export const noIdentitySection = (unitKerja: string) => ({ nomor: undefined, tanggalPembuatan: undefined, disahkanOleh: undefined, dasarHukum: [], keterkaitan: [], unit: { unitKerja }, unitNoted: true });

/** The ids of the steps with no note on `field` (`pelaksana`: an inferred performer). */
export function stepsWithoutNote(def: AnySopDefinition, field: string): string[] {
  return def.steps.filter((s) => s.notes?.some((n) => n.field === field) !== true).map((s) => s.id);
}
