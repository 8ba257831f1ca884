export { ROLES, ROLE_IDS, type Role, type RoleInfo, type RoleKind } from './catalogue.js';
export { createRoleRegistry, defaultRoles, resolveRole, type RoleRegistry } from './registry.js';
export { type Actor, type ActingKind } from './actor.js';
