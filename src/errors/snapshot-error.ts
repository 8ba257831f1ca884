import { SopError, type SopErrorContext } from './sop-error.js';

/** A persisted snapshot cannot be restored for this definition (other SOP, other revision, unknown state, malformed context). */
export class SnapshotError extends SopError {
  override name = 'SnapshotError';

  /**
   * @param detail - what is wrong, in English
   * @param context - the SOP, step and field
   * @param options - the cause, and what is wrong in Bahasa Indonesia (`detailId`)
   */
  constructor(detail: string, context: SopErrorContext = {}, options?: { cause?: unknown; detailId?: string }) {
    super('INVALID_SNAPSHOT', { ...context, detail, detailId: options?.detailId }, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}
