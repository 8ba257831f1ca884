import type { AnyActorRef } from 'xstate';
import { isStepEventType, refusalOf, unknownEventRefusal } from './judge.js';
import type { SopEvent, SopRefusedEvent } from './events.js';

/** The answer to {@link dispatch}: accepted (the case moved), or refused with the reason (nothing changed). */
export type DispatchResult = { readonly accepted: true } | { readonly accepted: false; readonly refusal: SopRefusedEvent };

interface SnapshotView {
  readonly status: string;
  readonly value: unknown;
  readonly context?: { readonly sopId?: string; readonly visits?: readonly { readonly stepId?: string }[] };
}

/**
 * Sends an event to a case and reports what really happened. `accepted` means the snapshot
 * changed: a step was recorded. A refusal (wrong role, wrong event for the step, a time going
 * backwards or outside the calendar, a malformed event, an event after the case ended, an actor
 * that is stopped or not running) comes back with its reason and messages; the case is unchanged.
 * `dispatch` never throws for any event value.
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
  const before = actor.getSnapshot() as SnapshotView;
  const sopId = before.context?.sopId ?? '';
  const rawType = (event as { type?: unknown } | null | undefined)?.type;
  const type = typeof rawType === 'string' ? rawType : 'unknown';
  const stepOf = (s: SnapshotView) => {
    const v = s.context?.visits;
    return v === undefined ? undefined : v[v.length - 1]?.stepId;
  };
  if (before.status !== 'active') {
    const done = before.status === 'done';
    const end = done ? String(before.value) : before.status;
    return {
      accepted: false,
      refusal: done
        ? refusalOf(sopId, 'CASE_ENDED', undefined, 'type', type, `the case has ended (${end})`, `kasus sudah berakhir (${end})`)
        : refusalOf(sopId, 'CASE_ENDED', undefined, 'type', type, `the case is not running (actor ${end})`, `kasus tidak sedang berjalan (aktor ${end})`),
    };
  }
  // XState itself fails on an event without a string type, and treats `xstate.*` types as its
  // own: those are refused here, unsent. Any other type is sent, so the machine's judge refuses
  // it and `sop.refused` listeners hear of it.
  if (typeof rawType !== 'string' || (rawType.startsWith('xstate.') && !isStepEventType(rawType))) {
    let shown: string;
    try {
      shown = typeof rawType === 'string' ? rawType : (JSON.stringify(event) ?? String(event)).slice(0, 60);
    } catch {
      shown = 'unknown';
    }
    return { accepted: false, refusal: unknownEventRefusal(sopId, stepOf(before), shown) };
  }
  let refusal: SopRefusedEvent | undefined;
  const sub = actor.on('sop.refused', (e: SopRefusedEvent) => {
    refusal = e;
  });
  try {
    actor.send(event);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    refusal ??= refusalOf(sopId, 'INVALID_EVENT', stepOf(before), undefined, type, `the event could not be sent: ${why}`, `peristiwa tidak dapat dikirim: ${why}`);
  } finally {
    sub.unsubscribe();
  }
  if (refusal !== undefined) return { accepted: false, refusal };
  const after = actor.getSnapshot() as SnapshotView;
  if (after.status === 'error') {
    return { accepted: false, refusal: refusalOf(sopId, 'INVALID_EVENT', stepOf(before), undefined, type, 'the actor failed while taking the event', 'aktor gagal saat memproses peristiwa') };
  }
  if (after === before || (after.context === before.context && after.value === before.value)) {
    return { accepted: false, refusal: refusalOf(sopId, 'INVALID_EVENT', stepOf(before), undefined, type, 'the event changed nothing', 'peristiwa tidak mengubah apa pun') };
  }
  return { accepted: true };
}
