import { SopError, type SopErrorContext } from './sop-error.js';

/**
 * A case log cannot be read at all: not CSV / JSON / XES, a CSV header without a required
 * column, JSON that is not an array of events. (A malformed row is not an error: the readers
 * report it line by line and keep the good rows.)
 */
export class LogError extends SopError {
  override name = 'LogError';
  /** The format being read: `csv`, `json` or `xes`. */
  readonly format: string;
  /** The line at fault, when known (1-based). */
  readonly line: number | undefined;

  /**
   * @param format - `csv`, `json` or `xes`
   * @param detail - what is wrong, in English
   * @param options - the same in Bahasa Indonesia (`detailId`), the line, the SOP / field, the cause
   */
  constructor(format: string, detail: string, options: SopErrorContext & { detailId?: string; line?: number | undefined; cause?: unknown } = {}) {
    const { cause, line, detailId, ...context } = options;
    super('LOG_UNREADABLE', { ...context, format, line, detail, detailId: detailId ?? detail }, cause === undefined ? undefined : { cause });
    this.format = format;
    this.line = line;
  }
}
