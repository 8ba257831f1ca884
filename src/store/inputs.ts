import * as z from 'zod';
import { toEpochMs, type InstantInput } from 'sop-ap';
import { ActingKindSchema, StepEventTypeSchema } from 'sop-ap/schemas';
import { badInput } from './errors.js';

const Id = z.string().trim().min(1, 'must not be empty');
const Instant = z.union([z.string(), z.number(), z.date()]);

/** What {@link SopStore.start} takes: the SOP, the case id, who starts it, and when. */
export const StartInputSchema = z.object({
  sopId: Id,
  caseId: Id,
  /** The authenticated user id, supplied by the embedding system. */
  user: Id,
  /** The role the user holds, when the embedding system knows it. */
  role: Id.optional(),
  /** When the case started; default: the store's clock. */
  at: Instant.optional(),
  /** The revision to start on; default: the latest registered. */
  revision: z.number().int().nonnegative().optional(),
});
/** See {@link StartInputSchema}. */
export type StartInput = z.input<typeof StartInputSchema>;

/** What {@link SopStore.send} takes: the event, who sends it (user and role), as whom, when. */
export const SendInputSchema = z.object({
  type: StepEventTypeSchema,
  /** The authenticated user id, supplied by the embedding system (never taken from the request body). */
  user: Id,
  /** The role the user holds. */
  role: Id,
  /** The role acted for as Plt./Plh.; accepted only with an active grant at `at`. */
  actingAs: z.object({ role: Id, as: ActingKindSchema }).optional(),
  at: Instant.optional(),
  note: z.string().optional(),
  /** The version the caller last saw: a mismatch writes nothing and returns a conflict. Without it the store locks the case row. */
  expectVersion: z.number().int().positive().optional(),
});
/** See {@link SendInputSchema}. */
export type SendInput = z.input<typeof SendInputSchema>;

/** What {@link SopStore.grant} takes: a Plt./Plh. delegation by SK. */
export const GrantInputSchema = z.object({
  user: Id,
  /** The role acted for. */
  role: Id,
  as: ActingKindSchema,
  /** The number of the Surat Keputusan that appoints the Plt./Plh. */
  sk: Id,
  from: Instant,
  to: Instant,
  /** Who grants it (user id). */
  by: Id,
  /** When it was recorded; default: the store's clock. */
  at: Instant.optional(),
});
/** See {@link GrantInputSchema}. */
export type GrantInput = z.input<typeof GrantInputSchema>;

/** What {@link SopStore.migrate} takes. */
export const MigrateInputSchema = z.object({
  toRevision: z.number().int().nonnegative(),
  /** Old step id to new step id, for steps whose id changed; an id the new revision also has maps to itself. */
  stepMap: z.record(z.string(), z.string()).default({}),
  user: Id,
  role: Id.optional(),
  at: Instant.optional(),
  expectVersion: z.number().int().positive().optional(),
});
/** See {@link MigrateInputSchema}. */
export type MigrateInput = z.input<typeof MigrateInputSchema>;

/** Parses `input` with `schema`, or throws a `STORE_INPUT` StoreError naming the first field at fault. @internal */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, context: { sopId?: string | undefined } = {}): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw badInput(issue?.path.map(String).join('.') || '(root)', issue?.message ?? 'invalid', context);
}

/** An instant to epoch ms, or a `STORE_INPUT` error naming the field. @internal */
export function instant(value: InstantInput | undefined, fallback: () => number, field: string): number {
  if (value === undefined) return fallback();
  try {
    return toEpochMs(value, { field });
  } catch (e) {
    throw badInput(field, e instanceof Error ? e.message : String(e));
  }
}
