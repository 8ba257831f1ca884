/**
 * What the commands share: finding an SOP, choosing a calendar, reading a start instant.
 */
import { DateTime } from 'luxon';
import { calendar24x7, kalbarCalendar, SopError, type AnySopDefinition, type WorkCalendar } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { usageError } from './args.js';
import type { Command, CommandIO } from './command.js';

/** The calendars the command knows by name. */
export const CALENDARS: Readonly<Record<string, WorkCalendar>> = { kalbar: kalbarCalendar, '24x7': calendar24x7 };

/** The outcome of a lookup: the value, or the exit code after an error was written. */
export type Lookup<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly exit: number };

/** The catalogue SOP `id`, or exit 2 with the closest ids. */
export function findSop(command: Command, id: string, io: CommandIO): Lookup<AnySopDefinition> {
  try {
    return { ok: true, value: getSop(id) };
  } catch (e) {
    if (e instanceof SopError) return { ok: false, exit: usageError(command, io, e.localized('id')) };
    throw e;
  }
}

/** The calendar named `name` (`kalbar` by default), or exit 2. */
export function findCalendar(command: Command, name: string | undefined, io: CommandIO): Lookup<WorkCalendar> {
  const key = name ?? 'kalbar';
  const cal = Object.prototype.hasOwnProperty.call(CALENDARS, key) ? CALENDARS[key] : undefined;
  if (cal === undefined) return { ok: false, exit: usageError(command, io, `kalender '${key}' tidak dikenal (pilihan: ${Object.keys(CALENDARS).join(', ')})`) };
  return { ok: true, value: cal };
}

/**
 * A start instant: ISO 8601 with an offset, or a local date/time (`2026-03-02`,
 * `2026-03-02T07:30`) read in the calendar's zone. Exit 2 when unreadable.
 */
export function parseStart(command: Command, text: string, calendar: WorkCalendar, io: CommandIO): Lookup<number> {
  const dt = DateTime.fromISO(text, { zone: calendar.zone, setZone: true });
  if (!dt.isValid) {
    return { ok: false, exit: usageError(command, io, `--start '${text}' bukan tanggal/waktu ISO 8601 (contoh: 2026-03-02T07:30:00+07:00 atau 2026-03-02)`) };
  }
  return { ok: true, value: dt.toMillis() };
}

/** A number option: a finite number within [min, max] (whole if `integer`), or exit 2. */
export function parseNumber(
  command: Command,
  option: string,
  text: string | undefined,
  fallback: number,
  io: CommandIO,
  range: { min: number; max: number; integer?: boolean },
): Lookup<number> {
  if (text === undefined) return { ok: true, value: fallback };
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || v < range.min || v > range.max || (range.integer === true && !Number.isInteger(v))) {
    const kind = range.integer === true ? 'bilangan bulat' : 'bilangan';
    return { ok: false, exit: usageError(command, io, `--${option} '${text}' harus ${kind} antara ${range.min} dan ${range.max}`) };
  }
  return { ok: true, value: v };
}

/** Runs `fn`; a library error (SopError) becomes exit 2 with its Indonesian message. */
export function guard<T>(command: Command, io: CommandIO, fn: () => T): Lookup<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof SopError) return { ok: false, exit: usageError(command, io, e.localized('id')) };
    throw e;
  }
}
