import type { AnySopDefinition } from '../definition/index.js';
import { compileFlow } from '../definition/index.js';
import { RenderError } from '../errors/index.js';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';

/** One lane (*kolom pelaksana*) of the flowchart: a role and the name its column is headed with. */
export interface Lane {
  /** The role id. */
  readonly role: string;
  /** The column heading: the role's official name from the role catalogue, or its id when the catalogue does not know it. */
  readonly name: string;
}

/** Options every rendering shares. */
export interface RenderOptions {
  /**
   * The lane order, as role ids. By default the lanes are the performers in order of first
   * appearance, walking the steps in document order (a step's performers in the order the
   * step lists them). Given explicitly, it must name every performer exactly once; roles
   * that perform no step are left out.
   */
  readonly lanes?: readonly string[] | undefined;
  /** The role catalogue the lane headings are named from; the built-in roles by default. */
  readonly roles?: RoleRegistry<string> | undefined;
}

/**
 * The lanes of a definition's flowchart, left to right.
 *
 * The default is the order in which performers first appear in the SOP. The seed documents
 * order their columns in no single way (PLUT goes from Fungsional Umum up to Kepala Dinas,
 * the Diklat SOPs put the Ketua Tim Kerja first), and first appearance keeps the first
 * arrows moving left to right, which is what the documents do most often. Pass `lanes` to
 * copy a paper original's order exactly.
 *
 * @param def - a definition
 * @param options - `lanes` to fix the order, `roles` for the headings
 * @returns the lanes, left to right
 * @throws {@link RenderError} when `lanes` leaves out a performer, names one twice, or names
 *   a role that performs no step
 *
 * @example
 * ```ts
 * laneOrder(sop).map((l) => l.name) // ['Kepala Dinas', 'Kepala Sub Bagian Tata Usaha/Umpar', …]
 * ```
 */
export function laneOrder(def: AnySopDefinition, options: RenderOptions = {}): Lane[] {
  const registry = options.roles ?? (defaultRoles as unknown as RoleRegistry<string>);
  const performers: string[] = [];
  for (const node of compileFlow(def).nodes) {
    for (const role of node.step.pelaksana) if (!performers.includes(role)) performers.push(role);
  }
  let order = performers;
  if (options.lanes !== undefined) {
    const seen = new Set<string>();
    for (const role of options.lanes) {
      if (seen.has(role)) {
        throw new RenderError({ sopId: def.id, field: 'lanes', detail: `the role '${role}' is named twice` });
      }
      seen.add(role);
      if (!performers.includes(role)) {
        throw new RenderError({ sopId: def.id, field: 'lanes', detail: `the role '${role}' performs no step of this SOP` });
      }
    }
    for (const node of compileFlow(def).nodes) {
      const missing = node.step.pelaksana.find((r) => !seen.has(r));
      if (missing !== undefined) {
        throw new RenderError({
          sopId: def.id,
          stepId: node.id,
          field: 'lanes',
          detail: `the performer '${missing}' of step ${node.step.label} has no lane`,
        });
      }
    }
    order = [...options.lanes];
  }
  return order.map((role) => ({ role, name: registry.has(role) ? registry.info(role).name : role }));
}
