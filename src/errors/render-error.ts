import { SopError } from './sop-error.js';

/**
 * A rendering option does not fit the definition (for example an explicit lane order that
 * leaves out a performer of some step). The message names the SOP, the step and the option.
 */
export class RenderError extends SopError {
  override name = 'RenderError';

  /**
   * @param params - the SOP, the step (where one is involved), the option (`field`) and what is wrong (`detail`)
   */
  constructor(params: { sopId: string; stepId?: string | undefined; field: string; detail: string }) {
    super('INVALID_RENDER_OPTION', params);
  }
}
