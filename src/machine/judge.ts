import { DateTime } from 'luxon';
import { humanTime as humanTimeIn, REFUSAL_MESSAGES, SopError, wordRefusal, type Locale, type ParamsOf, type RefusalMessage } from '../errors/index.js';
import { FINAL_STATES, type FlowNode } from '../definition/index.js';
import { toEpochMs, type WorkCalendar } from '../time/index.js';
import type { SopContext } from './context.js';
import type { SopEvent, SopRefusedEvent } from './events.js';

/**
 * The outcome of judging one event: accepted with its time, the working minutes of the step's
 * visit and where the case goes, or refused with a reason. @internal
 */
export type Verdict =
  | { readonly ok: true; readonly at: number; readonly elapsed: number; readonly target: string }
  | { readonly ok: false; readonly refusal: SopRefusedEvent };

/** What the judge needs to know about the SOP. @internal */
export interface Judge {
  readonly sopId: string;
  readonly clock: () => number;
  readonly calendar: WorkCalendar;
  readonly nodes: ReadonlyMap<string, FlowNode & { readonly performers: ReadonlySet<string> }>;
  readonly knownRole: (role: string) => boolean;
  /** The role id an alias or misspelling stands for (`Kabid` → `kepala-bidang`), if any. */
  readonly suggestRole: (text: string) => string | undefined;
  /** The last event judged, the context it met, and the verdict (a one-slot cache). */
  readonly last: { event: unknown; context: SopContext | undefined; verdict: Verdict | undefined };
}

const EVENT_TYPES = new Set(['SELESAI', 'SETUJU', 'TIDAK_SETUJU']);
const EVENT_KEYS = new Set(['type', 'actor', 'at', 'note']);
const ACTOR_KEYS = new Set(['role', 'id', 'name', 'actingAs']);
const ACTING_KEYS = new Set(['role', 'as']);

/** An instant as people in the calendar's zone read it: `Rabu, 23 Des 2026 08.00 WIB`. @internal */
export function humanTime(at: number, calendar: WorkCalendar, locale: Locale): string {
  return humanTimeIn(at, calendar.zone, locale);
}

/** A value as a message shows it: short, and never a thrown `toString`. */
function shown(v: unknown): string {
  try {
    const s = typeof v === 'string' ? v : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
    return (s ?? String(v)).length > 60 ? `${(s ?? '').slice(0, 57)}…` : (s ?? String(v));
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** Where a refusal happened and the type of the refused event. @internal */
export interface RefusalWhere {
  readonly sopId: string;
  readonly stepId: string | undefined;
  readonly field: string | undefined;
  readonly eventType: string;
}

/**
 * Builds a refusal from its key in the message catalogue (`REFUSAL_MESSAGES`: the reason, or
 * `REASON.variant`) and its parameters: where (SOP, step, field, event type) and what the
 * key's texts name. @internal
 *
 * @example
 * ```ts
 * refusalOf('WRONG_ROLE', { sopId, stepId, field: 'actor.role', eventType: 'SELESAI', label: '2', who: 'kepala-bidang', role: 'kasubbag-tu' })
 * ```
 */
export function refusalOf<K extends RefusalMessage>(key: K, params: RefusalWhere & ParamsOf<(typeof REFUSAL_MESSAGES)[K]>): SopRefusedEvent {
  const { reason, message, pesan } = wordRefusal(REFUSAL_MESSAGES, key, params, params);
  return { type: 'sop.refused', reason, sopId: params.sopId, stepId: params.stepId, field: params.field, eventType: params.eventType, message, pesan };
}

function refuse<K extends RefusalMessage>(judge: Judge, key: K, params: Omit<RefusalWhere, 'sopId'> & ParamsOf<(typeof REFUSAL_MESSAGES)[K]>): Verdict {
  return { ok: false, refusal: refusalOf(key, { ...params, sopId: judge.sopId } as RefusalWhere & ParamsOf<(typeof REFUSAL_MESSAGES)[K]>) };
}

// The guard and the actions of one transition see the same event object and the same
// context, one right after the other: a one-slot cache per machine judges the pair once (an
// event object sent again meets another context, so it is judged again).

/**
 * Judges an event against the case's current step: a plain object of known keys, a known type,
 * a well-formed actor with a known role, a readable time within the calendar, not earlier than
 * the last recorded one, the right event for the step, and a role that performs the step (own
 * role or the role acted for as Plt./Plh.). It never throws: whatever goes wrong while judging
 * is a refusal, so no input can put an actor in status `error`. @internal
 */
export function judgeEvent(judge: Judge, context: SopContext, event: unknown): Verdict {
  const slot = judge.last;
  if (slot.verdict !== undefined && slot.event === event && slot.context === context) return slot.verdict;
  let verdict: Verdict;
  try {
    verdict = judgeUncached(judge, context, event);
  } catch (e) {
    const why = e instanceof SopError ? e.localized('en') : e instanceof Error ? e.message : shown(e);
    const whyId = e instanceof SopError ? e.localized('id') : why;
    verdict = refuse(judge, 'INVALID_EVENT.not-judged', { stepId: undefined, field: undefined, eventType: 'unknown', detail: why, detailId: whyId });
  }
  slot.event = event;
  slot.context = context;
  slot.verdict = verdict;
  return verdict;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The first key of `o` that is not in `allowed`. */
const strayKey = (o: Record<string, unknown>, allowed: ReadonlySet<string>): string | undefined => Object.keys(o).find((k) => !allowed.has(k));

function judgeShape(judge: Judge, stepId: string, raw: unknown): Verdict | { readonly e: SopEvent<string>; readonly type: string } {
  if (!isPlainObject(raw)) {
    return refuse(judge, 'INVALID_EVENT.not-an-object', { stepId, field: 'type', eventType: 'unknown', value: shown(raw) });
  }
  const type = typeof raw.type === 'string' ? raw.type : shown(raw.type);
  if (!EVENT_TYPES.has(type)) return { ok: false, refusal: unknownEventRefusal(judge.sopId, stepId, type) };
  const stray = strayKey(raw, EVENT_KEYS);
  if (stray !== undefined) {
    return refuse(judge, 'INVALID_EVENT.stray-field', { stepId, field: stray, eventType: type, key: stray });
  }
  if (raw.note !== undefined && typeof raw.note !== 'string') {
    return refuse(judge, 'INVALID_EVENT.note-not-text', { stepId, field: 'note', eventType: type });
  }
  const actor = raw.actor;
  if (!isPlainObject(actor) || typeof actor.role !== 'string') {
    return refuse(judge, 'INVALID_EVENT.no-actor-role', { stepId, field: 'actor.role', eventType: type });
  }
  const strayActor = strayKey(actor, ACTOR_KEYS);
  if (strayActor !== undefined) {
    return refuse(judge, 'INVALID_EVENT.stray-actor-field', { stepId, field: `actor.${strayActor}`, eventType: type, key: strayActor });
  }
  for (const k of ['id', 'name'] as const) {
    if (actor[k] !== undefined && typeof actor[k] !== 'string') {
      return refuse(judge, 'INVALID_EVENT.actor-field-not-text', { stepId, field: `actor.${k}`, eventType: type, key: k });
    }
  }
  return { e: raw as unknown as SopEvent<string>, type };
}

function judgeRole(judge: Judge, stepId: string, type: string, field: string, role: string): Verdict | undefined {
  if (judge.knownRole(role)) return undefined;
  const id = judge.suggestRole(role);
  const hint = id !== undefined && id !== role ? id : undefined;
  return refuse(judge, 'INVALID_EVENT.unknown-role', { stepId, field, eventType: type, role, hint });
}

function judgeUncached(judge: Judge, context: SopContext, raw: unknown): Verdict {
  const last = context.visits[context.visits.length - 1];
  const open = last !== undefined && last.leftAt === undefined ? last : undefined;
  const stepId = open?.stepId;
  if (open === undefined || stepId === undefined) {
    const type = isPlainObject(raw) && typeof raw.type === 'string' ? raw.type : 'unknown';
    return refuse(judge, 'CASE_ENDED', { stepId: undefined, field: 'type', eventType: type });
  }
  const shape = judgeShape(judge, stepId, raw);
  if ('ok' in shape) return shape;
  const { e, type } = shape;
  const actor = e.actor;
  const wrongRole = judgeRole(judge, stepId, type, 'actor.role', actor.role);
  if (wrongRole !== undefined) return wrongRole;
  const acting = actor.actingAs as unknown;
  if (acting !== undefined) {
    if (!isPlainObject(acting) || typeof acting.role !== 'string' || (acting.as !== 'plt' && acting.as !== 'plh') || strayKey(acting, ACTING_KEYS) !== undefined) {
      return refuse(judge, 'INVALID_EVENT.acting-as', { stepId, field: 'actor.actingAs', eventType: type });
    }
    const wrongActing = judgeRole(judge, stepId, type, 'actor.actingAs.role', acting.role);
    if (wrongActing !== undefined) return wrongActing;
  }
  let at: number;
  try {
    at = e.at === undefined ? toEpochMs(judge.clock(), { field: 'at' }) : toEpochMs(e.at, { field: 'at' }, judge.calendar.zone);
  } catch (err) {
    const detail = err instanceof SopError ? String(err.params.detail) : 'unreadable time';
    const detailId = err instanceof SopError ? String(err.params.detailId ?? err.params.detail) : 'waktu tidak terbaca';
    return refuse(judge, 'INVALID_TIME.unreadable', { stepId, field: 'at', eventType: type, input: e.at === undefined ? undefined : shown(e.at), detail, detailId });
  }
  // The open visit was entered at the last recorded time.
  if (at < open.enteredAt) {
    return refuse(judge, 'TIME_BACKWARDS', { stepId, field: 'at', eventType: type, at, last: open.enteredAt, zone: judge.calendar.zone });
  }
  const node = judge.nodes.get(stepId);
  if (node === undefined) {
    return refuse(judge, 'CASE_ENDED.not-at-step', { stepId, field: 'type', eventType: type });
  }
  if ((node.kind === 'decision') !== (type !== 'SELESAI')) {
    return refuse(judge, 'WRONG_EVENT', { stepId, field: 'type', eventType: type, label: node.step.label, type, decision: node.kind === 'decision' });
  }
  const acted = acting as { role: string; as: string } | undefined;
  if (!node.performers.has(actor.role) && !(acted !== undefined && node.performers.has(acted.role))) {
    return refuse(judge, 'WRONG_ROLE', { stepId, field: 'actor.role', eventType: type, label: node.step.label, who: [...node.performers].join(', '), role: actor.role, acting: acted });
  }
  let elapsed: number;
  try {
    elapsed = judge.calendar.workingMinutesBetween(open.enteredAt, at);
  } catch (err) {
    const detail = err instanceof SopError ? err.localized('en') : 'the calendar cannot measure it';
    const detailId = err instanceof SopError ? err.localized('id') : 'kalender tidak dapat mengukurnya';
    return refuse(judge, 'INVALID_TIME.outside-calendar', { stepId, field: 'at', eventType: type, at, zone: judge.calendar.zone, detail, detailId });
  }
  if (!Number.isFinite(elapsed) || elapsed < 0) {
    return refuse(judge, 'INVALID_TIME.unmeasurable', { stepId, field: 'at', eventType: type, minutes: elapsed });
  }
  const target = type === 'TIDAK_SETUJU' ? node.refuse : node.next;
  if (target === undefined) {
    return refuse(judge, 'WRONG_EVENT.no-transition', { stepId, field: 'type', eventType: type, label: node.step.label, type });
  }
  return { ok: true, at, elapsed, target };
}

/** Whether `type` is one of the events an SOP machine takes. @internal */
export const isStepEventType = (type: unknown): boolean => typeof type === 'string' && EVENT_TYPES.has(type);

/** The refusal of an event type no SOP machine takes. @internal */
export function unknownEventRefusal(sopId: string, stepId: string | undefined, type: string): SopRefusedEvent {
  return refusalOf('UNKNOWN_EVENT', { sopId, stepId, field: 'type', eventType: type, type });
}

/** Whether a target ends the case. @internal */
export const endsCase = (target: string): boolean => target === FINAL_STATES.done || target === FINAL_STATES.refused;
