import { SopError, type SopErrorContext } from './sop-error.js';
import type { BilingualDetail } from './messages.js';

/** A lead-time or simulation request was wrong: a probability outside its range, a bad run count, a chain that never ends. */
export class SimulationError extends SopError {
  override name = 'SimulationError';

  /**
   * @param detail - what is wrong, in both languages (`simulationDetail(key, params)` from the
   *   message catalogue); a plain string is taken as the English text
   * @param context - the SOP, step and field at fault
   */
  constructor(detail: BilingualDetail | string, context: SopErrorContext = {}) {
    super('INVALID_SIMULATION', typeof detail === 'string' ? { ...context, detail } : { ...context, detail: detail.detail, detailId: detail.detailId });
  }
}
