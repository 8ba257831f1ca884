/**
 * What the commands share: finding an SOP, choosing a calendar, reading a start instant.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  calendar24x7,
  createWorkCalendar,
  indonesiaHolidays,
  KALBAR_HOURS,
  kalbarCalendar,
  parseHolidayFile,
  parseInstant,
  SopError,
  type AnySopDefinition,
  type WorkCalendar,
} from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { cliError, reportError, usageError } from './args.js';
import type { Command, CommandIO } from './command.js';
import { isDefinitionPath, readDefinitionFile } from './definition-file.js';

/** The calendars the command knows by name. */
export const CALENDARS: Readonly<Record<string, WorkCalendar>> = { kalbar: kalbarCalendar, '24x7': calendar24x7 };

/** The outcome of a lookup: the value, or the exit code after an error was written. */
export type Lookup<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly exit: number };

/**
 * The catalogue SOP `id`, or exit 2 with the closest ids. A path to a definition file (anything
 * with a `/` or ending in `.json`) is read and validated instead, so every command that takes
 * an id takes a file (errors name the file, the step and the field).
 */
export function findSop(command: Command, id: string, io: CommandIO): Lookup<AnySopDefinition> {
  if (isDefinitionPath(id)) return readDefinitionFile(command, id, io);
  try {
    return { ok: true, value: getSop(id) };
  } catch (e) {
    if (e instanceof SopError) return { ok: false, exit: reportError(command, io, e) };
    throw e;
  }
}

/**
 * The calendar named `name` (`kalbar` by default), or exit 2. With `holidaysFile` (the
 * `--holidays` option: a JSON file of one or more years of days off, see docs/calendar.md), the
 * Kalbar calendar with those years added: a year an SKB publishes after the release.
 */
export function findCalendar(command: Command, name: string | undefined, io: CommandIO, holidaysFile?: string): Lookup<WorkCalendar> {
  const key = name ?? 'kalbar';
  const cal = Object.prototype.hasOwnProperty.call(CALENDARS, key) ? CALENDARS[key] : undefined;
  if (cal === undefined) return { ok: false, exit: cliError(command, io, 'CLI_INVALID_VALUE', { option: '--calendar', input: key, choices: Object.keys(CALENDARS).join(', ') }, true) };
  if (holidaysFile === undefined) return { ok: true, value: cal };
  if (key !== 'kalbar') return { ok: false, exit: usageError(command, io, `--holidays hanya berlaku untuk kalender kalbar, bukan '${key}'`) };
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, holidaysFile), 'utf8');
  } catch (e) {
    return { ok: false, exit: cliError(command, io, 'CLI_FILE_UNREADABLE', { file: holidaysFile, errno: (e as NodeJS.ErrnoException).code ?? 'EIO' }) };
  }
  return guard(command, io, () => {
    const years = parseHolidayFile(text, holidaysFile);
    const known = new Set(years.map((y) => y.year));
    const holidays = [...indonesiaHolidays.filter((y) => !known.has(y.year)), ...years].sort((a, b) => a.year - b.year);
    return createWorkCalendar({ id: 'kalbar', zone: 'Asia/Pontianak', hours: KALBAR_HOURS, holidays });
  });
}

/**
 * A start instant by the library's one time rule ({@link parseInstant}): ISO 8601; a time
 * without an offset is read in the calendar's zone; a date alone (`2026-03-02`) means the start
 * of that working day (the calendar's next opening from midnight). Exit 2 when unreadable.
 */
export function parseStart(command: Command, text: string, calendar: WorkCalendar, io: CommandIO): Lookup<number> {
  return guard(command, io, () => {
    const p = parseInstant(text, { zone: calendar.zone, dateOnly: 'midnight' }, { field: '--start' });
    return p.hasTime ? p.ms : calendar.addWorkingMinutes(p.ms, 0);
  });
}

/** The line a result prints when it touches a year without SKB data. */
export function provisionalLine(years: readonly number[] | undefined): string | undefined {
  if (years === undefined || years.length === 0) return undefined;
  return `perkiraan: belum ada SKB tahun ${years.join(', ')} (hari libur nasional bertanggal tetap saja; tambahkan dengan --holidays)`;
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
    return { ok: false, exit: cliError(command, io, 'CLI_INVALID_NUMBER', { option: `--${option}`, input: text, integer: range.integer === true ? 1 : undefined, min: range.min, max: range.max }, true) };
  }
  return { ok: true, value: v };
}

/** Runs `fn`; a library error (SopError) becomes exit 2 with its message (one line, in `io.lang`). */
export function guard<T>(command: Command, io: CommandIO, fn: () => T): Lookup<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof SopError) return { ok: false, exit: reportError(command, io, e) };
    throw e;
  }
}
