import { formatMessage, type Locale, type MessageParams, type SopErrorCode } from './messages.js';

/** Where in an SOP an error happened. Every field is optional; set what is known. */
export interface SopErrorContext {
  /** The SOP's id, e.g. `peningkatan-pelayanan-plut`. */
  readonly sopId?: string | undefined;
  /** The step's id. */
  readonly stepId?: string | undefined;
  /** The field, as a dotted path, e.g. `steps.3.waktu`. */
  readonly field?: string | undefined;
}

/**
 * The base class of every error the library throws. It carries a machine-readable
 * `code`, where it happened (`sopId`, `stepId`, `field`) and the message parameters, so
 * the message can be given in either language with {@link SopError.localized}.
 *
 * @example
 * ```ts
 * try { parseDuration('setengah hari') } catch (e) {
 *   if (e instanceof SopError) console.log(e.code, e.localized('id'))
 * }
 * ```
 */
export class SopError extends Error {
  override name = 'SopError';
  /** Machine-readable code, stable across versions and locales. */
  readonly code: SopErrorCode;
  /** The SOP's id, when known. */
  readonly sopId: string | undefined;
  /** The step's id, when known. */
  readonly stepId: string | undefined;
  /** The field (a dotted path), when known. */
  readonly field: string | undefined;
  /** The values the message is built from. */
  readonly params: MessageParams;

  constructor(code: SopErrorCode, params: MessageParams & SopErrorContext, options?: { cause?: unknown }) {
    super(formatMessage(code, params, 'en'), options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.sopId = params.sopId;
    this.stepId = params.stepId;
    this.field = params.field;
    this.params = params;
  }

  /**
   * The message in the given locale.
   *
   * @param locale - `'id'` for Bahasa Indonesia, `'en'` for English
   */
  localized(locale: Locale): string {
    return formatMessage(this.code, this.params, locale);
  }
}
