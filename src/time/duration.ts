import * as z from 'zod';
import { DurationError } from '../errors/index.js';
import type { SopErrorContext } from '../errors/index.js';

/** The units an SOP writes its budgets in: *menit* (minutes), *jam* (hours), *hari* (working days). */
export const DurationUnitSchema = z.enum(['menit', 'jam', 'hari']);
/** See {@link DurationUnitSchema}. */
export type DurationUnit = z.infer<typeof DurationUnitSchema>;

/** A parsed duration: a positive whole number of a unit, and the text it was read from, if any. */
export const DurationSchema = z.object({
  value: z.number().int().positive(),
  unit: DurationUnitSchema,
  /** The text as the SOP writes it, e.g. `"5 Menit"`. */
  text: z.string().optional(),
});
/** See {@link DurationSchema}. */
export type Duration = z.infer<typeof DurationSchema>;

/** What {@link parseDuration} accepts: the SOP's text (`"5 Menit"`) or the object form. */
export type DurationInput = string | { readonly value: number; readonly unit: DurationUnit; readonly text?: string | undefined };

const UNIT_WORDS: Record<string, DurationUnit> = {
  menit: 'menit',
  mnt: 'menit',
  jam: 'jam',
  hari: 'hari',
};

const PATTERN = /^\s*(\S+?)\s*([A-Za-z]+)\.?\s*$/;

/**
 * Parses an SOP budget ("5 Menit", "1 jam", "2 Hari", "60 Menit", any letter case and
 * spacing) or validates the object form `{ value, unit }`.
 *
 * @param input - the text or object
 * @param context - the SOP, step and field to name in an error
 * @returns the duration, with the original text kept in `text`
 * @throws {@link DurationError} for anything else: `"setengah hari"`, `""`, `"-5 menit"`, `"5 minggu"`, `"1,5 jam"`
 *
 * @example
 * ```ts
 * parseDuration('5 Menit') // { value: 5, unit: 'menit', text: '5 Menit' }
 * parseDuration(' 2  HARI ') // { value: 2, unit: 'hari', text: ' 2  HARI ' }
 * ```
 */
export function parseDuration(input: DurationInput, context: SopErrorContext = {}): Duration {
  if (typeof input === 'string') {
    if (input.trim() === '') throw new DurationError(input, 'it is empty', context);
    const m = /^\s*[A-Za-z]+\.?\s*$/.test(input) ? null : PATTERN.exec(input);
    if (!m) throw new DurationError(input, 'expected a whole number followed by menit, jam or hari', context);
    const [, num = '', word = ''] = m;
    if (!/^\d+$/.test(num)) {
      throw new DurationError(input, `"${num}" is not a positive whole number`, context);
    }
    const unit = UNIT_WORDS[word.toLowerCase()];
    if (unit === undefined) throw new DurationError(input, `"${word}" is not a unit (menit, jam, hari)`, context);
    const value = Number(num);
    if (value <= 0) throw new DurationError(input, 'a budget must be more than zero', context);
    return { value, unit, text: input };
  }
  if (input === null || typeof input !== 'object') {
    throw new DurationError(input, 'expected a text such as "5 Menit" or an object { value, unit }', context);
  }
  const parsed = DurationSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DurationError(input, `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`, context);
  }
  return parsed.data;
}

/**
 * Formats a duration as the SOP would write it: `"5 Menit"`, `"2 Jam"`, `"1 Hari"`.
 */
export function formatDuration(d: Pick<Duration, 'value' | 'unit'>): string {
  const word = d.unit === 'menit' ? 'Menit' : d.unit === 'jam' ? 'Jam' : 'Hari';
  return `${d.value} ${word}`;
}

/**
 * Working minutes in words, the way an official reads a lead time: `1 hari 2 jam 5 menit`,
 * `45 menit`, `0 menit` (a day being the calendar's `minutesPerDay`), rounded to the minute.
 * The one wording the command and the monev page use.
 *
 * @param minutes - working minutes
 * @param minutesPerDay - the working minutes of one working day (450 in Kalimantan Barat)
 *
 * @example
 * ```ts
 * formatWorkingTime(575, kalbarCalendar.minutesPerDay) // '1 hari 2 jam 5 menit'
 * ```
 */
export function formatWorkingTime(minutes: number, minutesPerDay: number): string {
  const total = Math.round(minutes);
  const days = Math.floor(total / minutesPerDay);
  const rest = total - days * minutesPerDay;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} hari`);
  if (Math.floor(rest / 60) > 0) parts.push(`${Math.floor(rest / 60)} jam`);
  if (rest % 60 > 0 || parts.length === 0) parts.push(`${rest % 60} menit`);
  return parts.join(' ');
}

/**
 * The working minutes a duration consumes: *menit* as is, *jam* × 60, *hari* × the
 * calendar's `minutesPerDay` (450 in the Kalimantan Barat calendar, 1440 in 24×7).
 *
 * @param d - the duration
 * @param minutesPerDay - the working minutes of one working day
 */
export function durationToMinutes(d: Pick<Duration, 'value' | 'unit'>, minutesPerDay: number): number {
  switch (d.unit) {
    case 'menit':
      return d.value;
    case 'jam':
      return d.value * 60;
    case 'hari':
      return d.value * minutesPerDay;
  }
}
