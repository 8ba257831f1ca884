import { DateTime } from 'luxon';
import { formatMessage, SopError } from '../errors/index.js';
import { FINAL_STATES, type FlowNode } from '../definition/index.js';
import { toEpochMs, type WorkCalendar } from '../time/index.js';
import type { SopContext } from './context.js';
import type { RefusalReason, SopEvent, SopRefusedEvent } from './events.js';

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
export function humanTime(at: number, calendar: WorkCalendar, locale: 'id' | 'en'): string {
  const dt = DateTime.fromMillis(at, { zone: calendar.zone }).setLocale(locale === 'id' ? 'id' : 'en-GB');
  if (!dt.isValid) return String(at);
  const zone = calendar.zone === 'Asia/Pontianak' || calendar.zone === 'Asia/Jakarta' ? 'WIB' : dt.toFormat('ZZ');
  return locale === 'id' ? `${dt.toFormat('cccc, d LLL yyyy HH.mm')} ${zone}` : `${dt.toFormat('ccc d LLL yyyy HH:mm')} ${zone}`;
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

/**
 * Builds a refusal: the reason, where (SOP, step, field), and the message in English and
 * Bahasa Indonesia. @internal
 */
export function refusalOf(
  sopId: string,
  reason: RefusalReason,
  stepId: string | undefined,
  field: string | undefined,
  eventType: string,
  detail: string,
  detailId: string,
): SopRefusedEvent {
  const params = { sopId, stepId, field };
  return {
    type: 'sop.refused',
    reason,
    sopId,
    stepId,
    field,
    eventType,
    message: formatMessage('EVENT_REFUSED', { ...params, detail }, 'en'),
    pesan: formatMessage('EVENT_REFUSED', { ...params, detail: detailId }, 'id'),
  };
}

function refuse(judge: Judge, reason: RefusalReason, stepId: string | undefined, field: string | undefined, eventType: string, detail: string, detailId: string): Verdict {
  return { ok: false, refusal: refusalOf(judge.sopId, reason, stepId, field, eventType, detail, detailId) };
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
    verdict = refuse(judge, 'INVALID_EVENT', undefined, undefined, 'unknown', `the event could not be judged: ${why}`, `peristiwa tidak dapat dinilai: ${whyId}`);
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
    return refuse(judge, 'INVALID_EVENT', stepId, 'type', 'unknown', `the event must be an object { type, actor, at?, note? }, not ${shown(raw)}`, `peristiwa harus objek { type, actor, at?, note? }, bukan ${shown(raw)}`);
  }
  const type = typeof raw.type === 'string' ? raw.type : shown(raw.type);
  if (!EVENT_TYPES.has(type)) return { ok: false, refusal: unknownEventRefusal(judge.sopId, stepId, type) };
  const stray = strayKey(raw, EVENT_KEYS);
  if (stray !== undefined) {
    return refuse(judge, 'INVALID_EVENT', stepId, stray, type, `unknown field "${stray}" (the event has type, actor, at and note)`, `isian "${stray}" tidak dikenal (peristiwa berisi type, actor, at dan note)`);
  }
  if (raw.note !== undefined && typeof raw.note !== 'string') {
    return refuse(judge, 'INVALID_EVENT', stepId, 'note', type, 'the note must be text', 'catatan harus berupa teks');
  }
  const actor = raw.actor;
  if (!isPlainObject(actor) || typeof actor.role !== 'string') {
    return refuse(judge, 'INVALID_EVENT', stepId, 'actor.role', type, 'the event carries no actor role', 'peristiwa tidak menyebut peran pengirim');
  }
  const strayActor = strayKey(actor, ACTOR_KEYS);
  if (strayActor !== undefined) {
    return refuse(judge, 'INVALID_EVENT', stepId, `actor.${strayActor}`, type, `unknown field "actor.${strayActor}" (the actor has role, id, name and actingAs)`, `isian "actor.${strayActor}" tidak dikenal (pengirim berisi role, id, name dan actingAs)`);
  }
  for (const k of ['id', 'name'] as const) {
    if (actor[k] !== undefined && typeof actor[k] !== 'string') {
      return refuse(judge, 'INVALID_EVENT', stepId, `actor.${k}`, type, `actor.${k} must be text`, `actor.${k} harus berupa teks`);
    }
  }
  return { e: raw as unknown as SopEvent<string>, type };
}

function judgeRole(judge: Judge, stepId: string, type: string, field: string, role: string): Verdict | undefined {
  if (judge.knownRole(role)) return undefined;
  const id = judge.suggestRole(role);
  const hint = id !== undefined && id !== role ? id : undefined;
  return refuse(
    judge,
    'INVALID_EVENT',
    stepId,
    field,
    type,
    `unknown role "${role}"${hint ? `; use the role id "${hint}"` : ''}`,
    `peran "${role}" tidak dikenal${hint ? `; gunakan id peran "${hint}"` : ''}`,
  );
}

function judgeUncached(judge: Judge, context: SopContext, raw: unknown): Verdict {
  const last = context.visits[context.visits.length - 1];
  const open = last !== undefined && last.leftAt === undefined ? last : undefined;
  const stepId = open?.stepId;
  if (open === undefined || stepId === undefined) {
    const type = isPlainObject(raw) && typeof raw.type === 'string' ? raw.type : 'unknown';
    return refuse(judge, 'CASE_ENDED', undefined, 'type', type, 'the case has already ended', 'kasus sudah selesai');
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
      return refuse(judge, 'INVALID_EVENT', stepId, 'actor.actingAs', type, 'actingAs must be { role, as: "plt" | "plh" }', 'actingAs harus { role, as: "plt" | "plh" }');
    }
    const wrongActing = judgeRole(judge, stepId, type, 'actor.actingAs.role', acting.role);
    if (wrongActing !== undefined) return wrongActing;
  }
  let at: number;
  try {
    at = e.at === undefined ? toEpochMs(judge.clock(), { field: 'at' }) : toEpochMs(e.at, { field: 'at' }, judge.calendar.zone);
  } catch (err) {
    const en = err instanceof SopError ? String(err.params.detail) : 'unreadable time';
    const id = err instanceof SopError ? String(err.params.detailId ?? err.params.detail) : 'waktu tidak terbaca';
    const what = e.at === undefined ? 'the clock' : `"${shown(e.at)}"`;
    const whatId = e.at === undefined ? 'jam sistem' : `"${shown(e.at)}"`;
    return refuse(judge, 'INVALID_TIME', stepId, 'at', type, `the time ${what} cannot be read: ${en}`, `waktu ${whatId} tidak dapat dibaca: ${id}`);
  }
  // The open visit was entered at the last recorded time.
  if (at < open.enteredAt) {
    const cal = judge.calendar;
    return refuse(
      judge,
      'TIME_BACKWARDS',
      stepId,
      'at',
      type,
      `the time ${humanTime(at, cal, 'en')} is earlier than the last recorded time ${humanTime(open.enteredAt, cal, 'en')}`,
      `waktu ${humanTime(at, cal, 'id')} lebih awal dari waktu terakhir yang tercatat ${humanTime(open.enteredAt, cal, 'id')}`,
    );
  }
  const node = judge.nodes.get(stepId);
  if (node === undefined) {
    return refuse(judge, 'CASE_ENDED', stepId, 'type', type, 'the case is not at a step', 'kasus tidak berada pada suatu langkah');
  }
  const expected = node.kind === 'decision' ? 'SETUJU or TIDAK_SETUJU' : 'SELESAI';
  if ((node.kind === 'decision') !== (type !== 'SELESAI')) {
    return refuse(judge, 'WRONG_EVENT', stepId, 'type', type, `step ${node.step.label} takes ${expected}, not ${type}`, `langkah ${node.step.label} menerima ${expected.replace(' or ', ' atau ')}, bukan ${type}`);
  }
  const acted = acting as { role: string; as: string } | undefined;
  if (!node.performers.has(actor.role) && !(acted !== undefined && node.performers.has(acted.role))) {
    const who = [...node.performers].join(', ');
    const as = acted !== undefined ? ` (acting as ${acted.as} ${acted.role})` : '';
    const asId = acted !== undefined ? ` (sebagai ${acted.as === 'plt' ? 'Plt.' : 'Plh.'} ${acted.role})` : '';
    return refuse(judge, 'WRONG_ROLE', stepId, 'actor.role', type, `step ${node.step.label} is performed by ${who}, not by ${actor.role}${as}`, `langkah ${node.step.label} dilaksanakan oleh ${who}, bukan oleh ${actor.role}${asId}`);
  }
  let elapsed: number;
  try {
    elapsed = judge.calendar.workingMinutesBetween(open.enteredAt, at);
  } catch (err) {
    const en = err instanceof SopError ? err.localized('en') : 'the calendar cannot measure it';
    const id = err instanceof SopError ? err.localized('id') : 'kalender tidak dapat mengukurnya';
    return refuse(judge, 'INVALID_TIME', stepId, 'at', type, `the time ${humanTime(at, judge.calendar, 'en')} lies outside the calendar: ${en}`, `waktu ${humanTime(at, judge.calendar, 'id')} di luar kalender: ${id}`);
  }
  if (!Number.isFinite(elapsed) || elapsed < 0) {
    return refuse(judge, 'INVALID_TIME', stepId, 'at', type, `the calendar measured ${elapsed} working minutes`, `kalender mengukur ${elapsed} menit kerja`);
  }
  const target = type === 'TIDAK_SETUJU' ? node.refuse : node.next;
  if (target === undefined) {
    return refuse(judge, 'WRONG_EVENT', stepId, 'type', type, `step ${node.step.label} has no transition for ${type}`, `langkah ${node.step.label} tidak memiliki peralihan untuk ${type}`);
  }
  return { ok: true, at, elapsed, target };
}

/** Whether `type` is one of the events an SOP machine takes. @internal */
export const isStepEventType = (type: unknown): boolean => typeof type === 'string' && EVENT_TYPES.has(type);

/** The refusal of an event type no SOP machine takes. @internal */
export function unknownEventRefusal(sopId: string, stepId: string | undefined, type: string): SopRefusedEvent {
  return refusalOf(sopId, 'UNKNOWN_EVENT', stepId, 'type', type, `unknown event "${type}" (expected SELESAI, SETUJU or TIDAK_SETUJU)`, `peristiwa "${type}" tidak dikenal (yang diterima: SELESAI, SETUJU, TIDAK_SETUJU)`);
}

/** Whether a target ends the case. @internal */
export const endsCase = (target: string): boolean => target === FINAL_STATES.done || target === FINAL_STATES.refused;
