import { SopError, type SopErrorContext } from './sop-error.js';

/** One problem found in a definition. */
export interface DefinitionIssue extends SopErrorContext {
  /** The definition file the problem is in, when the definition was read from one (`parseSopJson`). */
  readonly file?: string | undefined;
  /** What is wrong, in English. */
  readonly message: string;
  /** What is wrong, in Bahasa Indonesia (the English text where none is known). */
  readonly pesan?: string | undefined;
}

/**
 * A definition failed validation (schema or graph checks). The message names the first
 * problem; `issues` lists every problem found, each with its SOP, step and field.
 */
export class SopDefinitionError extends SopError {
  override name = 'SopDefinitionError';
  /** Every problem found, in document order. */
  readonly issues: readonly DefinitionIssue[];

  constructor(issues: readonly DefinitionIssue[], options?: { cause?: unknown }) {
    const first = issues[0] ?? { message: 'unknown problem' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const moreId = issues.length > 1 ? ` (dan ${issues.length - 1} lainnya)` : '';
    super('INVALID_DEFINITION', { ...first, detail: `${first.message}${more}`, detailId: `${first.pesan ?? first.message}${moreId}` }, options);
    this.issues = issues;
  }
}
