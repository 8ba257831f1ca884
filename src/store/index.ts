/**
 * sop-ap/store: durable SOP cases on PostgreSQL (a server through `pg`, or the embedded
 * PGlite). Definitions by revision, a hash-chained journal of every attempt, optimistic
 * concurrency and row locks, Plt./Plh. grants, separation of duties, worklists, due queries,
 * revision migration and `verify`.
 *
 * @packageDocumentation
 */
export { openStore, defaultDatabase, SopStore, MEMORY, type OpenStoreOptions, type CaseView } from './store.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export { SCHEMA_VERSION, migrateSchema, schemaVersion } from './schema.js';
export { openDriver, pgDriver, pgliteDriver, isServerUrl, type SqlDriver, type SqlExecutor, type PgPoolLike, type PgClientLike, type PGliteLike } from './driver.js';
export { definitionHash, type Registration } from './definitions.js';
export { StartInputSchema, SendInputSchema, GrantInputSchema, MigrateInputSchema, type StartInput, type SendInput, type GrantInput, type MigrateInput } from './inputs.js';
export type { SendResult, SendAccepted, SendRefused, SendConflict } from './send.js';
export type { StoreRefusal, StoreRefusalReason } from './refusal.js';
export type { JournalEntry, JournalKind } from './journal.js';
export type { CaseRecord, CaseStatus } from './case-row.js';
export type { Grant } from './delegation.js';
export type { WorkItem, WorklistQuery, DueItem, CaseCount } from './queries.js';
export type { VerifyReport, VerifyProblem } from './verify.js';
export type { CaseLog, CaseLogQuery } from './log.js';
