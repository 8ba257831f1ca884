import { SopError, type MessageParams, type SopErrorCode, type SopErrorContext } from 'sop-ap';

/** The codes a {@link StoreError} carries (codes of the library's message catalogue). */
export type StoreErrorCode = Extract<
  SopErrorCode,
  | 'STORE_INPUT'
  | 'CASE_NOT_FOUND'
  | 'CASE_EXISTS'
  | 'UNKNOWN_DEFINITION'
  | 'DEFINITION_CHANGED'
  | 'SCHEMA_TOO_NEW'
  | 'STORE_DRIVER_MISSING'
  | 'GRANT_NOT_FOUND'
  | 'STORE_CORRUPT'
>;

/**
 * An error of the case store: bad input (`STORE_INPUT`), an unknown case or definition, a
 * changed definition under an existing revision, a database schema newer than the library,
 * a missing driver package. Refusals and version conflicts are not errors: `send` returns them.
 *
 * @example
 * ```ts
 * try { await store.start({ sopId: 'x', caseId: 'K-1', user: 'u' }) } catch (e) {
 *   if (e instanceof StoreError && e.code === 'UNKNOWN_DEFINITION') …
 * }
 * ```
 */
export class StoreError extends SopError {
  override name = 'StoreError';
  declare readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, params: MessageParams & SopErrorContext = {}, options?: { cause?: unknown }) {
    super(code, params, options);
  }
}

/** Bad input to the store: a `STORE_INPUT` error naming the field. @internal */
export function badInput(field: string, detail: string, context: SopErrorContext = {}): StoreError {
  return new StoreError('STORE_INPUT', { ...context, field, detail });
}
