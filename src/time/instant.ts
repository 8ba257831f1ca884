import { TimeError } from '../errors/index.js';
import type { SopErrorContext } from '../errors/index.js';

/** An instant as callers give it: a `Date`, epoch milliseconds, or an ISO 8601 string with an offset. */
export type InstantInput = Date | number | string;

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Turns a `Date`, epoch milliseconds or an ISO 8601 string into epoch milliseconds.
 * An ISO string must carry its offset (`Z` or `+07:00`): a wall-clock time without a zone is
 * ambiguous and refused.
 *
 * @param input - the instant
 * @param context - the SOP, step and field to name in an error
 * @throws {@link TimeError} when the instant cannot be read
 *
 * @example
 * ```ts
 * toEpochMs('2026-01-05T07:30:00+07:00') // 1767573000000
 * ```
 */
export function toEpochMs(input: InstantInput, context: SopErrorContext = {}): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new TimeError(input, 'not a finite number of milliseconds', context);
    return input;
  }
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) throw new TimeError('Invalid Date', 'an invalid Date', context);
    return t;
  }
  if (typeof input === 'string') {
    if (!ISO_WITH_ZONE.test(input)) {
      throw new TimeError(input, 'expected ISO 8601 with an offset, e.g. 2026-01-05T07:30:00+07:00', context);
    }
    const t = Date.parse(input);
    if (Number.isNaN(t)) throw new TimeError(input, 'not a valid date', context);
    return t;
  }
  throw new TimeError(String(input), 'expected a Date, epoch milliseconds or an ISO 8601 string', context);
}
