import { SopError } from './sop-error.js';

/** An SOP id is not in the catalogue. `candidates` holds the closest ids. */
export class UnknownSopError extends SopError {
  override name = 'UnknownSopError';
  /** What was given. */
  readonly input: string;
  /** The closest SOP ids, best first. */
  readonly candidates: readonly string[];

  constructor(input: string, candidates: readonly string[]) {
    super('UNKNOWN_SOP', { input, candidates: candidates.join(', ') || undefined });
    this.input = input;
    this.candidates = candidates;
  }
}
