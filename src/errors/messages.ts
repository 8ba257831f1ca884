/**
 * Messages are kept apart from error codes, the way zod keeps issue codes apart from its
 * locale maps: every code has a Bahasa Indonesia and an English text built from the same
 * parameters.
 */

/** A locale the library can write its messages in. */
export type Locale = 'id' | 'en';

/** Parameters a message may use. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

type Template = (p: MessageParams) => string;

const where = (p: MessageParams, l: Locale): string => {
  const parts: string[] = [];
  if (p.sopId !== undefined) parts.push(`SOP '${p.sopId}'`);
  if (p.stepId !== undefined) parts.push(l === 'id' ? `langkah '${p.stepId}'` : `step '${p.stepId}'`);
  if (p.field !== undefined) parts.push(l === 'id' ? `isian '${p.field}'` : `field '${p.field}'`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
};

const catalogue: Record<string, Record<Locale, Template>> = {
  INVALID_DEFINITION: {
    id: (p) => `${where(p, 'id')}definisi SOP tidak sah: ${p.detail}`,
    en: (p) => `${where(p, 'en')}invalid SOP definition: ${p.detail}`,
  },
  INVALID_DURATION: {
    id: (p) => `${where(p, 'id')}waktu "${p.input}" tidak dapat dibaca: ${p.detail}. Tulis seperti "5 Menit", "2 Jam" atau "1 Hari".`,
    en: (p) => `${where(p, 'en')}cannot read the duration "${p.input}": ${p.detail}. Write it like "5 Menit", "2 Jam" or "1 Hari".`,
  },
  UNKNOWN_ROLE: {
    id: (p) => `${where(p, 'id')}peran "${p.input}" tidak dikenal${p.candidates ? `; mungkin maksudnya: ${p.candidates}` : ''}`,
    en: (p) => `${where(p, 'en')}unknown role "${p.input}"${p.candidates ? `; did you mean: ${p.candidates}` : ''}`,
  },
  INVALID_SNAPSHOT: {
    id: (p) => `${where(p, 'id')}snapshot tidak dapat dipulihkan: ${p.detail}`,
    en: (p) => `${where(p, 'en')}cannot restore the snapshot: ${p.detail}`,
  },
  CALENDAR_OUT_OF_RANGE: {
    id: (p) => `kalender '${p.calendar}' tidak memiliki data hari libur untuk tahun ${p.year} (tersedia: ${p.years})`,
    en: (p) => `calendar '${p.calendar}' has no holiday data for the year ${p.year} (available: ${p.years})`,
  },
  INVALID_CALENDAR: {
    id: (p) => `kalender tidak sah${p.field ? ` (isian '${p.field}')` : ''}: ${p.detail}`,
    en: (p) => `invalid calendar${p.field ? ` (field '${p.field}')` : ''}: ${p.detail}`,
  },
  UNKNOWN_SOP: {
    id: (p) => `SOP '${p.input}' tidak ada dalam katalog${p.candidates ? `; mungkin maksudnya: ${p.candidates}` : ''}`,
    en: (p) => `no SOP '${p.input}' in the catalogue${p.candidates ? `; did you mean: ${p.candidates}` : ''}`,
  },
  INVALID_EVENT: {
    id: (p) => `${where(p, 'id')}peristiwa tidak sesuai langkah: ${p.detail}`,
    en: (p) => `${where(p, 'en')}the event does not fit the step: ${p.detail}`,
  },
  EVENT_REFUSED: {
    id: (p) => `${where(p, 'id')}peristiwa ditolak: ${p.detail}`,
    en: (p) => `${where(p, 'en')}event refused: ${p.detail}`,
  },
  INVALID_RENDER_OPTION: {
    id: (p) => `${where(p, 'id')}opsi tampilan tidak sah: ${p.detail}`,
    en: (p) => `${where(p, 'en')}invalid rendering option: ${p.detail}`,
  },
  INVALID_SIMULATION: {
    id: (p) => `${where(p, 'id')}simulasi tidak sah: ${p.detail}`,
    en: (p) => `${where(p, 'en')}invalid simulation: ${p.detail}`,
  },
  INVALID_TIME: {
    id: (p) => `${where(p, 'id')}waktu "${p.input}" tidak sah: ${p.detailId ?? p.detail}`,
    en: (p) => `${where(p, 'en')}invalid time "${p.input}": ${p.detail}`,
  },
  LOG_UNREADABLE: {
    id: (p) => `${where(p, 'id')}log ${p.format} tidak dapat dibaca${p.line !== undefined ? ` (baris ${p.line})` : ''}: ${p.detailId ?? p.detail}`,
    en: (p) => `${where(p, 'en')}cannot read the ${p.format} log${p.line !== undefined ? ` (line ${p.line})` : ''}: ${p.detail}`,
  },
  SCENARIO_FAILED: {
    id: (p) => `${where(p, 'id')}skenario gagal pada baris ${p.line}: ${p.detail}`,
    en: (p) => `${where(p, 'en')}scenario failed at line ${p.line}: ${p.detail}`,
  },
};

/**
 * Formats the message of an error code in a locale.
 *
 * @param code - an error code such as `INVALID_DURATION`
 * @param params - the values the message names (SOP, step, field, input …)
 * @param locale - `'id'` (Bahasa Indonesia) or `'en'` (English)
 * @returns the message, or the code and its parameters when the code has no template
 */
export function formatMessage(code: string, params: MessageParams, locale: Locale): string {
  const t = catalogue[code]?.[locale];
  return t ? t(params) : `${code} ${JSON.stringify(params)}`;
}
