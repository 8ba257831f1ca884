/**
 * sop-ap/schemas: the zod schemas of everything the library reads, for systems that validate
 * the same data before sending it (a definition, a log row, a calendar, a case context).
 * The types they infer are exported from `sop-ap` itself; the functions that parse with them
 * (`defineSop`, `parseSopJson`, `parseHolidayFile`, `createWorkCalendar` …) are there too.
 * See docs/public-api.md for what lives where.
 *
 * @example
 * ```ts
 * import { LogEventInputSchema } from 'sop-ap/schemas'
 * const row = LogEventInputSchema.safeParse(input)
 * ```
 *
 * @packageDocumentation
 */
export { CaseConformanceSchema, ConformanceSummarySchema, DeviationKindSchema, DeviationSchema, ReplayedStepSchema, StepTimingSummarySchema } from './compliance/conformance.js';
export { LogDecisionSchema, LogEventInputSchema, LogEventSchema, LogProblemCodeSchema, LogProblemSchema } from './compliance/log.js';
export { CaseStatusSchema, DecisionSchema, IdSchema, KeterkaitanSchema, NoteSchema, PengesahanSchema, RefusalSchema, SopDefinitionSchema, UnitSchema, WaktuSchema, createDefinitionSchema, createStepSchema } from './definition/schema.js';
export { RecordedActorSchema, SopContextSchema, StepEventTypeSchema, VisitSchema } from './machine/context.js';
export { ActingKindSchema, actorSchema } from './roles/actor.js';
export { RoleInfoSchema, RoleKindSchema, RoleSchema } from './roles/catalogue.js';
export { DurationModelSchema } from './simulation/durations.js';
export { DurationSchema, DurationUnitSchema } from './time/duration.js';
export { HolidayKindSchema, HolidaySchema, HolidayYearSchema, IsoDateSchema } from './time/holidays/index.js';
export { ExtraDayOffSchema, HolidayFileSchema, HoursExceptionSchema, TimeOfDaySchema, WeeklyHoursSchema, WorkCalendarOptionsSchema, WorkingSpanSchema } from './time/working-calendar.js';
