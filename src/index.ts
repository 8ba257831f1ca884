/**
 * sop-ap: the Standard Operating Procedures (SOP AP) of Indonesian regional government
 * offices as executable, testable XState v5 state machines.
 *
 * The public API of 1.0 is what each folder's index lists; this entry re-exports them and
 * names nothing a second time. The zod schemas are on `sop-ap/schemas`; the catalogue on
 * `sop-ap/machines`; durable cases on `sop-ap/store`; capacity simulation on
 * `sop-ap/capacity`; the vitest matchers on `sop-ap/vitest` (docs/public-api.md).
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './roles/index.js';
export * from './definition/index.js';
export * from './time/index.js';
export * from './machine/index.js';
export * from './simulation/index.js';
export * from './compliance/index.js';
export * from './render/index.js';
