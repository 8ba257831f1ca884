export { ROLES, ROLE_IDS, RoleSchema, RoleInfoSchema, RoleKindSchema, type Role, type RoleInfo, type RoleKind } from './catalogue.js';
export { createRoleRegistry, defaultRoles, resolveRole, type RoleRegistry } from './registry.js';
export { actorSchema, ActingKindSchema, type Actor, type ActingKind } from './actor.js';
