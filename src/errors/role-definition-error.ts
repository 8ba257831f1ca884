import { SopError } from './sop-error.js';

/** A role given to `createRoleRegistry` is malformed: its id, a field, or a spelling another role already uses. */
export class RoleDefinitionError extends SopError {
  override name = 'RoleDefinitionError';

  /**
   * @param role - the role's id as given
   * @param field - the field at fault (`id`, `nama`, `aliases` …)
   * @param detail - what is wrong, in English (naming the field)
   * @param detailId - what is wrong, in Bahasa Indonesia (naming the field)
   */
  constructor(role: string, field: string, detail: string, detailId: string) {
    super('INVALID_ROLE', { input: role, field, detail, detailId });
  }
}
