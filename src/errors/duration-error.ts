import { SopError, type SopErrorContext } from './sop-error.js';

/** A duration (an SOP's *waktu*, e.g. `"5 Menit"`) could not be parsed. */
export class DurationError extends SopError {
  override name = 'DurationError';
  /** The text or value that was given. */
  readonly input: string;

  constructor(input: unknown, detail: string, context: SopErrorContext = {}) {
    const shown = typeof input === 'string' ? input : JSON.stringify(input) ?? String(input);
    super('INVALID_DURATION', { ...context, input: shown, detail });
    this.input = shown;
  }
}
