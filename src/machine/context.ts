import * as z from 'zod';
import { SnapshotError } from '../errors/index.js';
import { ActingKindSchema } from '../roles/actor.js';

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
 * snapshot; a restored case knows its timing from these timestamps alone. Times that follow
 * from the visits (when the case started, the last recorded time, when it ended) are not
 * stored twice: {@link caseTimes} reads them.
 */
export const SopContextSchema = z.object({
  sopId: z.string(),
  revision: z.number().int().nonnegative(),
  caseId: z.string().optional(),
  /** Every visit in order, at least the first; the last one is open (no `leftAt`) while the case runs. */
  visits: z.array(VisitSchema).min(1),
  /** Working minutes of all closed visits (the running sum, so it need not be added up again). */
  totalMinutes: z.number().nonnegative(),
});
/** See {@link SopContextSchema}. */
export type SopContext = z.infer<typeof SopContextSchema>;

/** The times of a case that follow from its visits. */
export interface CaseTimes {
  /** When the case started: its first visit was entered. */
  readonly startedAt: number;
  /** The latest time recorded: an event earlier than this is refused. */
  readonly lastAt: number;
  /** When the case ended, once it has (its last visit was left). */
  readonly endedAt: number | undefined;
}

/**
 * When a case started, the latest time it recorded, and when it ended, read from its visits.
 *
 * @throws {@link SnapshotError} naming the SOP and `context.visits` when the context has no visit
 *
 * @example
 * ```ts
 * const { startedAt, endedAt } = caseTimes(actor.getSnapshot().context)
 * ```
 */
export function caseTimes(context: Pick<SopContext, 'visits'> & { readonly sopId?: string }): CaseTimes {
  const first = context.visits[0];
  const last = context.visits[context.visits.length - 1];
  if (first === undefined || last === undefined) {
    throw new SnapshotError('a case context has at least one visit', { sopId: context.sopId, field: 'context.visits' });
  }
  return { startedAt: first.enteredAt, lastAt: last.leftAt ?? last.enteredAt, endedAt: last.leftAt };
}
