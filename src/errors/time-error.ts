import { SopError, type SopErrorContext } from './sop-error.js';

/** A time was unparseable or went backwards. */
export class TimeError extends SopError {
  override name = 'TimeError';

  constructor(input: unknown, detail: string, context: SopErrorContext = {}) {
    super('INVALID_TIME', { ...context, input: String(input), detail });
  }
}
