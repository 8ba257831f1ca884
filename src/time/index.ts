export {
  parseDuration,
  formatDuration,
  durationToMinutes,
  DurationSchema,
  DurationUnitSchema,
  type Duration,
  type DurationInput,
  type DurationUnit,
} from './duration.js';
export { calendar24x7, type WorkCalendar } from './calendar.js';
export { toEpochMs, type InstantInput } from './instant.js';
export {
  createWorkCalendar,
  kalbarCalendar,
  KALBAR_HOURS,
  WEEKDAYS,
  TimeOfDaySchema,
  WorkingSpanSchema,
  WeeklyHoursSchema,
  HoursExceptionSchema,
  ExtraDayOffSchema,
  WorkCalendarOptionsSchema,
  type WorkingCalendar,
  type WorkCalendarOptions,
  type WeeklyHours,
  type WorkingSpan,
  type Weekday,
  type HoursException,
  type ExtraDayOff,
} from './working-calendar.js';
export {
  indonesiaHolidays,
  holidays2025,
  holidays2026,
  HolidaySchema,
  HolidayYearSchema,
  HolidayKindSchema,
  IsoDateSchema,
  type Holiday,
  type HolidayYear,
  type HolidayKind,
} from './holidays/index.js';
