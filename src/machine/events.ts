import type { Actor } from '../roles/index.js';
import type { Role } from '../roles/index.js';
import type { InstantInput } from '../time/index.js';
import type { RefusalReason } from '../errors/index.js';

export type { RefusalReason };

/**
 * An event sent to an SOP machine. `SELESAI` completes an ordinary step; `SETUJU` /
 * `TIDAK_SETUJU` answer a decision step. `actor` says who sends it; `at` when (otherwise the
 * machine's injected clock gives the time).
 */
export interface SopEvent<R extends string = Role> {
  readonly type: 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU';
  readonly actor: Actor<R>;
  readonly at?: InstantInput | undefined;
  /** A free-text remark kept in the visit record (e.g. why a draft was refused). */
  readonly note?: string | undefined;
}


/**
 * Emitted (`actor.on('sop.refused', …)`) when the machine refuses an event. Nothing in the
 * snapshot or context changed.
 */
export interface SopRefusedEvent {
  readonly type: 'sop.refused';
  readonly reason: RefusalReason;
  readonly sopId: string;
  /** The step the case was at. */
  readonly stepId: string | undefined;
  /** The event's field at fault (`type`, `actor.role`, `at` …). */
  readonly field: string | undefined;
  /** English. */
  readonly message: string;
  /** Bahasa Indonesia. */
  readonly pesan: string;
  /** The refused event's type. */
  readonly eventType: string;
}
