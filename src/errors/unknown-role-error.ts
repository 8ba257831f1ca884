import { SopError, type SopErrorContext } from './sop-error.js';

/** A role name or id is not in the role catalogue. `candidates` holds the closest role ids. */
export class UnknownRoleError extends SopError {
  override name = 'UnknownRoleError';
  /** What was given. */
  readonly input: string;
  /** The closest role ids, best first. */
  readonly candidates: readonly string[];

  constructor(input: string, candidates: readonly string[], context: SopErrorContext = {}) {
    super('UNKNOWN_ROLE', { ...context, input, candidates: candidates.join(', ') || undefined });
    this.input = input;
    this.candidates = candidates;
  }
}
