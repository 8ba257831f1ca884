/**
 * The case log: one event per step completion, normalised from CSV, JSON, XES or code.
 */
import * as z from 'zod';
import { DateTime } from 'luxon';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import { UnknownRoleError } from '../errors/index.js';

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
  /** The source line (1-based) of the event, for reports. */
  line: z.number().int().positive().optional(),
});
/** See {@link LogEventSchema}. */
export type LogEvent = z.infer<typeof LogEventSchema>;

/** An instant as a log may give it: ISO 8601 text (with or without offset), epoch ms, or a `Date`. */
const InstantLikeSchema = z.union([z.string(), z.number(), z.date()]);

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
  decision: z.string().nullable().optional(),
  line: z.number().int().positive().optional(),
});
/** See {@link LogEventInputSchema}. */
export type LogEventInput = z.input<typeof LogEventInputSchema>;

/** Why a log row could not be used. */
export const LogProblemCodeSchema = z.enum([
  'missing-field',
  'bad-timestamp',
  'unknown-role',
  'bad-decision',
  'start-after-completion',
  'malformed-row',
]);
/** See {@link LogProblemCodeSchema}. */
export type LogProblemCode = z.infer<typeof LogProblemCodeSchema>;

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

const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * Reads a log timestamp: ISO 8601 with `T` or a space, with or without seconds and offset
 * (without an offset it is read in `zone`), epoch milliseconds, or a `Date`.
 *
 * @returns epoch ms, or `undefined` when it cannot be read
 */
export function parseLogTime(input: string | number | Date, zone: string = DEFAULT_LOG_ZONE): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (input instanceof Date) {
    const t = input.getTime();
    return Number.isNaN(t) ? undefined : t;
  }
  const text = input.trim();
  if (text === '') return undefined;
  if (/^\d{10,}$/.test(text)) return Number(text);
  const iso = text.replace(/^(\d{4}-\d{2}-\d{2})[ ]+(\d)/, '$1T$2');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return undefined;
  const dt = HAS_OFFSET.test(iso) ? DateTime.fromISO(iso, { setZone: true }) : DateTime.fromISO(iso, { zone });
  return dt.isValid ? dt.toMillis() : undefined;
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
 * `TIDAK_SETUJU`, `tidak-setuju`, `ditolak`, `rejected`. Empty means no decision.
 *
 * @returns the decision, `null` for none, or `undefined` when it cannot be read
 */
export function parseDecision(input: string | null | undefined): LogDecision | null | undefined {
  if (input === null || input === undefined) return null;
  const key = input.trim().toLowerCase().replace(/[_\-\s]+/g, ' ');
  if (key === '') return null;
  return DECISIONS[key];
}

function problem(
  entry: number,
  line: number | undefined,
  code: LogProblemCode,
  field: string | undefined,
  caseId: string | undefined,
  message: string,
  pesan: string,
): LogProblem {
  const p: { -readonly [K in keyof LogProblem]: LogProblem[K] } = { entry, code, message, pesan };
  if (line !== undefined) p.line = line;
  if (field !== undefined) p.field = field;
  if (caseId !== undefined) p.case = caseId;
  return p;
}

const text = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = (typeof v === 'string' ? v : String(v)).trim();
  return s === '' ? undefined : s;
};

/**
 * Normalises one event as code or a file gives it into a {@link LogEvent}: resolves the role
 * from any spelling, reads the timestamps and the decision. A row that cannot be used comes
 * back as a {@link LogProblem} naming the field and the reason.
 *
 * @param input - the raw event (keys `case, step, role, started_at, completed_at, decision`; camelCase also accepted)
 * @param entry - its 1-based position in the log
 * @param options - zone of offset-less timestamps, role catalogue
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
  options: LogReadOptions = {},
): { readonly ok: true; readonly event: LogEvent } | { readonly ok: false; readonly problem: LogProblem } {
  const zone = options.zone ?? DEFAULT_LOG_ZONE;
  const roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
  const parsed = LogEventInputSchema.safeParse(input);
  const raw0 = input !== null && typeof input === 'object' ? (input as { line?: unknown }) : {};
  const line = typeof raw0.line === 'number' && Number.isInteger(raw0.line) && raw0.line > 0 ? raw0.line : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || undefined;
    return {
      ok: false,
      problem: problem(entry, line, 'malformed-row', field, undefined, `malformed event${field ? ` (field '${field}')` : ''}: ${issue?.message ?? 'not an object'}`, `peristiwa tidak sah${field ? ` (isian '${field}')` : ''}: ${issue?.message ?? 'bukan objek'}`),
    };
  }
  const r = parsed.data;
  const caseId = text(r.case);
  const missing = (field: string, what: string, apa: string) => ({
    ok: false as const,
    problem: problem(entry, line, 'missing-field', field, caseId, `missing ${what} (column '${field}')`, `${apa} tidak diisi (kolom '${field}')`),
  });
  if (caseId === undefined) return missing('case', 'case id', 'id kasus');
  const step = text(r.step);
  if (step === undefined) return missing('step', 'step', 'langkah');
  const roleText = text(r.role) ?? text(r.resource);
  if (roleText === undefined) return missing('role', 'role', 'peran');
  const completedRaw = r.completed_at ?? r.completedAt;
  if (completedRaw === null || completedRaw === undefined || (typeof completedRaw === 'string' && completedRaw.trim() === '')) {
    return missing('completed_at', 'completion time', 'waktu selesai');
  }
  const completedAt = parseLogTime(completedRaw, zone);
  if (completedAt === undefined) {
    return {
      ok: false,
      problem: problem(entry, line, 'bad-timestamp', 'completed_at', caseId, `cannot read the time "${String(completedRaw)}" (write ISO 8601, e.g. 2026-01-05T07:30:00+07:00)`, `waktu "${String(completedRaw)}" tidak dapat dibaca (tulis ISO 8601, mis. 2026-01-05T07:30:00+07:00)`),
    };
  }
  const startedRaw = r.started_at ?? r.startedAt;
  let startedAt: number | undefined;
  if (startedRaw !== null && startedRaw !== undefined && !(typeof startedRaw === 'string' && startedRaw.trim() === '')) {
    startedAt = parseLogTime(startedRaw, zone);
    if (startedAt === undefined) {
      return {
        ok: false,
        problem: problem(entry, line, 'bad-timestamp', 'started_at', caseId, `cannot read the time "${String(startedRaw)}" (write ISO 8601, e.g. 2026-01-05T07:30:00+07:00)`, `waktu "${String(startedRaw)}" tidak dapat dibaca (tulis ISO 8601, mis. 2026-01-05T07:30:00+07:00)`),
      };
    }
    if (startedAt > completedAt) {
      return {
        ok: false,
        problem: problem(entry, line, 'start-after-completion', 'started_at', caseId, 'started_at is later than completed_at', 'started_at lebih akhir dari completed_at'),
      };
    }
  }
  let role: string;
  try {
    role = roles.resolve(roleText);
  } catch (e) {
    const en = e instanceof UnknownRoleError ? e.message : `unknown role "${roleText}"`;
    const id = e instanceof UnknownRoleError ? e.localized('id') : `peran "${roleText}" tidak dikenal`;
    return { ok: false, problem: problem(entry, line, 'unknown-role', 'role', caseId, en, id) };
  }
  const decision = parseDecision(r.decision);
  if (decision === undefined) {
    return {
      ok: false,
      problem: problem(entry, line, 'bad-decision', 'decision', caseId, `cannot read the decision "${String(r.decision)}" (setuju, tidak setuju or empty)`, `keputusan "${String(r.decision)}" tidak dapat dibaca (setuju, tidak setuju atau kosong)`),
    };
  }
  const event: { -readonly [K in keyof LogEvent]: LogEvent[K] } = { case: caseId, step, role, completedAt };
  if (roleText !== role) event.roleText = roleText;
  const resource = text(r.resource);
  if (resource !== undefined && resource !== roleText) event.resource = resource;
  if (startedAt !== undefined) event.startedAt = startedAt;
  if (decision !== null) event.decision = decision;
  if (line !== undefined) event.line = line;
  return { ok: true, event };
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
  rows.forEach((row, i) => {
    const r = normalizeLogEvent(row, i + 1, options);
    if (r.ok) events.push(r.event);
    else problems.push(r.problem);
  });
  return { format, events, problems };
}
