/**
 * Small readers over a definition for the Bidang 3 catalogue tests. Every traversal goes
 * through `compileFlow`, so the tests read the same transitions the machine runs.
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

/** Every decision as `label -> label of its rework target` (or `'end'`). */
export function decisionTargetsByLabel(def: AnySopDefinition): Record<string, string> {
  const flow = compileFlow(def);
  const out: Record<string, string> = {};
  for (const node of flow.nodes) {
    if (node.kind !== 'decision' || node.refuse === undefined) continue;
    out[node.step.label] = node.refuse === FINAL_STATES.refused ? 'end' : (flow.byId.get(node.refuse)?.step.label ?? `?${node.refuse}`);
  }
  return out;
}

/** The set of roles performing at least one step, sorted. */
export function performingRoles(def: AnySopDefinition): string[] {
  return [...new Set(def.steps.flatMap((s) => s.pelaksana))].sort();
}

/**
 * The steps from which `selesai` cannot be reached, plus the steps that cannot be reached from
 * the start, following every SELESAI / SETUJU / TIDAK SETUJU transition of the flow table.
 */
export function stuckOrUnreachable(def: AnySopDefinition): string[] {
  const flow = compileFlow(def);
  const succ = (id: string): string[] => {
    const n = flow.byId.get(id);
    if (!n) return [];
    return n.refuse === undefined ? [n.next] : [n.next, n.refuse];
  };
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...succ(id));
    }
    return seen;
  };
  const fromStart = reach(flow.start);
  const bad: string[] = [];
  for (const n of flow.nodes) {
    if (!fromStart.has(n.id)) bad.push(`unreachable:${n.id}`);
    if (!reach(n.id).has(FINAL_STATES.done)) bad.push(`stuck:${n.id}`);
  }
  return bad;
}
