/**
 * The scenario of a capacity simulation, checked with zod: SOPs with their arrivals, staff,
 * durations, refusals, queues and the run.
 */
import * as z from 'zod';
import type { AnySopDefinition } from '../definition/index.js';
import { DurationModelSchema } from '../simulation/durations.js';
import { type WorkCalendar } from '../time/index.js';
import { IsoDateSchema } from '../time/holidays/index.js';

/** An instant: epoch ms, a `Date`, or ISO 8601 text with an offset. */
const InstantSchema = z.union([z.number(), z.date(), z.string()]);

/**
 * How cases of an SOP arrive:
 * - `{ poisson: m }`: a Poisson process with mean inter-arrival `m` minutes, counted in
 *   working minutes of the scenario's calendar (`clock: 'working'`, default: nobody files a
 *   case at night) or in elapsed minutes (`clock: 'elapsed'`);
 * - `{ at: [...] }`: exactly these start instants;
 * - `{ perMonth: n }`: a Poisson process with `n` cases expected in every calendar month, spread
 *   over that month's working time (a month with fewer working days is busier per day).
 */
export const ArrivalsSchema = z.union([
  z.strictObject({ poisson: z.number().positive(), clock: z.enum(['working', 'elapsed']).default('working') }),
  z.strictObject({ at: z.array(InstantSchema).min(1).readonly() }),
  z.strictObject({ perMonth: z.number().positive() }),
]);
/** See {@link ArrivalsSchema}. */
export type Arrivals = z.infer<typeof ArrivalsSchema>;

/** A lognormal duration in working minutes: `exp(μ + σ·Z)`. */
export const FittedStepSchema = z.strictObject({ mu: z.number(), sigma: z.number().nonnegative() });
/** See {@link FittedStepSchema}. */
export type FittedStep = z.infer<typeof FittedStepSchema>;

/**
 * Step durations: the Monte Carlo's models around each step's waktu (`'fixed'`, triangular,
 * lognormal with a cv), `exponential` with mean the waktu, or `fitted`: a lognormal in working
 * minutes per step (from {@link fitScenario}); steps a fit leaves out take `fallback`.
 */
export const CapacityDurationsSchema = z.union([
  DurationModelSchema,
  z.strictObject({ kind: z.literal('exponential') }),
  z.strictObject({
    kind: z.literal('fitted'),
    steps: z.record(z.string(), FittedStepSchema),
    fallback: DurationModelSchema.default('fixed'),
  }),
]);
/** See {@link CapacityDurationsSchema}. */
export type CapacityDurations = z.infer<typeof CapacityDurationsSchema>;

const isDefinition = (v: unknown): v is AnySopDefinition =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && Array.isArray((v as { steps?: unknown }).steps);
const isCalendar = (v: unknown): v is WorkCalendar =>
  typeof v === 'object' && v !== null && typeof (v as WorkCalendar).addWorkingMinutes === 'function' && typeof (v as WorkCalendar).workingMinutesBetween === 'function';

/** A definition (from `defineSop` or the catalogue). */
const DefinitionSchema = z.custom<AnySopDefinition>(isDefinition, 'expected an SOP definition (defineSop or getSop)');
/** A working calendar. */
const CalendarSchema = z.custom<WorkCalendar>(isCalendar, 'expected a working calendar (kalbarCalendar, calendar24x7, createWorkCalendar)');

/** A refusal probability for every decision, or per decision step id. */
const RefusalSchema = z.union([z.number().min(0).max(1), z.record(z.string(), z.number().min(0).max(1))]);

/** One SOP of a scenario: the definition, how its cases arrive, its refusals and durations. */
export const ScenarioSopSchema = z.strictObject({
  sop: DefinitionSchema,
  arrivals: ArrivalsSchema,
  /** TIDAK SETUJU probability per decision (default: the scenario's `refusal`). */
  refusal: RefusalSchema.optional(),
  /** Step durations (default: the scenario's `durations`). */
  durations: CapacityDurationsSchema.optional(),
  /** The report of a fitted entry ({@link fitScenario}); informational, not read by the simulation. */
  fit: z.unknown().optional(),
});
/** See {@link ScenarioSopSchema}. */
export type ScenarioSop = z.infer<typeof ScenarioSopSchema>;

/** A date range `from`–`to` (inclusive, `YYYY-MM-DD` in the calendar's zone). */
const DateRangeSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema });

/** A role a named person holds: always, or only between two dates (a Plt. covering a post). */
const HeldRoleSchema = z.union([z.string().min(1), z.strictObject({ role: z.string().min(1), from: IsoDateSchema, to: IsoDateSchema })]);

/**
 * A named official: the roles they act in (some only between dates, as a Plt.), their own
 * working calendar (default: the scenario's) and their leave days.
 */
export const PersonSchema = z.strictObject({
  name: z.string().min(1),
  roles: z.array(HeldRoleSchema).min(1).readonly(),
  calendar: CalendarSchema.optional(),
  leave: z.array(z.union([IsoDateSchema, DateRangeSchema])).readonly().default([]),
});
/** See {@link PersonSchema}. */
export type Person = z.infer<typeof PersonSchema>;

/** How many officials act in a role: a count, or `'unlimited'` (nobody ever waits for that role). */
const StaffCountSchema = z.union([z.number().int().positive(), z.literal('unlimited')]);

/** A capacity scenario. */
export const CapacityScenarioSchema = z
  .strictObject({
    /** The SOPs, each with its arrivals. */
    sops: z.array(ScenarioSopSchema).min(1).readonly(),
    /** Officials per role (anonymous, on the scenario's calendar). */
    staff: z.record(z.string(), StaffCountSchema).default({}),
    /** Named officials with their own calendars, leave and Plt. roles (added to `staff`). */
    people: z.array(PersonSchema).readonly().default([]),
    /** Officials of a role neither `staff` nor `people` names (default 1). */
    defaultStaff: StaffCountSchema.default(1),
    /** The order a role's queue is served in: first come first served, or earliest case due instant first. */
    queue: z.enum(['fifo', 'due']).default('fifo'),
    /** Default TIDAK SETUJU probability (default 0). */
    refusal: RefusalSchema.default(0),
    /** Default step durations (default `'fixed'`: each step's waktu). */
    durations: CapacityDurationsSchema.default('fixed'),
    /** The working calendar (default `kalbarCalendar`). */
    calendar: CalendarSchema.optional(),
    /** When the simulation starts (default: 1 January of the calendar's first year with data, or 2026). */
    start: InstantSchema.optional(),
    /** Cases to measure, after the warm-up (default 10,000, or every listed arrival when all arrivals are lists; not with `horizon`). */
    cases: z.number().int().positive().max(50_000_000).optional(),
    /** Or: simulate arrivals until an instant, or for a number of calendar days. */
    horizon: z.union([z.strictObject({ until: InstantSchema }), z.strictObject({ days: z.number().positive() })]).optional(),
    /** Leave out the first cases, or the first calendar days, from every statistic (default none). */
    warmup: z.union([z.strictObject({ cases: z.number().int().nonnegative() }), z.strictObject({ days: z.number().nonnegative() })]).optional(),
    /** The PRNG seed (default 1). The same seed gives the same result. */
    seed: z.number().int().default(1),
    /** Points of the work-in-progress time series (default 100). */
    wipPoints: z.number().int().min(1).max(100_000).default(100),
    /** A case that visits more steps than this is an error (default 100,000). */
    maxVisitsPerCase: z.number().int().positive().default(100_000),
  })
  .refine((s) => !(s.cases !== undefined && s.horizon !== undefined), { message: 'give cases or horizon, not both', path: ['horizon'] });

/** A scenario as a caller writes it. */
export type CapacityScenarioInput = z.input<typeof CapacityScenarioSchema>;
/** A scenario after parsing (defaults filled in). */
export type CapacityScenario = z.output<typeof CapacityScenarioSchema>;
