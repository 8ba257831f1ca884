import { REFUSAL_MESSAGES, STORE_REFUSAL_MESSAGES, wordRefusal, type ParamsOf, type ReasonOf, type RefusalReason, type StoreRefusalMessage } from 'sop-ap';

/** The refusals the store words: the machine's and its own. */
const REFUSALS = { ...REFUSAL_MESSAGES, ...STORE_REFUSAL_MESSAGES };

/**
 * Why the store refused an attempt: the machine's reasons, plus the store's own (both read
 * from the library's message catalogue): `NO_GRANT` (`actingAs` without an active grant for
 * that user, role and kind at the event's time), `SEPARATION_OF_DUTIES` (the user performed
 * the step this decision reviews), `UNMAPPED_STEP` (a migration found a step with no
 * counterpart in the new revision).
 */
export type StoreRefusalReason = RefusalReason | ReasonOf<StoreRefusalMessage>;

/** A refusal: the reason code, where (SOP, step, field) and the message in English and Bahasa Indonesia. */
export interface StoreRefusal {
  readonly reason: StoreRefusalReason;
  readonly sopId: string;
  readonly stepId: string | undefined;
  readonly field: string | undefined;
  /** English. */
  readonly message: string;
  /** Bahasa Indonesia. */
  readonly pesan: string;
}

/** A refusal decided by the store (not the machine), worded like the machine's. @internal */
export function storeRefusal<K extends keyof typeof REFUSALS>(key: K, place: { readonly sopId: string; readonly stepId: string | undefined; readonly field: string }, params: ParamsOf<(typeof REFUSALS)[K]>): StoreRefusal {
  const { reason, message, pesan } = wordRefusal(REFUSALS, key, place, params);
  return { reason, sopId: place.sopId, stepId: place.stepId, field: place.field, message, pesan };
}
