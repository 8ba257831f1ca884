import * as z from 'zod';

/** A calendar date `YYYY-MM-DD` (local to the calendar's zone). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD')
  .refine((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, day)).getUTCDate() === day;
  }, 'no such date');

/**
 * What kind of day off: *libur nasional* (national holiday), *cuti bersama* (collective leave,
 * a day off for ASN), a regional holiday, or an agency's extra day off.
 */
export const HolidayKindSchema = z.enum(['libur-nasional', 'cuti-bersama', 'libur-daerah', 'libur-tambahan']);
/** See {@link HolidayKindSchema}. */
export type HolidayKind = z.infer<typeof HolidayKindSchema>;

/** One day off. */
export const HolidaySchema = z.object({
  /** The date, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** Its name, e.g. `"Hari Raya Idulfitri 1446 H"`. */
  name: z.string().min(1),
  /** What kind of day off it is. */
  kind: HolidayKindSchema,
});
/** See {@link HolidaySchema}. */
export type Holiday = z.infer<typeof HolidaySchema>;

/** The days off of one year, with the legal source they were taken from. */
export const HolidayYearSchema = z.object({
  /** The year. */
  year: z.number().int().min(1970).max(2200),
  /** The decree the dates come from (SKB number and date), so they can be checked. */
  source: z.string().min(1),
  /** The days off, any order. */
  days: z.array(HolidaySchema).readonly(),
});
/** See {@link HolidayYearSchema}. */
export type HolidayYear = z.infer<typeof HolidayYearSchema>;
