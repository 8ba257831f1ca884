import * as z from 'zod';
import { ActingKindSchema } from '../roles/index.js';

/** Who completed a visit, as recorded: their own role and, when acting as Plt./Plh., the role acted for. */
export const RecordedActorSchema = z.object({
  role: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  actingAs: z.object({ role: z.string(), as: ActingKindSchema }).optional(),
});
/** See {@link RecordedActorSchema}. */
export type RecordedActor = z.infer<typeof RecordedActorSchema>;

/** The event that closed a visit. */
export const StepEventTypeSchema = z.enum(['SELESAI', 'SETUJU', 'TIDAK_SETUJU']);
/** See {@link StepEventTypeSchema}. */
export type StepEventType = z.infer<typeof StepEventTypeSchema>;

/**
 * One visit of a step: entered and left times (epoch ms), who completed it, with which event,
 * how many working minutes it took, and the step's budget. A rework visit is its own record.
 */
export const VisitSchema = z.object({
  stepId: z.string(),
  /** 1 for the first visit of this step, 2 for the first rework, … */
  visit: z.number().int().positive(),
  enteredAt: z.number(),
  leftAt: z.number().optional(),
  /** Working minutes between entered and left, on the machine's calendar. */
  elapsedMinutes: z.number().nonnegative().optional(),
  /** The step's budget in working minutes on the machine's calendar. */
  budgetMinutes: z.number().positive(),
  by: RecordedActorSchema.optional(),
  event: StepEventTypeSchema.optional(),
  /** A free-text remark sent with the event (e.g. the reason of a refusal). */
  note: z.string().optional(),
});
/** See {@link VisitSchema}. */
export type Visit = z.infer<typeof VisitSchema>;

/**
 * The machine's context: the service-time accumulator of one case. Persisted with the
 * snapshot; a restored case knows its timing from these timestamps alone.
 */
export const SopContextSchema = z.object({
  sopId: z.string(),
  revision: z.number().int().nonnegative(),
  caseId: z.string().optional(),
  startedAt: z.number(),
  /** The latest time recorded; an event earlier than this is refused. */
  lastAt: z.number(),
  /** Every visit in order; the last one is open (no `leftAt`) while the case runs. */
  visits: z.array(VisitSchema),
  /** Working minutes of all closed visits. */
  totalMinutes: z.number().nonnegative(),
  endedAt: z.number().optional(),
});
/** See {@link SopContextSchema}. */
export type SopContext = z.infer<typeof SopContextSchema>;
