import { durationToMinutes, FINAL_STATES, startCase, type Visit, type WorkCalendar } from 'sop-ap';
import { plainSnapshot, type StoredSnapshot } from './case-row.js';
import type { Loaded } from './definitions.js';

/** The outcome of remapping a snapshot onto another revision. @internal */
export type Remapped = { readonly ok: true; readonly snapshot: StoredSnapshot } | { readonly ok: false; readonly stepId: string; readonly detail: string };

/**
 * Moves a persisted snapshot onto another revision of its SOP: every visited step id through
 * `stepMap` (an id the new revision also has maps to itself), visits renumbered per new step,
 * the open visit given the new step's budget, then validated by restoring it on the new
 * machine. Refuses, naming the step, when a visited step has no counterpart. @internal
 */
export function remapSnapshot(from: StoredSnapshot, to: Loaded, stepMap: Readonly<Record<string, string>>, calendar: WorkCalendar): Remapped {
  const seen = new Map<string, number>();
  const visits: Visit[] = [];
  for (const v of from.context.visits) {
    const id = Object.prototype.hasOwnProperty.call(stepMap, v.stepId) ? stepMap[v.stepId]! : v.stepId;
    const node = to.flow.byId.get(id);
    if (node === undefined) {
      return { ok: false, stepId: v.stepId, detail: `step ${v.stepId} maps to no step of revision ${to.definition.revision}` };
    }
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const open = v.leftAt === undefined;
    visits.push({ ...v, stepId: id, visit: n, ...(open ? { budgetMinutes: durationToMinutes(node.step.waktu, calendar.minutesPerDay) } : {}) });
  }
  const value = String(from.value);
  const final = value === FINAL_STATES.done || value === FINAL_STATES.refused;
  const mappedValue = final ? value : (visits[visits.length - 1]?.stepId ?? value);
  const candidate = { ...from, value: mappedValue, context: { ...from.context, revision: to.definition.revision, visits } };
  try {
    const actor = startCase(to.machine, { snapshot: candidate });
    const snapshot = plainSnapshot(actor.getPersistedSnapshot());
    actor.stop();
    return { ok: true, snapshot };
  } catch (e) {
    return { ok: false, stepId: value, detail: e instanceof Error ? e.message : String(e) };
  }
}
