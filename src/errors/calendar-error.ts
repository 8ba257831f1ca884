import { SopError } from './sop-error.js';

/** A working calendar was configured wrongly, or was asked about a year it has no holiday data for. */
export class CalendarError extends SopError {
  override name = 'CalendarError';

  constructor(code: 'INVALID_CALENDAR' | 'CALENDAR_OUT_OF_RANGE', params: Readonly<Record<string, string | number | undefined>>) {
    super(code, params);
  }
}
