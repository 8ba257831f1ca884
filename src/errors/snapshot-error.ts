import { SopError, type SopErrorContext } from './sop-error.js';

/** A persisted snapshot cannot be restored for this definition (other SOP, other revision, unknown state, malformed context). */
export class SnapshotError extends SopError {
  override name = 'SnapshotError';

  constructor(detail: string, context: SopErrorContext = {}, options?: { cause?: unknown }) {
    super('INVALID_SNAPSHOT', { ...context, detail }, options);
  }
}
