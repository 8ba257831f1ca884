import { SopError, type SopErrorContext } from './sop-error.js';

/** The input of a new case (`startCase(machine, { input })`) is malformed. */
export class InputError extends SopError {
  override name = 'InputError';

  /**
   * @param detail - what is wrong, in English
   * @param detailId - what is wrong, in Bahasa Indonesia
   * @param context - the SOP and the field
   */
  constructor(detail: string, detailId: string, context: SopErrorContext = {}) {
    super('INVALID_INPUT', { ...context, detail, detailId });
  }
}
