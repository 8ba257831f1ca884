import * as z from 'zod';
import type { Role } from './catalogue.js';

/**
 * How a person acts for a role that is not their own: as *Plt.* (pelaksana tugas, for a
 * vacant post) or *Plh.* (pelaksana harian, while the holder is away).
 */
export const ActingKindSchema = z.enum(['plt', 'plh']);
/** See {@link ActingKindSchema}. */
export type ActingKind = z.infer<typeof ActingKindSchema>;

/**
 * Builds the zod schema of an actor for a set of role ids.
 *
 * @param role - the schema of a role id (e.g. {@link RoleSchema} or `registry.schema`)
 */
export function actorSchema<R extends string>(role: z.ZodType<R, R>) {
  return z.object({
    /** The person's own role. */
    role,
    /** A stable id of the person (NIP, user id). */
    id: z.string().min(1).optional(),
    /** The person's name. */
    name: z.string().min(1).optional(),
    /** The role this person acts for, as Plt. or Plh. The guard accepts either role. */
    actingAs: z.object({ role, as: ActingKindSchema }).optional(),
  });
}

/**
 * Who sends an event: their own role, optionally who they are, and optionally the role
 * they act for as Plt./Plh. Inferred from {@link actorSchema}.
 *
 * @example
 * ```ts
 * const actor: Actor = { role: 'sekretaris', name: 'Hj. Fulanah', actingAs: { role: 'kepala-dinas', as: 'plh' } }
 * ```
 */
export type Actor<R extends string = Role> = z.infer<ReturnType<typeof actorSchema<R>>>;
