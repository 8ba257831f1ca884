import * as z from 'zod';
import { RoleDefinitionError, UnknownRoleError } from '../errors/index.js';
import { closest, normalizeName, parseBilingual } from '../util/index.js';
import { ROLES, RoleInfoSchema, type Role, type RoleInfo } from './catalogue.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A role catalogue: the built-in roles, possibly extended by an agency with its own.
 * Every method is typed with the catalogue's own role ids.
 */
export interface RoleRegistry<R extends string = Role> {
  /** Every role, keyed by id. */
  readonly roles: Readonly<Record<R, RoleInfo>>;
  /** Every role id, in catalogue order. */
  readonly ids: readonly R[];
  /** A zod schema accepting exactly these role ids. */
  readonly schema: z.ZodType<R, R>;
  /** Whether `id` is a role id of this catalogue. */
  has(id: string): id is R;
  /** What the catalogue knows about a role. */
  info(id: R): RoleInfo;
  /**
   * Turns what a person or a spreadsheet writes ("Kabid", "KEPALA DINAS", "Kasi",
   * "kepala-dinas") into a role id.
   *
   * @throws {@link UnknownRoleError} naming the closest candidates when nothing matches
   */
  resolve(text: string): R;
  /** Like {@link RoleRegistry.resolve}, but returns `undefined` instead of throwing. */
  tryResolve(text: string): R | undefined;
  /**
   * A new registry with more roles; the ids of both are typed.
   *
   * @example
   * ```ts
   * const roles = defaultRoles.extend({
   *   'kepala-upt': { name: 'Kepala UPT', abbreviations: ['Ka. UPT'], kind: 'struktural', eselon: 'IV' },
   * })
   * roles.resolve('Ka. UPT') // 'kepala-upt'
   * ```
   */
  extend<const E extends Record<string, RoleInfo>>(extra: E): RoleRegistry<R | (keyof E & string)>;
}

/**
 * Builds a role registry from a record of roles. Ids must be kebab-case; two roles may not
 * share a spelling.
 *
 * @param roles - the roles, keyed by id
 * @throws {@link RoleDefinitionError} (`INVALID_ROLE`) naming the role and the field when an id is not kebab-case, a role is malformed, or two roles share a spelling
 */
export function createRoleRegistry<const R extends string>(roles: Readonly<Record<R, RoleInfo>>): RoleRegistry<R> {
  const ids = Object.keys(roles) as R[];
  const bySpelling = new Map<string, R>();
  const spellings = new Map<string, string[]>();
  for (const id of ids) {
    if (!KEBAB.test(id)) throw new RoleDefinitionError(id, 'id', "field 'id' must be kebab-case (like 'kepala-dinas')", "isian 'id' harus kebab-case (seperti 'kepala-dinas')");
    const parsed = parseBilingual(RoleInfoSchema, roles[id]);
    if (!parsed.ok) {
      const field = parsed.issue.path.join('.');
      throw new RoleDefinitionError(id, field, `field '${field}' ${parsed.issue.en}`, `isian '${field}' ${parsed.issue.id}`);
    }
    const info = roles[id];
    const names = [id, info.name, ...info.abbreviations];
    spellings.set(id, names);
    for (const n of names) {
      const key = normalizeName(n);
      const other = bySpelling.get(key);
      if (other !== undefined && other !== id) {
        throw new RoleDefinitionError(id, n === info.name ? 'name' : n === id ? 'id' : 'abbreviations', `spelling '${n}' is already used by role '${other}'`, `ejaan '${n}' sudah dipakai oleh peran '${other}'`);
      }
      bySpelling.set(key, id);
    }
  }
  const frozen = Object.freeze({ ...roles }) as Readonly<Record<R, RoleInfo>>;
  const schema = z.enum(ids as [R, ...R[]]) as unknown as z.ZodType<R, R>;
  const tryResolve = (text: string): R | undefined => bySpelling.get(normalizeName(text));
  const registry: RoleRegistry<R> = {
    roles: frozen,
    ids: Object.freeze(ids),
    schema,
    has: (id: string): id is R => Object.prototype.hasOwnProperty.call(frozen, id),
    info: (id) => {
      const info = frozen[id];
      if (info === undefined) throw new UnknownRoleError(String(id), closest(String(id), spellings));
      return info;
    },
    resolve: (text) => {
      const found = tryResolve(text);
      if (found === undefined) throw new UnknownRoleError(text, closest(text, spellings));
      return found;
    },
    tryResolve,
    extend: (extra) => createRoleRegistry({ ...frozen, ...extra } as Record<R | (keyof typeof extra & string), RoleInfo>),
  };
  return Object.freeze(registry);
}

/** The registry of the built-in roles ({@link ROLES}). */
export const defaultRoles: RoleRegistry<Role> = createRoleRegistry<Role>(ROLES);

/**
 * Turns a spelling of a built-in role into its id.
 *
 * @example
 * ```ts
 * resolveRole('Kabid')        // 'kepala-bidang'
 * resolveRole('KEPALA DINAS') // 'kepala-dinas'
 * resolveRole('Kasi')         // 'kepala-sub-bidang'
 * resolveRole('Kadiss')       // throws UnknownRoleError: did you mean kepala-dinas
 * ```
 */
export function resolveRole(text: string): Role {
  return defaultRoles.resolve(text);
}
