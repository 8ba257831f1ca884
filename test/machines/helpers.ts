/**
 * Small readers over a definition for the per-SOP catalogue tests. Every traversal goes
 * through `compileFlow`, so the tests read the same transitions the machine runs. The
 * expected values live in the test files, counted by hand from the seeds.
 */
import { calendar24x7, compileFlow, createSopMachine, FINAL_STATES } from 'sop-ap';
import type { AnySopDefinition } from 'sop-ap';
import { getSimplePaths } from 'xstate/graph';

/** The sum of the step budgets per unit, as written (no conversion between units). */
export function budgetsByUnit(def: AnySopDefinition): Partial<Record<'menit' | 'jam' | 'hari', number>> {
  const sums: Partial<Record<'menit' | 'jam' | 'hari', number>> = {};
  for (const node of compileFlow(def).nodes) {
    const { unit, value } = node.step.waktu;
    sums[unit] = (sums[unit] ?? 0) + value;
  }
  return sums;
}

/** Every decision as `label -> label of its rework target` (or `'end'`), keyed by position when labels repeat. */
export function decisionTargets(def: AnySopDefinition): [label: string, target: string][] {
  const flow = compileFlow(def);
  const out: [string, string][] = [];
  for (const node of flow.nodes) {
    if (node.kind !== 'decision' || node.refuse === undefined) continue;
    out.push([node.step.label, node.refuse === FINAL_STATES.refused ? 'end' : (flow.byId.get(node.refuse)?.step.label ?? `?${node.refuse}`)]);
  }
  return out;
}

/** Every decision as `label -> label of its rework target` (or `'end'`), as a record (labels unique). */
export function decisionTargetsByLabel(def: AnySopDefinition): Record<string, string> {
  return Object.fromEntries(decisionTargets(def));
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

/**
 * Every simple path of the real machine (`createSopMachine`, explored with `xstate/graph`,
 * states keyed by their value only): the final state each path ends in, and the states
 * reached. The events offered in a state are those the flow table allows there, sent by the
 * step's first performer.
 */
export function machinePaths(def: AnySopDefinition): { ends: Set<string>; visited: Set<string> } {
  const flow = compileFlow(def);
  const machine = createSopMachine(def as never, { calendar: calendar24x7, clock: () => 0 });
  const paths = getSimplePaths(machine as never, {
    serializeState: (s: { value: unknown }) => JSON.stringify(s.value),
    events: (s: { value: unknown }) => {
      const node = typeof s.value === 'string' ? flow.byId.get(s.value) : undefined;
      if (!node) return [];
      const actor = { role: node.step.pelaksana[0] };
      return node.kind === 'task'
        ? [{ type: 'SELESAI', actor }]
        : [
            { type: 'SETUJU', actor },
            { type: 'TIDAK_SETUJU', actor },
          ];
    },
  } as never) as unknown as { state: { value: unknown; status: string } }[];
  const ends = new Set<string>();
  const visited = new Set<string>();
  for (const p of paths) {
    visited.add(String(p.state.value));
    if (p.state.status === 'done') ends.add(String(p.state.value));
  }
  return { ends, visited };
}
