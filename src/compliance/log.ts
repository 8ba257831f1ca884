/**
 * The case log: one event per step completion, normalised from CSV, JSON, XES or code.
 */
import * as z from 'zod';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import { LOG_PROBLEM_CODES, LOG_PROBLEM_MESSAGES, SopError, type LogProblemCode, type LogProblemMessage, type MessageTexts, type ParamsOf } from '../errors/index.js';
import { parseIsoTimestamp } from './timestamp.js';
import { toEpochMs, tryParseInstant } from '../time/index.js';

/** The decision recorded for a decision step. */
export const LogDecisionSchema = z.enum(['setuju', 'tidak-setuju']);
/** See {@link LogDecisionSchema}. */
export type LogDecision = z.infer<typeof LogDecisionSchema>;

/**
 * One event of a case log, normalised: the case, the step (its id or the document's number,
 * as the log writes it), the role id that performed it, when it completed (and started, if
 * known) in epoch milliseconds, the decision at a decision step, and where it came from.
 */
export const LogEventSchema = z.object({
  /** The case id. */
  case: z.string().min(1),
  /** The step: its id (`koreksi-konsep-surat`) or the document's number (`4`). */
  step: z.string().min(1),
  /** The role id (resolved from any spelling the role catalogue accepts). */
  role: z.string().min(1),
  /** The role as the log wrote it (`Kabid`), when it differs from the id. */
  roleText: z.string().optional(),
  /** Who performed it (`org:resource` in XES), when the log says. */
  resource: z.string().optional(),
  /** When the step started, epoch ms (optional). */
  startedAt: z.number().optional(),
  /** When the step completed, epoch ms. */
  completedAt: z.number(),
  /** The decision at a decision step. */
  decision: LogDecisionSchema.optional(),
  /**
   * The role the performer acted for as Plt. / Plh. (a log's `acting_as` column, or a role
   * written `Plt. Kepala Dinas`). When the log names no own role, `role` is this role too.
   */
  actingAs: z.object({ role: z.string().min(1), as: z.enum(['plt', 'plh']) }).optional(),
  /** The source line (1-based) of the event, for reports. */
  line: z.number().int().positive().optional(),
});
/** See {@link LogEventSchema}. */
export type LogEvent = z.infer<typeof LogEventSchema>;

/** An instant as a log may give it: ISO 8601 text (with or without offset), epoch ms, or a `Date`. */
const InstantLikeSchema = z.union([z.string(), z.number(), z.date()]);

const ActingInputSchema = z.union([z.string(), z.object({ role: z.string().min(1), as: z.enum(['plt', 'plh']) })]);

/**
 * One event as code or a JSON file gives it: ids or spellings, timestamps as text, numbers or
 * dates, `snake_case` or `camelCase` keys. {@link normalizeLogEvent} turns it into a {@link LogEvent}.
 */
export const LogEventInputSchema = z.object({
  case: z.union([z.string(), z.number()]).optional(),
  step: z.union([z.string(), z.number()]).optional(),
  role: z.string().optional(),
  resource: z.string().optional(),
  started_at: InstantLikeSchema.nullable().optional(),
  startedAt: InstantLikeSchema.nullable().optional(),
  completed_at: InstantLikeSchema.nullable().optional(),
  completedAt: InstantLikeSchema.nullable().optional(),
  /** A decision; anything that is not text (PM4Py writes `<float value="nan">`) reads as none. */
  decision: z.unknown().optional(),
  /** The role acted for as Plt. / Plh.: `Plt. Kepala Dinas`, or `{ role, as }`. */
  acting_as: ActingInputSchema.nullable().optional(),
  actingAs: ActingInputSchema.nullable().optional(),
  line: z.number().int().positive().optional(),
});
/** See {@link LogEventInputSchema}. */
export type LogEventInput = z.input<typeof LogEventInputSchema>;

/** Why a log row could not be used. */
export const LogProblemCodeSchema = z.enum(LOG_PROBLEM_CODES);
export type { LogProblemCode };

/** A malformed row: where, which field, and why (in English and Bahasa Indonesia). The row is not checked. */
export const LogProblemSchema = z.object({
  /** The source line (1-based); for JSON the line where the entry starts. */
  line: z.number().int().positive().optional(),
  /** The entry number (1-based) in the file's list of events. */
  entry: z.number().int().positive(),
  code: LogProblemCodeSchema,
  /** The field at fault (`completed_at`, `role` …). */
  field: z.string().optional(),
  /** The case id, when the row names one. */
  case: z.string().optional(),
  /** English. */
  message: z.string(),
  /** Bahasa Indonesia. */
  pesan: z.string(),
});
/** See {@link LogProblemSchema}. */
export type LogProblem = z.infer<typeof LogProblemSchema>;

/** A read log: the good events in file order, and every malformed row with its reason. */
export interface ParsedLog {
  readonly format: 'csv' | 'json' | 'xes' | 'events';
  readonly events: readonly LogEvent[];
  readonly problems: readonly LogProblem[];
}

/** Where a reader delivers what it reads, row by row (a streaming check, or a list). */
export interface LogSink {
  event(e: LogEvent): void;
  problem(p: LogProblem): void;
}

/** Options shared by the log readers. */
export interface LogReadOptions {
  /**
   * The IANA zone of timestamps written without an offset (`2026-01-05 07:30`). Default
   * `Asia/Pontianak` (WIB, Kalimantan Barat). Timestamps with an offset keep theirs.
   */
  readonly zone?: string;
  /** The role catalogue roles are resolved against. Default: the built-in roles. */
  readonly roles?: RoleRegistry<string>;
}

/** The default zone of timestamps written without an offset. */
export const DEFAULT_LOG_ZONE = 'Asia/Pontianak';

/**
 * Reads a log timestamp: strict ISO 8601 with `T` or a space, with or without seconds,
 * fraction and offset (without an offset it is read in `zone`), epoch milliseconds (a number,
 * or ten digits or more), or a `Date`. The date must exist (no 30 February), and the instant lie
 * in the core's years `MIN_YEAR`–`MAX_YEAR`: the rule of `tryParseInstant` and `toEpochMs`,
 * with a faster path for the common forms.
 *
 * @returns epoch ms, or `undefined` when it cannot be read
 */
export function parseLogTime(input: string | number | Date, zone: string = DEFAULT_LOG_ZONE): number | undefined {
  if (typeof input === 'string') {
    const fast = parseIsoTimestamp(input, zone);
    if (fast !== undefined) return fast;
    const text = input.trim();
    if (!/^\d{10,15}$/.test(text)) return tryParseInstant(text, { zone });
    input = Number(text);
  }
  // epoch milliseconds and Dates: the core's rule (finite, within MIN_YEAR–MAX_YEAR)
  try {
    return toEpochMs(input);
  } catch {
    return undefined;
  }
}

const DECISIONS: Readonly<Record<string, LogDecision>> = {
  setuju: 'setuju',
  disetujui: 'setuju',
  ya: 'setuju',
  yes: 'setuju',
  approve: 'setuju',
  approved: 'setuju',
  'tidak setuju': 'tidak-setuju',
  'tidak disetujui': 'tidak-setuju',
  tidak: 'tidak-setuju',
  ditolak: 'tidak-setuju',
  tolak: 'tidak-setuju',
  no: 'tidak-setuju',
  reject: 'tidak-setuju',
  rejected: 'tidak-setuju',
};

/**
 * Reads a decision as a log writes it: `setuju`, `SETUJU`, `ya`, `approved` / `tidak setuju`,
 * `TIDAK_SETUJU`, `tidak-setuju`, `ditolak`, `rejected`. Empty means no decision, and so does
 * a value that is not text (PM4Py writes a missing decision as `<float value="nan">`).
 *
 * @returns the decision, `null` for none, or `undefined` when it cannot be read
 */
export function parseDecision(input: unknown): LogDecision | null | undefined {
  if (typeof input !== 'string') return null;
  const key = input.trim().toLowerCase().replace(/[_\-\s]+/g, ' ');
  if (key === '' || key === 'nan' || key === 'none' || key === 'null') return null;
  return DECISIONS[key];
}

/** Where a log problem is: the entry, its source line, the field at fault, the case. @internal */
export interface ProblemPlace {
  readonly entry: number;
  readonly line: number | undefined;
  readonly field: string | undefined;
  readonly caseId: string | undefined;
}

/**
 * A log problem from its key in the message catalogue (`LOG_PROBLEM_MESSAGES`: the code, or
 * `code.variant`) and the parameters of its texts. @internal
 */
export function logProblem<K extends LogProblemMessage>(key: K, place: ProblemPlace, params: ParamsOf<(typeof LOG_PROBLEM_MESSAGES)[K]>): LogProblem {
  const t = LOG_PROBLEM_MESSAGES[key] as unknown as MessageTexts<typeof params>;
  const p: { -readonly [K in keyof LogProblem]: LogProblem[K] } = { entry: place.entry, code: key.split('.')[0] as LogProblemCode, message: t.en(params), pesan: t.id(params) };
  if (place.line !== undefined) p.line = place.line;
  if (place.field !== undefined) p.field = place.field;
  if (place.caseId !== undefined) p.case = place.caseId;
  return p;
}

function missing(entry: number, line: number | undefined, caseId: string | undefined, field: string): LogProblem {
  return logProblem('missing-field', { entry, line, field, caseId }, { field });
}

const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = (typeof v === 'string' ? v : String(v)).trim();
  return s === '' ? undefined : s;
};

/** The fields of one row, as a reader found them (text, or numbers and dates from code). @internal */
export interface RowFields {
  case?: unknown;
  step?: unknown;
  role?: unknown;
  resource?: unknown;
  started_at?: unknown;
  completed_at?: unknown;
  decision?: unknown;
  acting_as?: unknown;
}

type ActingAs = NonNullable<LogEvent['actingAs']>;
type RoleReading = { readonly role: string; readonly actingAs?: ActingAs } | { readonly error: unknown };
const ACTING = /^(plt|plh)\.?\s+(.+)$/i;

/**
 * Normalises rows into events, with caches for what repeats down a big log (role spellings,
 * decisions): one reader per file. Every reader (CSV, XES, JSON, code) goes through it.
 * @internal
 */
export class LogRowReader {
  private readonly roles: RoleRegistry<string>;
  private readonly zone: string;
  private readonly roleCache = new Map<string, RoleReading>();
  private readonly decisionCache = new Map<string, LogDecision | null | undefined>();

  constructor(options: LogReadOptions = {}) {
    this.zone = options.zone ?? DEFAULT_LOG_ZONE;
    this.roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
  }

  /** Resolves a role text, with Plt./Plh. written before it read as acting for that role. */
  private role(t: string): RoleReading {
    let hit = this.roleCache.get(t);
    if (hit === undefined) {
      const m = ACTING.exec(t);
      const name = m === null ? t : m[2]!;
      try {
        const role = this.roles.resolve(name);
        hit = m === null ? { role } : { role, actingAs: { role, as: m[1]!.toLowerCase() as 'plt' | 'plh' } };
      } catch (e) {
        hit = { error: e };
      }
      if (this.roleCache.size < 10_000) this.roleCache.set(t, hit);
    }
    return hit;
  }

  private decision(v: unknown): LogDecision | null | undefined {
    if (typeof v !== 'string') return null;
    let hit = this.decisionCache.get(v);
    if (hit === undefined && !this.decisionCache.has(v)) {
      hit = parseDecision(v);
      if (this.decisionCache.size < 10_000) this.decisionCache.set(v, hit);
    }
    return hit;
  }

  private time(raw: unknown, field: string, entry: number, line: number | undefined, caseId: string): number | LogProblem {
    const t = typeof raw === 'string' || typeof raw === 'number' || raw instanceof Date ? parseLogTime(raw, this.zone) : undefined;
    if (t !== undefined) return t;
    return logProblem('bad-timestamp', { entry, line, field, caseId }, { input: String(raw) });
  }

  private roleProblem(e: unknown, t: string, entry: number, line: number | undefined, caseId: string, field: string): LogProblem {
    const detail = e instanceof SopError ? e.message : `unknown role "${t}"`;
    const detailId = e instanceof SopError ? e.localized('id') : `peran "${t}" tidak dikenal`;
    return logProblem('unknown-role', { entry, line, field, caseId }, { detail, detailId });
  }

  /**
   * Reads one row.
   *
   * @param r - the row's fields
   * @param entry - its 1-based position among the rows
   * @param line - its source line
   */
  read(r: RowFields, entry: number, line: number | undefined): LogEvent | LogProblem {
    const caseId = text(r.case);
    if (caseId === undefined) return missing(entry, line, caseId, 'case');
    const step = text(r.step);
    if (step === undefined) return missing(entry, line, caseId, 'step');
    const roleText = text(r.role) ?? text(r.resource);
    if (roleText === undefined) return missing(entry, line, caseId, 'role');
    const completedRaw = r.completed_at;
    if (completedRaw === null || completedRaw === undefined || (typeof completedRaw === 'string' && completedRaw.trim() === '')) return missing(entry, line, caseId, 'completed_at');
    const completedAt = this.time(completedRaw, 'completed_at', entry, line, caseId);
    if (typeof completedAt !== 'number') return completedAt;
    let startedAt: number | undefined;
    const startedRaw = r.started_at;
    if (startedRaw !== null && startedRaw !== undefined && !(typeof startedRaw === 'string' && startedRaw.trim() === '')) {
      const t = this.time(startedRaw, 'started_at', entry, line, caseId);
      if (typeof t !== 'number') return t;
      if (t > completedAt) return logProblem('start-after-completion', { entry, line, field: 'started_at', caseId }, {});
      startedAt = t;
    }
    const who = this.role(roleText);
    if ('error' in who) return this.roleProblem(who.error, roleText, entry, line, caseId, 'role');
    let actingAs = who.actingAs;
    const actingRaw = r.acting_as;
    const actingText = actingRaw !== null && typeof actingRaw === 'object' ? `${String((actingRaw as ActingAs).as)} ${String((actingRaw as ActingAs).role)}` : text(actingRaw);
    if (actingText !== undefined) {
      const acted = this.role(/^(plt|plh)\b/i.test(actingText) ? actingText : `plt ${actingText}`);
      if ('error' in acted) return this.roleProblem(acted.error, actingText, entry, line, caseId, 'acting_as');
      actingAs = acted.actingAs;
    }
    const decision = this.decision(r.decision);
    if (decision === undefined) {
      return logProblem('bad-decision', { entry, line, field: 'decision', caseId }, { input: String(r.decision) });
    }
    const event: { -readonly [K in keyof LogEvent]: LogEvent[K] } = { case: caseId, step, role: who.role, completedAt };
    if (roleText !== who.role) event.roleText = roleText;
    const resource = text(r.resource);
    if (resource !== undefined && resource !== roleText) event.resource = resource;
    if (startedAt !== undefined) event.startedAt = startedAt;
    if (decision !== null) event.decision = decision;
    if (actingAs !== undefined) event.actingAs = actingAs;
    if (line !== undefined) event.line = line;
    return event;
  }
}

/** Whether a reader's result is a problem. @internal */
export function isProblem(r: LogEvent | LogProblem): r is LogProblem {
  return (r as LogProblem).code !== undefined;
}

/**
 * Normalises one event as code or a file gives it into a {@link LogEvent}: resolves the role
 * from any spelling, reads the timestamps and the decision. A row that cannot be used comes
 * back as a {@link LogProblem} naming the field and the reason.
 *
 * @param input - the raw event (keys `case, step, role, started_at, completed_at, decision`; camelCase also accepted)
 * @param entry - its 1-based position in the log
 * @param options - zone of offset-less timestamps, role catalogue (or a reader to share its caches)
 * @returns the event, or the problem
 *
 * @example
 * ```ts
 * normalizeLogEvent({ case: 'SK-1', step: '4', role: 'Kabid', completed_at: '2026-01-05 08:15', decision: 'tidak setuju' }, 1)
 * // { ok: true, event: { case: 'SK-1', step: '4', role: 'kepala-bidang', roleText: 'Kabid', completedAt: …, decision: 'tidak-setuju' } }
 * ```
 */
export function normalizeLogEvent(
  input: unknown,
  entry: number,
  options: LogReadOptions | LogRowReader = {},
): { readonly ok: true; readonly event: LogEvent } | { readonly ok: false; readonly problem: LogProblem } {
  const reader = options instanceof LogRowReader ? options : new LogRowReader(options);
  const parsed = LogEventInputSchema.safeParse(input);
  const raw0 = input !== null && typeof input === 'object' ? (input as { line?: unknown }) : {};
  const line = typeof raw0.line === 'number' && Number.isInteger(raw0.line) && raw0.line > 0 ? raw0.line : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || undefined;
    return {
      ok: false,
      problem: logProblem('malformed-row', { entry, line, field, caseId: undefined }, { field, issue: issue?.message }),
    };
  }
  const r = parsed.data;
  const out = reader.read(
    { case: r.case, step: r.step, role: r.role, resource: r.resource, started_at: r.started_at ?? r.startedAt, completed_at: r.completed_at ?? r.completedAt, decision: r.decision, acting_as: r.acting_as ?? r.actingAs },
    entry,
    line,
  );
  return isProblem(out) ? { ok: false, problem: out } : { ok: true, event: out };
}

/**
 * Normalises a list of raw events (from code, or parsed from a file) into a {@link ParsedLog}:
 * the good events, and a problem for each row that cannot be used.
 *
 * @param rows - raw events
 * @param options - zone of offset-less timestamps, role catalogue
 */
export function normalizeLog(rows: readonly unknown[], options: LogReadOptions = {}, format: ParsedLog['format'] = 'events'): ParsedLog {
  const events: LogEvent[] = [];
  const problems: LogProblem[] = [];
  const reader = new LogRowReader(options);
  rows.forEach((row, i) => {
    const r = normalizeLogEvent(row, i + 1, reader);
    if (r.ok) events.push(r.event);
    else problems.push(r.problem);
  });
  return { format, events, problems };
}
