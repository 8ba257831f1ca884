import { closest } from '../util/index.js';
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

  /**
   * The error for `input`, with the closest of the known SOPs as candidates.
   *
   * @param input - the id that was asked for
   * @param known - each known id with the names it goes by (id, nama)
   */
  static among(input: string, known: ReadonlyMap<string, readonly string[]>): UnknownSopError {
    return new UnknownSopError(input, closest(input, known));
  }
}
