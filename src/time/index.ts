export {
  parseDuration,
  formatDuration,
  formatWorkingTime,
  durationToMinutes,
  type Duration,
  type DurationInput,
  type DurationUnit,
} from './duration.js';
export { calendar24x7, provisionalYears, type WorkCalendar } from './calendar.js';
export {
  toEpochMs,
  parseInstant,
  tryParseInstant,
  MIN_YEAR,
  MAX_YEAR,
  DEFAULT_ZONE,
  type InstantInput,
  type ParseInstantOptions,
  type ParsedInstant,
} from './instant.js';
export {
  createWorkCalendar,
  kalbarCalendar,
  KALBAR_HOURS,
  WEEKDAYS,
  FIXED_NATIONAL_HOLIDAYS,
  parseHolidayFile,
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
  type Holiday,
  type HolidayYear,
  type HolidayKind,
} from './holidays/index.js';
