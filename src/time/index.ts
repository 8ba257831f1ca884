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
