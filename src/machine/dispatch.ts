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
        ? refusalOf('CASE_ENDED.at', { sopId, stepId: undefined, field: 'type', eventType: type, end })
        : refusalOf('CASE_ENDED.not-running', { sopId, stepId: undefined, field: 'type', eventType: type, status: end }),
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
    refusal ??= refusalOf('INVALID_EVENT.not-sent', { sopId, stepId: stepOf(before), field: undefined, eventType: type, why });
  } finally {
    sub.unsubscribe();
  }
  if (refusal !== undefined) return { accepted: false, refusal };
  const after = actor.getSnapshot() as SnapshotView;
  if (after.status === 'error') {
    return { accepted: false, refusal: refusalOf('INVALID_EVENT.actor-failed', { sopId, stepId: stepOf(before), field: undefined, eventType: type }) };
  }
  if (after === before || (after.context === before.context && after.value === before.value)) {
    return { accepted: false, refusal: refusalOf('INVALID_EVENT.no-change', { sopId, stepId: stepOf(before), field: undefined, eventType: type }) };
  }
  return { accepted: true };
}
