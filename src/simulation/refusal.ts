import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import type { StepTable } from './step-table.js';
import { REFUSAL_CODES } from './step-table.js';

/**
 * How often a decision is answered TIDAK SETUJU: one probability for every decision step, or
 * one per decision step id (steps left out are never refused).
 */
export type RefusalInput = number | Readonly<Record<string, number>>;

/**
 * The refusal probability of each step of a table (0 for tasks).
 *
 * @throws {@link SimulationError} for a probability outside [0, 1], a step id that is not a
 * decision of the SOP, or a rework loop refused with probability 1 (the case would never end)
 */
export function refusalVector(table: StepTable, refusal: RefusalInput | undefined): Float64Array {
  const n = table.ids.length;
  const p = new Float64Array(n);
  const check = (v: number, field: string, stepId?: string) => {
    if (!(typeof v === 'number' && v >= 0 && v <= 1)) {
      throw new SimulationError(simulationDetail('refusal-range', { value: String(v) }), { sopId: table.sopId, stepId, field });
    }
  };
  if (refusal === undefined) return p;
  if (typeof refusal === 'number') {
    check(refusal, 'refusal');
    for (let i = 0; i < n; i++) if (table.decision[i] === 1) p[i] = refusal;
  } else {
    for (const [id, v] of Object.entries(refusal)) {
      const i = table.ids.indexOf(id);
      if (i < 0 || table.decision[i] !== 1) {
        const decisions = table.ids.slice(0, table.steps).filter((_, k) => table.decision[k] === 1);
        throw new SimulationError(simulationDetail('not-a-decision', { step: id, decisions: decisions.join(', ') || '-' }), { sopId: table.sopId, stepId: id, field: `refusal.${id}` });
      }
      check(v, `refusal.${id}`, id);
      // every state of the step (a step can have a state per pending forward refusal)
      for (let k = i; k < n; k++) if (table.ids[k] === id) p[k] = v;
    }
  }
  for (let i = 0; i < n; i++) {
    if (p[i] === 1 && table.refusal[i] === REFUSAL_CODES.rework) {
      throw new SimulationError(simulationDetail('rework-always', {}), {
        sopId: table.sopId,
        stepId: table.ids[i],
        field: 'refusal',
      });
    }
  }
  return p;
}
