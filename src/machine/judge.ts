import { formatMessage, TimeError } from '../errors/index.js';
import type { FlowNode } from '../definition/index.js';
import { toEpochMs } from '../time/index.js';
import type { SopContext } from './context.js';
import type { RefusalReason, SopEvent, SopRefusedEvent } from './events.js';

/** The outcome of judging one event: accepted with its time, or refused with a reason. @internal */
export type Verdict =
  | { readonly ok: true; readonly at: number }
  | { readonly ok: false; readonly refusal: SopRefusedEvent };

/** What the judge needs to know about the SOP. @internal */
export interface Judge {
  readonly sopId: string;
  readonly clock: () => number;
  readonly nodes: ReadonlyMap<string, FlowNode & { readonly performers: ReadonlySet<string> }>;
  readonly knownRole: (role: string) => boolean;
  /** The last event judged, the context it met, and the verdict (a one-slot cache). */
  readonly last: { event: unknown; context: SopContext | undefined; verdict: Verdict | undefined };
}

const EVENT_TYPES = new Set(['SELESAI', 'SETUJU', 'TIDAK_SETUJU']);

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

function refuse(
  judge: Judge,
  reason: RefusalReason,
  stepId: string | undefined,
  field: string | undefined,
  eventType: string,
  detail: string,
  detailId: string,
): Verdict {
  return { ok: false, refusal: refusalOf(judge.sopId, reason, stepId, field, eventType, detail, detailId) };
}

// The guard and the actions of one transition see the same event object and the same
// context, one right after the other: a one-slot cache per machine judges the pair once (an
// event object sent again meets another context, so it is judged again).

/**
 * Judges an event against the case's current step: known type, well-formed actor, readable
 * time not earlier than the last recorded one, the right event for the step, and a role that
 * performs the step (own role or the role acted for as Plt./Plh.). @internal
 */
export function judgeEvent(judge: Judge, context: SopContext, event: unknown): Verdict {
  const slot = judge.last;
  if (slot.verdict !== undefined && slot.event === event && slot.context === context) return slot.verdict;
  const verdict = judgeUncached(judge, context, event);
  slot.event = event;
  slot.context = context;
  slot.verdict = verdict;
  return verdict;
}

function judgeUncached(judge: Judge, context: SopContext, raw: unknown): Verdict {
  const last = context.visits[context.visits.length - 1];
  const open = last !== undefined && last.leftAt === undefined ? last : undefined;
  const stepId = open?.stepId;
  const e = raw as Partial<SopEvent<string>> | null;
  const type = typeof e?.type === 'string' ? e.type : String(e?.type);
  if (open === undefined || stepId === undefined) {
    return refuse(judge, 'CASE_ENDED', undefined, 'type', type, 'the case has already ended', 'kasus sudah selesai');
  }
  if (!EVENT_TYPES.has(type)) {
    return refuse(judge, 'UNKNOWN_EVENT', stepId, 'type', type, `unknown event "${type}" (expected SELESAI, SETUJU or TIDAK_SETUJU)`, `peristiwa "${type}" tidak dikenal (yang diterima: SELESAI, SETUJU, TIDAK_SETUJU)`);
  }
  const actor = e?.actor;
  if (actor === null || typeof actor !== 'object' || typeof actor.role !== 'string') {
    return refuse(judge, 'INVALID_EVENT', stepId, 'actor.role', type, 'the event carries no actor role', 'peristiwa tidak menyebut peran pengirim');
  }
  if (!judge.knownRole(actor.role)) {
    return refuse(judge, 'INVALID_EVENT', stepId, 'actor.role', type, `unknown role "${actor.role}"`, `peran "${actor.role}" tidak dikenal`);
  }
  const acting = actor.actingAs;
  if (acting !== undefined && (acting === null || typeof acting.role !== 'string' || !judge.knownRole(acting.role) || (acting.as !== 'plt' && acting.as !== 'plh'))) {
    return refuse(judge, 'INVALID_EVENT', stepId, 'actor.actingAs', type, 'actingAs must be { role, as: "plt" | "plh" } with a known role', 'actingAs harus { role, as: "plt" | "plh" } dengan peran yang dikenal');
  }
  let at: number;
  try {
    at = e?.at === undefined ? judge.clock() : toEpochMs(e.at);
  } catch (err) {
    const detail = err instanceof TimeError ? String(err.params.detail) : 'unreadable time';
    return refuse(judge, 'INVALID_TIME', stepId, 'at', type, `the time "${String(e?.at)}" cannot be read: ${detail}`, `waktu "${String(e?.at)}" tidak dapat dibaca`);
  }
  if (!Number.isFinite(at)) {
    return refuse(judge, 'INVALID_TIME', stepId, 'at', type, 'the clock gave no valid time', 'jam tidak memberi waktu yang sah');
  }
  // The open visit was entered at the last recorded time.
  const lastAt = open.enteredAt;
  if (at < lastAt) {
    const when = new Date(at).toISOString();
    const previous = new Date(lastAt).toISOString();
    return refuse(judge, 'TIME_BACKWARDS', stepId, 'at', type, `the time ${when} is earlier than the last recorded time ${previous}`, `waktu ${when} lebih awal dari waktu terakhir yang tercatat ${previous}`);
  }
  const node = judge.nodes.get(stepId);
  if (node === undefined) {
    return refuse(judge, 'CASE_ENDED', stepId, 'type', type, 'the case is not at a step', 'kasus tidak berada pada suatu langkah');
  }
  const expected = node.kind === 'decision' ? 'SETUJU or TIDAK_SETUJU' : 'SELESAI';
  if ((node.kind === 'decision') !== (type !== 'SELESAI')) {
    return refuse(judge, 'WRONG_EVENT', stepId, 'type', type, `step ${node.step.label} takes ${expected}, not ${type}`, `langkah ${node.step.label} menerima ${expected.replace(' or ', ' atau ')}, bukan ${type}`);
  }
  if (!node.performers.has(actor.role) && !(acting !== undefined && node.performers.has(acting.role))) {
    const who = [...node.performers].join(', ');
    const as = acting !== undefined ? ` (acting as ${acting.as} ${acting.role})` : '';
    return refuse(judge, 'WRONG_ROLE', stepId, 'actor.role', type, `step ${node.step.label} is performed by ${who}, not by ${actor.role}${as}`, `langkah ${node.step.label} dilaksanakan oleh ${who}, bukan oleh ${actor.role}`);
  }
  return { ok: true, at };
}
