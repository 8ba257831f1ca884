import { formatMessage, type RefusalReason } from 'sop-ap';

/** Why the store refused an attempt: the machine's reasons (read from the core), plus the store's own. */
export type StoreRefusalReason =
  | RefusalReason
  /** `actingAs` without an active grant for that user, role and kind at the event's time. */
  | 'NO_GRANT'
  /** The user performed the step this decision reviews (its rework target) in the same case. */
  | 'SEPARATION_OF_DUTIES'
  /** A migration found a step with no counterpart in the new revision. */
  | 'UNMAPPED_STEP'
  | (string & {});

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
export function storeRefusal(reason: StoreRefusalReason, sopId: string, stepId: string | undefined, field: string, detail: string, detailId: string): StoreRefusal {
  const where = { sopId, stepId, field };
  return {
    reason,
    sopId,
    stepId,
    field,
    message: formatMessage('EVENT_REFUSED', { ...where, detail }, 'en'),
    pesan: formatMessage('EVENT_REFUSED', { ...where, detail: detailId }, 'id'),
  };
}
