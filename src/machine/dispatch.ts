import type { AnyActorRef } from 'xstate';
import { refusalOf } from './judge.js';
import type { SopEvent, SopRefusedEvent } from './events.js';

/** The answer to {@link dispatch}: accepted, or refused with the reason (nothing changed). */
export type DispatchResult = { readonly accepted: true } | { readonly accepted: false; readonly refusal: SopRefusedEvent };

/**
 * Sends an event to a case and returns whether it was taken. A refusal (wrong role, wrong
 * event for the step, a time going backwards, an event after the case ended …) comes back
 * with its reason and messages; the case is unchanged.
 *
 * @param actor - a started actor of a machine from `createSopMachine`
 * @param event - the event
 *
 * @example
 * ```ts
 * const r = dispatch(actor, { type: 'SETUJU', actor: { role: 'kepala-bidang' } })
 * if (!r.accepted) throw new Error(r.refusal.pesan)
 * ```
 */
export function dispatch<E extends SopEvent<string>>(actor: AnyActorRef & { send(event: E): void }, event: E): DispatchResult {
  const snap = actor.getSnapshot() as { status: string; value: unknown; context?: { sopId?: string } };
  const sopId = snap.context?.sopId ?? '';
  if (snap.status !== 'active') {
    const end = String(snap.value);
    return {
      accepted: false,
      refusal: refusalOf(sopId, 'CASE_ENDED', undefined, 'type', String(event.type), `the case has ended (${end})`, `kasus sudah berakhir (${end})`),
    };
  }
  let refusal: SopRefusedEvent | undefined;
  const sub = actor.on('sop.refused', (e: SopRefusedEvent) => {
    refusal = e;
  });
  try {
    actor.send(event);
  } finally {
    sub.unsubscribe();
  }
  return refusal === undefined ? { accepted: true } : { accepted: false, refusal };
}
