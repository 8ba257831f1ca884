/**
 * When an SOP is due for revision: its Tanggal Revisi read from the identity section (free
 * text as the paper writes it), against the monitoring period.
 */
import { DateTime } from 'luxon';
import type { AnySopDefinition } from 'sop-ap';
import { BULAN, type MonevPeriod } from './period.js';

/** How an SOP's revision stands at the end of a period. */
export type RevisionState =
  /** Tanggal Revisi lies before the period: the revision date has passed. */
  | 'lewat'
  /** Tanggal Revisi lies within the period. */
  | 'jatuh-tempo'
  /** Tanggal Revisi lies after the period. */
  | 'belum'
  /** No Tanggal Revisi; the review falls due `reviewMonths` after the latest identity date, on or before the period's end. */
  | 'tinjauan-jatuh-tempo'
  /** No Tanggal Revisi; the review based on the latest identity date is not yet due. */
  | 'tinjauan-belum'
  /** No Tanggal Revisi and no identity date to count from. */
  | 'tanpa-tanggal'
  /** A date is written but cannot be read. */
  | 'tidak-terbaca';

/** The revision flag of one SOP. */
export interface RevisionStatus {
  readonly state: RevisionState;
  /** Whether the page flags it (the revision or review is due, or past, or the date is missing or unreadable). */
  readonly flag: boolean;
  /** The Tanggal Revisi as written, when there is one. */
  readonly tanggalRevisi?: string;
  /** The date the state was measured from, ISO (`2026-08-01`), when one could be read. */
  readonly date?: string;
  /** Which identity field `date` comes from. */
  readonly basis?: 'tanggalRevisi' | 'tanggalEfektif' | 'tanggalPembuatan';
  /** For a review counted from another date: the due date, ISO. */
  readonly dueDate?: string;
  /** In Bahasa Indonesia, for the page. */
  readonly text: string;
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ...BULAN.map((b, i) => [b.toLowerCase(), i + 1] as const),
  ...(
    [
      ['jan', 1], ['feb', 2], ['peb', 2], ['mar', 3], ['apr', 4], ['mei', 5], ['may', 5], ['jun', 6], ['jul', 7],
      ['agu', 8], ['agt', 8], ['ags', 8], ['agus', 8], ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['okt', 10],
      ['oct', 10], ['october', 10], ['nov', 11], ['nop', 11], ['des', 12], ['dec', 12], ['december', 12],
      ['january', 1], ['february', 2], ['march', 3], ['june', 6], ['july', 7], ['pebruari', 2], ['nopember', 11],
    ] as const
  ).map(([k, v]) => [k, v] as const),
]);

const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * Reads a date as SOP identity sections write it: `22 Juli 2020`, `31 Agustus 2023`,
 * `31-Aug-23`, `Agustus 2023` (the month's first day), `2026-01-05`, `05/01/2026` (day first).
 *
 * @param text - the date as written
 * @returns `{ year, month, day }`, or `undefined` when it cannot be read
 * @internal
 */
export function parseIdentityDate(text: string): { year: number; month: number; day: number } | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  let out: { year: number; month: number; day: number } | undefined;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) out = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t))) out = { year: year(m[3]!), month: Number(m[2]), day: Number(m[1]) };
  else if ((m = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4}|\d{2})$/.exec(t))) {
    const mo = MONTHS[m[2]!];
    if (mo !== undefined) out = { year: year(m[3]!), month: mo, day: Number(m[1]) };
  } else if ((m = /^([a-z]+)\.? (\d{4})$/.exec(t))) {
    const mo = MONTHS[m[1]!];
    if (mo !== undefined) out = { year: Number(m[2]), month: mo, day: 1 };
  }
  if (out === undefined) return undefined;
  return DateTime.fromObject(out).isValid ? out : undefined;
}

const BASES = ['tanggalEfektif', 'tanggalPembuatan'] as const;

/**
 * The revision flag of an SOP at the end of a period. With a Tanggal Revisi (the date the SOP
 * was revised, or its planned review): past before the period, due within it, not yet after
 * it. Without one: the review is counted `reviewMonths` after the Tanggal Efektif (else the
 * Tanggal Pembuatan), an inference from agency practice (yearly evaluation) that the caller
 * can change.
 *
 * @param def - the SOP
 * @param period - the monitoring period
 * @param reviewMonths - months from the latest identity date to the next review
 * @internal
 */
export function revisionStatus(def: AnySopDefinition, period: MonevPeriod, reviewMonths: number): RevisionStatus {
  const zone = period.zone;
  const dt = (d: { year: number; month: number; day: number }) => DateTime.fromObject(d, { zone });
  const iso = (d: DateTime) => d.toISODate()!;
  const rev = def.tanggalRevisi?.trim();
  if (rev !== undefined && rev !== '') {
    const d = parseIdentityDate(rev);
    if (d === undefined) return { state: 'tidak-terbaca', flag: true, tanggalRevisi: rev, text: `Tanggal revisi "${rev}" tidak dapat dibaca; periksa dokumen SOP.` };
    const at = dt(d);
    const base = { tanggalRevisi: rev, date: iso(at), basis: 'tanggalRevisi' as const };
    if (at.toMillis() < period.start) return { ...base, state: 'lewat', flag: true, text: `Tanggal revisi ${rev} sudah lewat: SOP perlu ditinjau/direvisi.` };
    if (at.toMillis() < period.end) return { ...base, state: 'jatuh-tempo', flag: true, text: `Tanggal revisi ${rev} jatuh dalam periode ini: SOP perlu ditinjau/direvisi.` };
    return { ...base, state: 'belum', flag: false, text: `Tanggal revisi ${rev}: belum jatuh tempo.` };
  }
  for (const field of BASES) {
    const written = def[field]?.trim();
    if (written === undefined || written === '') continue;
    const d = parseIdentityDate(written);
    if (d === undefined) continue;
    const due = dt(d).plus({ months: reviewMonths });
    const name = field === 'tanggalEfektif' ? 'tanggal efektif' : 'tanggal pembuatan';
    const base = { date: iso(dt(d)), basis: field, dueDate: iso(due) };
    const dueText = `${due.day} ${BULAN[due.month - 1]} ${due.year}`;
    if (due.toMillis() < period.end) {
      return { ...base, state: 'tinjauan-jatuh-tempo', flag: true, text: `Tanggal revisi tidak diisi. Dihitung ${reviewMonths} bulan dari ${name} ${written}, tinjauan jatuh tempo ${dueText}: SOP perlu ditinjau.` };
    }
    return { ...base, state: 'tinjauan-belum', flag: false, text: `Tanggal revisi tidak diisi. Dihitung ${reviewMonths} bulan dari ${name} ${written}, tinjauan jatuh tempo ${dueText}.` };
  }
  return { state: 'tanpa-tanggal', flag: true, text: 'Tanggal revisi, tanggal efektif dan tanggal pembuatan tidak diisi: jadwal revisi tidak dapat ditentukan; lengkapi identitas SOP.' };
}
