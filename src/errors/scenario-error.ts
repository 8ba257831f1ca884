import { SopError, type SopErrorContext } from './sop-error.js';

/**
 * A line of a test scenario (`scenario(def).step(…)`) could not be played: the case is at
 * another step, the machine refused the event, or an expected refusal did not happen.
 */
export class ScenarioError extends SopError {
  override name = 'ScenarioError';
  /** The scenario line (1 = the first `.step` / `.refused` call). */
  readonly line: number;

  constructor(line: number, detail: string, context: SopErrorContext = {}) {
    super('SCENARIO_FAILED', { ...context, line, detail });
    this.line = line;
  }
}
