import { SopError, type SopErrorContext } from './sop-error.js';

/** A lead-time or simulation request was wrong: a probability outside its range, a bad run count, a chain that never ends. */
export class SimulationError extends SopError {
  override name = 'SimulationError';

  constructor(detail: string, context: SopErrorContext = {}) {
    super('INVALID_SIMULATION', { ...context, detail });
  }
}
