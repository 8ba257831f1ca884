import { SopError, type SopErrorContext } from './sop-error.js';

/** A time was unparseable or went backwards. */
export class TimeError extends SopError {
  override name = 'TimeError';

  /**
   * @param input - the value that could not be read
   * @param detail - what is wrong, in English
   * @param context - the SOP, step and field
   * @param detailId - what is wrong, in Bahasa Indonesia (default: the English text)
   */
  constructor(input: unknown, detail: string, context: SopErrorContext = {}, detailId?: string) {
    super('INVALID_TIME', { ...context, input: String(input), detail, detailId });
  }
}
