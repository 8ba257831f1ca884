/**
 * The one catalogue of the library's messages, kept apart from the code that raises them the
 * way zod keeps issue codes apart from its locale maps. Every code has a Bahasa Indonesia and
 * an English text built from the same parameters, and the code types are derived from the
 * catalogue (`keyof typeof …`), so a code cannot be used without its texts:
 *
 * - {@link ERROR_MESSAGES}: the codes of {@link SopError} (`SopErrorCode`);
 * - {@link REFUSAL_MESSAGES} and {@link STORE_REFUSAL_MESSAGES}: why an event was refused,
 *   keyed `REASON` or `REASON.variant` (`RefusalReason` is the part before the dot);
 * - {@link LOG_PROBLEM_MESSAGES}: why a log row could not be used (`LogProblemCode`);
 * - {@link DEVIATION_MESSAGES}: how a case deviates from its SOP (`DeviationKind`).
 *
 * A parity test (test/errors/messages.test.ts) checks that every entry has both texts.
 */
import { DateTime } from 'luxon';

/** A locale the library can write its messages in. */
export type Locale = 'id' | 'en';

/** Parameters a message may use. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

/** A message in both languages, built from the same parameters `P`. */
export interface MessageTexts<P> {
  /** Bahasa Indonesia. */
  readonly id: (p: P) => string;
  /** English. */
  readonly en: (p: P) => string;
}

type Template = (p: MessageParams) => string;

/** The texts of one message, with the type of their parameters inferred once. */
const texts = <P>(id: (p: P) => string, en: (p: P) => string): MessageTexts<P> => ({ id, en });

const where = (p: MessageParams, l: Locale): string => {
  const parts: string[] = [];
  if (p.file !== undefined) parts.push(l === 'id' ? `berkas '${p.file}'` : `file '${p.file}'`);
  if (p.sopId !== undefined) parts.push(`SOP '${p.sopId}'`);
  if (p.stepId !== undefined) parts.push(l === 'id' ? `langkah '${p.stepId}'` : `step '${p.stepId}'`);
  if (p.field !== undefined) parts.push(l === 'id' ? `isian '${p.field}'` : `field '${p.field}'`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
};

/**
 * The texts of every {@link SopError} code. `SopErrorCode` is derived from its keys.
 */
export const ERROR_MESSAGES = {
  INVALID_DEFINITION: {
    id: (p) => `${where(p, 'id')}definisi SOP tidak sah: ${p.detailId ?? p.detail}`,
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
  INVALID_INPUT: {
    id: (p) => `${where(p, 'id')}masukan kasus tidak sah: ${p.detailId ?? p.detail}`,
    en: (p) => `${where(p, 'en')}invalid case input: ${p.detail}`,
  },
  INVALID_SNAPSHOT: {
    id: (p) => `${where(p, 'id')}snapshot tidak dapat dipulihkan: ${p.detailId ?? p.detail}`,
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
    id: (p) => `${where(p, 'id')}simulasi tidak sah: ${p.detailId ?? p.detail}`,
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
  INVALID_PERIOD: {
    id: (p) => `periode "${p.input}" tidak dapat dibaca: ${p.detailId ?? p.detail}. Tulis seperti 2026-S2 (semester), 2026-Q3 (triwulan), 2026-07 (bulan), 2026 (tahun) atau 2026-07-01..2026-12-31.`,
    en: (p) => `cannot read the period "${p.input}": ${p.detail}. Write it like 2026-S2 (half-year), 2026-Q3 (quarter), 2026-07 (month), 2026 (year) or 2026-07-01..2026-12-31.`,
  },
  INVALID_MONEV_INPUT: {
    id: (p) => `${where(p, 'id')}masukan monev tidak sah: ${p.detailId ?? p.detail}`,
    en: (p) => `${where(p, 'en')}invalid monitoring input: ${p.detail}`,
  },
  SCENARIO_FAILED: {
    id: (p) => `${where(p, 'id')}skenario gagal pada baris ${p.line}: ${p.detail}`,
    en: (p) => `${where(p, 'en')}scenario failed at line ${p.line}: ${p.detail}`,
  },
  // --- the sop-ap command (src/cli) ---
  CLI_UNKNOWN_COMMAND: {
    id: (p) => `perintah '${p.input}' tidak dikenal${p.candidates ? `; mungkin maksudnya: ${p.candidates}` : ''} (perintah yang ada: ${p.commands})`,
    en: (p) => `unknown command '${p.input}'${p.candidates ? `; did you mean: ${p.candidates}` : ''} (commands: ${p.commands})`,
  },
  CLI_UNKNOWN_OPTION: {
    id: (p) => `opsi '${p.option}' tidak dikenal${p.candidates ? `; mungkin maksudnya: ${p.candidates}` : ''}`,
    en: (p) => `unknown option '${p.option}'${p.candidates ? `; did you mean: ${p.candidates}` : ''}`,
  },
  CLI_MISSING_VALUE: {
    id: (p) => `opsi '${p.option}' perlu nilai${p.dash ? ` (nilai yang diawali tanda minus ditulis ${p.option}=${p.dash})` : ''}`,
    en: (p) => `option '${p.option}' needs a value${p.dash ? ` (write a value starting with a dash as ${p.option}=${p.dash})` : ''}`,
  },
  CLI_NO_VALUE_TAKEN: {
    id: (p) => `opsi '${p.option}' tidak menerima nilai`,
    en: (p) => `option '${p.option}' takes no value`,
  },
  CLI_MISSING_ARGUMENT: {
    id: (p) => `argumen kurang: perlu ${p.min} argumen (sop-ap ${p.command} ${p.usage})`,
    en: (p) => `missing arguments: ${p.min} needed (sop-ap ${p.command} ${p.usage})`,
  },
  CLI_UNEXPECTED_ARGUMENT: {
    id: (p) => `argumen tidak dikenal: ${p.input}`,
    en: (p) => `unexpected argument: ${p.input}`,
  },
  CLI_USAGE: {
    id: (p) => `penggunaan perintah tidak sah: ${p.detailId ?? p.detail}`,
    en: (p) => `invalid command usage: ${p.detail}`,
  },
  CLI_BAD_ARGUMENTS: {
    id: (p) => `argumen tidak dapat dibaca: ${p.detail}`,
    en: (p) => `cannot read the arguments: ${p.detail}`,
  },
  CLI_INVALID_VALUE: {
    id: (p) => `${p.option} '${p.input}' tidak dikenal (pilihan: ${p.choices})`,
    en: (p) => `${p.option} '${p.input}' is not known (choices: ${p.choices})`,
  },
  CLI_INVALID_NUMBER: {
    id: (p) => `${p.option} '${p.input}' harus ${p.integer ? 'bilangan bulat' : 'bilangan'} antara ${p.min} dan ${p.max}`,
    en: (p) => `${p.option} '${p.input}' must be ${p.integer ? 'a whole number' : 'a number'} between ${p.min} and ${p.max}`,
  },
  CLI_VARIANT_UNCHANGED: {
    id: (p) => `${p.option} '${p.input}' tidak mengubah jumlah pejabat peran mana pun: varian akan sama dengan skenario dasar (sebutkan peran dengan jumlah lain, mis. ${p.example})`,
    en: (p) => `${p.option} '${p.input}' changes no role's number of officials: the variant would equal the base scenario (name a role with another number, e.g. ${p.example})`,
  },
  CLI_OPTION_FOR_FORMAT: {
    id: (p) => `opsi '${p.option}' hanya berlaku untuk --format ${p.formats}, bukan ${p.format}`,
    en: (p) => `option '${p.option}' applies to --format ${p.formats} only, not ${p.format}`,
  },
  CLI_NOT_AN_IMAGE: {
    id: (p) => `berkas '${p.file}' bukan gambar PNG, JPEG, GIF, WebP atau SVG`,
    en: (p) => `the file '${p.file}' is not a PNG, JPEG, GIF, WebP or SVG image`,
  },
  CLI_FILE_UNREADABLE: {
    id: (p) => `berkas '${p.file}' tidak dapat dibaca: ${errnoText(p, 'id')}`,
    en: (p) => `cannot read the file '${p.file}': ${errnoText(p, 'en')}`,
  },
  CLI_FILE_UNWRITABLE: {
    id: (p) => `berkas '${p.file}' tidak dapat ditulis: ${errnoText(p, 'id')}`,
    en: (p) => `cannot write the file '${p.file}': ${errnoText(p, 'en')}`,
  },
  CLI_OUTPUT_FAILED: {
    id: (p) => `keluaran tidak dapat ditulis: ${errnoText(p, 'id')}`,
    en: (p) => `cannot write the output: ${errnoText(p, 'en')}`,
  },
  CLI_SYSTEM_ERROR: {
    id: (p) => `galat sistem${p.file ? ` pada '${p.file}'` : ''}: ${errnoText(p, 'id')}`,
    en: (p) => `system error${p.file ? ` on '${p.file}'` : ''}: ${errnoText(p, 'en')}`,
  },
  CLI_UNEXPECTED: {
    id: (p) => `galat tak terduga (${p.name}): ${p.detail}. Laporkan dengan perintah yang dijalankan; SOP_AP_DEBUG=1 menampilkan jejaknya`,
    en: (p) => `unexpected error (${p.name}): ${p.detail}. Report it with the command line; SOP_AP_DEBUG=1 shows its trace`,
  },
  // sop-ap/store
  STORE_INPUT: {
    id: (p) => `${where(p, 'id')}masukan penyimpanan kasus tidak sah: ${p.detail}`,
    en: (p) => `${where(p, 'en')}invalid input to the case store: ${p.detail}`,
  },
  CASE_NOT_FOUND: {
    id: (p) => `kasus '${p.caseId}' tidak ada dalam penyimpanan`,
    en: (p) => `no case '${p.caseId}' in the store`,
  },
  CASE_EXISTS: {
    id: (p) => `kasus '${p.caseId}' sudah ada dalam penyimpanan`,
    en: (p) => `the case '${p.caseId}' already exists in the store`,
  },
  UNKNOWN_DEFINITION: {
    id: (p) => `${where(p, 'id')}revisi ${p.revision ?? '(terbaru)'} belum didaftarkan pada penyimpanan`,
    en: (p) => `${where(p, 'en')}revision ${p.revision ?? '(latest)'} is not registered in the store`,
  },
  DEFINITION_CHANGED: {
    id: (p) => `${where(p, 'id')}revisi ${p.revision} sudah terdaftar dengan isi lain (hash ${p.stored}, kini ${p.given}); naikkan nomor revisi`,
    en: (p) => `${where(p, 'en')}revision ${p.revision} is already registered with other content (hash ${p.stored}, now ${p.given}); raise the revision`,
  },
  SCHEMA_TOO_NEW: {
    id: (p) => `skema basis data versi ${p.found} lebih baru dari yang dikenal pustaka ini (${p.known}); perbarui sop-ap`,
    en: (p) => `the database schema is version ${p.found}, newer than this library knows (${p.known}); upgrade sop-ap`,
  },
  STORE_DRIVER_MISSING: {
    id: (p) => `paket '${p.driver}' tidak terpasang; pasang dengan: npm install ${p.driver}`,
    en: (p) => `the package '${p.driver}' is not installed; install it with: npm install ${p.driver}`,
  },
  GRANT_NOT_FOUND: {
    id: (p) => `tidak ada pelimpahan (grant) nomor ${p.grantId}`,
    en: (p) => `no delegation grant number ${p.grantId}`,
  },
  STORE_CORRUPT: {
    id: (p) => `${where(p, 'id')}data tersimpan tidak utuh: ${p.detail}`,
    en: (p) => `${where(p, 'en')}stored data is not intact: ${p.detail}`,
  },
  INVALID_ROLE: {
    id: (p) => `peran '${p.input}': ${p.detailId ?? p.detail}`,
    en: (p) => `role '${p.input}': ${p.detail}`,
  },
} as const satisfies Readonly<Record<string, Readonly<Record<Locale, Template>>>>;

/** The code of a {@link SopError}: a key of {@link ERROR_MESSAGES}. */
export type SopErrorCode = keyof typeof ERROR_MESSAGES;

/**
 * Formats the message of an error code in a locale.
 *
 * @param code - an error code such as `INVALID_DURATION`
 * @param params - the values the message names (SOP, step, field, input …)
 * @param locale - `'id'` (Bahasa Indonesia) or `'en'` (English)
 * @returns the message, or the code and its parameters when the code has no template (a caller
 *   outside TypeScript)
 */
export function formatMessage(code: SopErrorCode, params: MessageParams, locale: Locale): string {
  const t = (ERROR_MESSAGES as Readonly<Record<string, Readonly<Record<Locale, Template>> | undefined>>)[code]?.[locale];
  return t ? t(params) : `${code} ${JSON.stringify(params)}`;
}

const ERRNO: Readonly<Record<string, Record<Locale, (p: MessageParams) => string>>> = {
  ENOENT: { id: (p) => `tidak ada${p.dir ? ` (folder '${p.dir}' tidak ada?)` : ''}`, en: (p) => `does not exist${p.dir ? ` (is the folder '${p.dir}' missing?)` : ''}` },
  EISDIR: { id: () => 'itu sebuah folder, bukan berkas', en: () => 'it is a folder, not a file' },
  ENOTDIR: { id: () => 'bagian jalurnya bukan folder', en: () => 'a part of its path is not a folder' },
  EACCES: { id: () => 'tidak ada izin', en: () => 'permission denied' },
  EPERM: { id: () => 'tidak diizinkan', en: () => 'not permitted' },
  ENOSPC: { id: () => 'ruang penyimpanan penuh', en: () => 'no space left on the device' },
  EROFS: { id: () => 'sistem berkas hanya-baca', en: () => 'read-only file system' },
  EPIPE: { id: () => 'saluran keluaran sudah ditutup', en: () => 'the output pipe was closed' },
};

/** A system error code (`ENOENT` …) in words, followed by the code. @internal */
function errnoText(p: MessageParams, locale: Locale): string {
  const code = String(p.errno ?? 'EIO');
  const t = ERRNO[code]?.[locale];
  return `${t ? t(p) : p.detail ?? (locale === 'id' ? 'galat sistem' : 'system error')} (${code})`;
}

// --- refusals ---------------------------------------------------------------------------------

/**
 * An instant as people in a zone read it: `Rabu, 23 Des 2026 08.00 WIB` (`id`) or
 * `Wed 23 Dec 2026 08:00 WIB` (`en`). WIB for the zones of western Indonesia, else the offset.
 *
 * @param at - epoch milliseconds
 * @param zone - an IANA zone (`Asia/Pontianak`)
 * @param locale - the message's locale
 */
export function humanTime(at: number, zone: string, locale: Locale): string {
  const dt = DateTime.fromMillis(at, { zone }).setLocale(locale === 'id' ? 'id' : 'en-GB');
  if (!dt.isValid) return String(at);
  const label = zone === 'Asia/Pontianak' || zone === 'Asia/Jakarta' ? 'WIB' : dt.toFormat('ZZ');
  return locale === 'id' ? `${dt.toFormat('cccc, d LLL yyyy HH.mm')} ${label}` : `${dt.toFormat('ccc d LLL yyyy HH:mm')} ${label}`;
}

/** A detail given in both languages (a nested error's message, a value already worded). */
export interface BilingualDetail {
  readonly detail: string;
  readonly detailId: string;
}

/** The step a message names, and what it takes. */
export interface RefusalStepWords {
  readonly label: string;
  readonly type: string;
}

const pltPlh = (as: string): string => (as === 'plt' ? 'Plt.' : 'Plh.');

/**
 * Why the machine refused an event, with its texts. A key is the refusal reason, or
 * `REASON.variant` where one reason has several texts; `RefusalReason` is the part before the
 * dot. `refusalOf` builds a refusal from a key and its parameters.
 */
export const REFUSAL_MESSAGES = {
  UNKNOWN_EVENT: texts<{ type: string }>(
    (p) => `peristiwa "${p.type}" tidak dikenal (yang diterima: SELESAI, SETUJU, TIDAK_SETUJU)`,
    (p) => `unknown event "${p.type}" (expected SELESAI, SETUJU or TIDAK_SETUJU)`,
  ),
  'INVALID_EVENT.not-judged': texts<BilingualDetail>(
    (p) => `peristiwa tidak dapat dinilai: ${p.detailId}`,
    (p) => `the event could not be judged: ${p.detail}`,
  ),
  'INVALID_EVENT.not-an-object': texts<{ value: string }>(
    (p) => `peristiwa harus objek { type, actor, at?, note? }, bukan ${p.value}`,
    (p) => `the event must be an object { type, actor, at?, note? }, not ${p.value}`,
  ),
  'INVALID_EVENT.stray-field': texts<{ key: string }>(
    (p) => `isian "${p.key}" tidak dikenal (peristiwa berisi type, actor, at dan note)`,
    (p) => `unknown field "${p.key}" (the event has type, actor, at and note)`,
  ),
  'INVALID_EVENT.stray-actor-field': texts<{ key: string }>(
    (p) => `isian "actor.${p.key}" tidak dikenal (pengirim berisi role, id, name dan actingAs)`,
    (p) => `unknown field "actor.${p.key}" (the actor has role, id, name and actingAs)`,
  ),
  'INVALID_EVENT.note-not-text': texts<object>(
    () => 'catatan harus berupa teks',
    () => 'the note must be text',
  ),
  'INVALID_EVENT.no-actor-role': texts<object>(
    () => 'peristiwa tidak menyebut peran pengirim',
    () => 'the event carries no actor role',
  ),
  'INVALID_EVENT.actor-field-not-text': texts<{ key: string }>(
    (p) => `actor.${p.key} harus berupa teks`,
    (p) => `actor.${p.key} must be text`,
  ),
  'INVALID_EVENT.unknown-role': texts<{ role: string; hint?: string | undefined }>(
    (p) => `peran "${p.role}" tidak dikenal${p.hint ? `; gunakan id peran "${p.hint}"` : ''}`,
    (p) => `unknown role "${p.role}"${p.hint ? `; use the role id "${p.hint}"` : ''}`,
  ),
  'INVALID_EVENT.acting-as': texts<object>(
    () => 'actingAs harus { role, as: "plt" | "plh" }',
    () => 'actingAs must be { role, as: "plt" | "plh" }',
  ),
  'INVALID_EVENT.not-sent': texts<{ why: string }>(
    (p) => `peristiwa tidak dapat dikirim: ${p.why}`,
    (p) => `the event could not be sent: ${p.why}`,
  ),
  'INVALID_EVENT.actor-failed': texts<object>(
    () => 'aktor gagal saat memproses peristiwa',
    () => 'the actor failed while taking the event',
  ),
  'INVALID_EVENT.no-change': texts<object>(
    () => 'peristiwa tidak mengubah apa pun',
    () => 'the event changed nothing',
  ),
  'INVALID_EVENT.not-taken': texts<object>(
    () => 'peristiwa tidak diproses',
    () => 'the event was not taken',
  ),
  'INVALID_TIME.unreadable': texts<BilingualDetail & { input?: string | undefined }>(
    (p) => `waktu ${p.input === undefined ? 'jam sistem' : `"${p.input}"`} tidak dapat dibaca: ${p.detailId}`,
    (p) => `the time ${p.input === undefined ? 'the clock' : `"${p.input}"`} cannot be read: ${p.detail}`,
  ),
  'INVALID_TIME.outside-calendar': texts<BilingualDetail & { at: number; zone: string }>(
    (p) => `waktu ${humanTime(p.at, p.zone, 'id')} di luar kalender: ${p.detailId}`,
    (p) => `the time ${humanTime(p.at, p.zone, 'en')} lies outside the calendar: ${p.detail}`,
  ),
  'INVALID_TIME.unmeasurable': texts<{ minutes: number }>(
    (p) => `kalender mengukur ${p.minutes} menit kerja`,
    (p) => `the calendar measured ${p.minutes} working minutes`,
  ),
  TIME_BACKWARDS: texts<{ at: number; last: number; zone: string }>(
    (p) => `waktu ${humanTime(p.at, p.zone, 'id')} lebih awal dari waktu terakhir yang tercatat ${humanTime(p.last, p.zone, 'id')}`,
    (p) => `the time ${humanTime(p.at, p.zone, 'en')} is earlier than the last recorded time ${humanTime(p.last, p.zone, 'en')}`,
  ),
  WRONG_EVENT: texts<RefusalStepWords & { decision: boolean }>(
    (p) => `langkah ${p.label} menerima ${p.decision ? 'SETUJU atau TIDAK_SETUJU' : 'SELESAI'}, bukan ${p.type}`,
    (p) => `step ${p.label} takes ${p.decision ? 'SETUJU or TIDAK_SETUJU' : 'SELESAI'}, not ${p.type}`,
  ),
  'WRONG_EVENT.no-transition': texts<RefusalStepWords>(
    (p) => `langkah ${p.label} tidak memiliki peralihan untuk ${p.type}`,
    (p) => `step ${p.label} has no transition for ${p.type}`,
  ),
  WRONG_ROLE: texts<{ label: string; who: string; role: string; acting?: { readonly role: string; readonly as: string } | undefined }>(
    (p) => `langkah ${p.label} dilaksanakan oleh ${p.who}, bukan oleh ${p.role}${p.acting ? ` (sebagai ${pltPlh(p.acting.as)} ${p.acting.role})` : ''}`,
    (p) => `step ${p.label} is performed by ${p.who}, not by ${p.role}${p.acting ? ` (acting as ${p.acting.as} ${p.acting.role})` : ''}`,
  ),
  CASE_ENDED: texts<object>(
    () => 'kasus sudah selesai',
    () => 'the case has already ended',
  ),
  'CASE_ENDED.at': texts<{ end: string }>(
    (p) => `kasus sudah berakhir (${p.end})`,
    (p) => `the case has ended (${p.end})`,
  ),
  'CASE_ENDED.not-running': texts<{ status: string }>(
    (p) => `kasus tidak sedang berjalan (aktor ${p.status})`,
    (p) => `the case is not running (actor ${p.status})`,
  ),
  'CASE_ENDED.not-at-step': texts<object>(
    () => 'kasus tidak berada pada suatu langkah',
    () => 'the case is not at a step',
  ),
} as const satisfies Readonly<Record<string, MessageTexts<never>>>;

/** A key of {@link REFUSAL_MESSAGES}. */
export type RefusalMessage = keyof typeof REFUSAL_MESSAGES;

/** The reason of a refusal key: the part before the dot (`INVALID_EVENT.stray-field` → `INVALID_EVENT`). */
export type ReasonOf<K extends string> = K extends `${infer R}.${string}` ? R : K;

/** Why the machine refused an event, derived from {@link REFUSAL_MESSAGES}. */
export type RefusalReason = ReasonOf<RefusalMessage>;

/** The parameters of a message's texts. */
export type ParamsOf<T> = T extends MessageTexts<infer P> ? P : never;

/**
 * Why the durable store (sop-ap/store) refused an attempt, beyond the machine's reasons; keyed
 * like {@link REFUSAL_MESSAGES}.
 */
export const STORE_REFUSAL_MESSAGES = {
  NO_GRANT: texts<{ user: string; as: string; role: string; at: number }>(
    (p) => `pengguna ${p.user} tidak memegang pelimpahan aktif sebagai ${pltPlh(p.as)} ${p.role} pada ${new Date(p.at).toISOString()}`,
    (p) => `user ${p.user} holds no active grant to act as ${pltPlh(p.as)} ${p.role} at ${new Date(p.at).toISOString()}`,
  ),
  SEPARATION_OF_DUTIES: texts<{ user: string; reviewed: string }>(
    (p) => `pengguna ${p.user} telah melaksanakan langkah ${p.reviewed} yang diperiksa oleh keputusan ini (pemisahan tugas)`,
    (p) => `user ${p.user} performed step ${p.reviewed}, which this decision reviews (separation of duties)`,
  ),
  UNMAPPED_STEP: texts<{ stepId: string; revision: number; detail: string }>(
    (p) => `langkah ${p.stepId} tidak dipetakan ke revisi ${p.revision}`,
    (p) => p.detail,
  ),
} as const satisfies Readonly<Record<string, MessageTexts<never>>>;

/** A key of {@link STORE_REFUSAL_MESSAGES}. */
export type StoreRefusalMessage = keyof typeof STORE_REFUSAL_MESSAGES;

// --- case logs --------------------------------------------------------------------------------

/** The names of a log's required columns, for messages. */
const COLUMN_WORDS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  case: { id: 'id kasus', en: 'case id' },
  step: { id: 'langkah', en: 'step' },
  role: { id: 'peran', en: 'role' },
  completed_at: { id: 'waktu selesai', en: 'completion time' },
};
const column = (field: string, l: Locale): string => COLUMN_WORDS[field]?.[l] ?? field;

/**
 * What is wrong with a simulation (`SimulationError`, code `INVALID_SIMULATION`): the lead-time
 * calculations, the Monte Carlo, the capacity simulation and the log fit. `simulationDetail`
 * words one in both languages.
 */
export const SIMULATION_MESSAGES = {
  'never-ends': texts<object>(
    () => 'SOP tidak pernah berakhir dengan peluang penolakan ini',
    () => 'the SOP never ends with these refusal probabilities',
  ),
  'duration-model': texts<{ detail: string }>(
    (p) => `model durasi tidak sah: ${p.detail}`,
    (p) => p.detail,
  ),
  triangular: texts<{ low: number; mode: number; high: number }>(
    (p) => `model segitiga perlu low ≤ mode ≤ high dan low < high (tertulis ${p.low}, ${p.mode}, ${p.high})`,
    (p) => `a triangular model needs low ≤ mode ≤ high and low < high (got ${p.low}, ${p.mode}, ${p.high})`,
  ),
  runs: texts<{ value: string }>(
    (p) => `runs harus bilangan bulat minimal 1, tertulis ${p.value}`,
    (p) => `runs must be a whole number of at least 1, got ${p.value}`,
  ),
  seed: texts<{ value: string }>(
    (p) => `benih (seed) harus bilangan bulat, tertulis ${p.value}`,
    (p) => `the seed must be a whole number, got ${p.value}`,
  ),
  bins: texts<{ value: string }>(
    (p) => `bins harus bilangan bulat minimal 1, tertulis ${p.value}`,
    (p) => `bins must be a whole number of at least 1, got ${p.value}`,
  ),
  'max-visits': texts<{ max: number }>(
    (p) => `sebuah kasus melewati lebih dari ${p.max} langkah; turunkan peluang penolakan`,
    (p) => `a case visited more than ${p.max} steps; lower the refusal probabilities`,
  ),
  'refusal-range': texts<{ value: string }>(
    (p) => `peluang penolakan harus antara 0 dan 1, tertulis ${p.value}`,
    (p) => `a refusal probability must be between 0 and 1, got ${p.value}`,
  ),
  'not-a-decision': texts<{ step: string; decisions: string }>(
    (p) => `'${p.step}' bukan langkah keputusan (keputusan: ${p.decisions})`,
    (p) => `'${p.step}' is not a decision step (decisions: ${p.decisions})`,
  ),
  'rework-always': texts<object>(
    () => 'keputusan yang mengembalikan kasus dengan peluang 1 tidak pernah berakhir; gunakan peluang di bawah 1',
    () => 'a rework decision refused with probability 1 never ends; use a probability below 1',
  ),
  scenario: texts<{ detail: string }>(
    (p) => `skenario tidak sah: ${p.detail}`,
    (p) => p.detail,
  ),
  'no-working-time': texts<{ calendar: string; days: number }>(
    (p) => `kalender '${p.calendar}' tidak lagi punya waktu kerja setelah ${p.days} hari (antrean yang tidak pernah habis melewati batas kalender: lihat beban per peran)`,
    (p) => `no working time left on calendar '${p.calendar}' after ${p.days} days (a queue that never empties runs past the calendar: see the roles' load)`,
  ),
  'no-working-time-century': texts<object>(
    () => 'tidak ada waktu kerja dalam seratus tahun kalender',
    () => 'no working time in a hundred years of the calendar',
  ),
  'arrival-before-start': texts<{ instant: string }>(
    (p) => `sebuah kedatangan (${p.instant}) lebih awal dari awal simulasi`,
    (p) => `an arrival (${p.instant}) lies before the simulation's start`,
  ),
  'no-arrivals': texts<object>(
    () => 'tidak ada kasus yang datang setelah masa pemanasan dalam horizon',
    () => 'no case arrived after the warm-up within the horizon',
  ),
  'fitted-not-a-step': texts<{ step: string }>(
    (p) => `durasi hasil fit menyebut '${p.step}', yang bukan langkah SOP ini`,
    (p) => `the fitted durations name '${p.step}', which is not a step`,
  ),
  'unknown-staff-role': texts<{ role: string; roles: string }>(
    (p) => `tidak ada langkah SOP dalam skenario yang dilaksanakan oleh '${p.role}' (peran yang ada: ${p.roles})`,
    (p) => `no step of the scenario's SOPs is performed by '${p.role}' (roles: ${p.roles})`,
  ),
  'dates-reversed': texts<{ from: string; to: string }>(
    (p) => `${p.from}..${p.to} berakhir sebelum dimulai`,
    (p) => `${p.from}..${p.to} ends before it starts`,
  ),
  'fit-too-few': texts<{ count: number }>(
    (p) => `fit memerlukan sedikitnya dua kasus dalam log, tersedia ${p.count}`,
    (p) => `a fit needs at least two cases in the log, got ${p.count}`,
  ),
  'fit-same-instant': texts<object>(
    () => 'semua kasus dalam log dimulai pada saat kerja yang sama; laju kedatangan tidak dapat di-fit',
    () => 'every case of the log starts at the same working instant; no arrival rate can be fitted',
  ),
  'official-no-time': texts<object>(
    () => 'seorang pejabat tidak lagi punya waktu kerja untuk menyelesaikan langkahnya',
    () => 'an official has no working time left to finish a step',
  ),
} as const satisfies Record<string, MessageTexts<never>>;

/** A key of {@link SIMULATION_MESSAGES}. */
export type SimulationMessage = keyof typeof SIMULATION_MESSAGES;

/**
 * A simulation problem worded in both languages, for `new SimulationError(detail, context)`.
 *
 * @param key - which problem
 * @param params - the values its texts name
 */
export function simulationDetail<K extends SimulationMessage>(key: K, params: ParamsOf<(typeof SIMULATION_MESSAGES)[K]>): BilingualDetail {
  const t = SIMULATION_MESSAGES[key] as unknown as MessageTexts<typeof params>;
  return { detail: t.en(params), detailId: t.id(params) };
}

/**
 * Why a row of a case log could not be used, keyed `code` or `code.variant`; `LogProblemCode`
 * is the part before the dot.
 */
export const LOG_PROBLEM_MESSAGES = {
  'missing-field': texts<{ field: string }>(
    (p) => `${column(p.field, 'id')} tidak diisi (kolom '${p.field}')`,
    (p) => `missing ${column(p.field, 'en')} (column '${p.field}')`,
  ),
  'missing-field.short-row': texts<{ found: number; width: number; lacking: string }>(
    (p) => `baris ini berisi ${p.found} dari ${p.width} kolom; tidak ada ${p.lacking}`,
    (p) => `the row has ${p.found} of ${p.width} columns; missing ${p.lacking}`,
  ),
  'bad-timestamp': texts<{ input: string }>(
    (p) => `waktu "${p.input}" tidak dapat dibaca (tulis ISO 8601, mis. 2026-01-05T07:30:00+07:00)`,
    (p) => `cannot read the time "${p.input}" (write ISO 8601, e.g. 2026-01-05T07:30:00+07:00)`,
  ),
  'unknown-role': texts<BilingualDetail>(
    (p) => p.detailId,
    (p) => p.detail,
  ),
  'bad-decision': texts<{ input: string }>(
    (p) => `keputusan "${p.input}" tidak dapat dibaca (setuju, tidak setuju atau kosong)`,
    (p) => `cannot read the decision "${p.input}" (setuju, tidak setuju or empty)`,
  ),
  'start-after-completion': texts<object>(
    () => 'started_at lebih akhir dari completed_at',
    () => 'started_at is later than completed_at',
  ),
  'malformed-row': texts<{ field?: string | undefined; issue?: string | undefined }>(
    (p) => `peristiwa tidak sah${p.field ? ` (isian '${p.field}')` : ''}: ${p.issue ?? 'bukan objek'}`,
    (p) => `malformed event${p.field ? ` (field '${p.field}')` : ''}: ${p.issue ?? 'not an object'}`,
  ),
  'malformed-row.rest-unread': texts<BilingualDetail>(
    (p) => `${p.detailId}; sisa berkas tidak dibaca`,
    (p) => `${p.detail}; the rest of the file was not read`,
  ),
} as const satisfies Readonly<Record<string, MessageTexts<never>>>;

/** A key of {@link LOG_PROBLEM_MESSAGES}. */
export type LogProblemMessage = keyof typeof LOG_PROBLEM_MESSAGES;

/** Why a log row could not be used, derived from {@link LOG_PROBLEM_MESSAGES}. */
export type LogProblemCode = ReasonOf<LogProblemMessage>;

/** The codes of {@link LOG_PROBLEM_MESSAGES}, in catalogue order (for `z.enum`). */
export const LOG_PROBLEM_CODES = uniqueReasons(Object.keys(LOG_PROBLEM_MESSAGES)) as readonly LogProblemCode[] as readonly [LogProblemCode, ...LogProblemCode[]];

function uniqueReasons(keys: readonly string[]): string[] {
  return [...new Set(keys.map((k) => k.split('.')[0]!))];
}

// --- conformance deviations -------------------------------------------------------------------

/** What a deviation message names. */
export interface DeviationParams {
  /** The step's document number (`3`) or, for an unknown step, what the log wrote. */
  readonly label: string;
  /** The step's performers by name (`Kepala Bidang`). */
  readonly who: string;
  readonly expected?: string;
  readonly actual?: string;
  /** Over budget: the budget as the SOP writes it (`15 Menit`). */
  readonly budget?: string;
  /** Over budget: the excess in working minutes. */
  readonly minutes?: number;
  /** Another step's label (the step the log jumped to, the rework target …). */
  readonly other?: string;
}

/**
 * Working minutes as a message shows them: whole minutes, or one decimal below 10 (comma in
 * Bahasa Indonesia).
 *
 * @param m - working minutes
 * @param locale - the message's locale
 */
export function formatMinutes(m: number, locale: Locale): string {
  const v = m >= 10 ? Math.round(m) : Math.round(m * 10) / 10;
  const s = String(v);
  return locale === 'id' ? s.replace('.', ',') : s;
}

/**
 * How a case deviates from its SOP, keyed `kind` or `kind.variant` (`missing-decision.forward`:
 * the refusal of the unlogged decision, as `FlowNode.refusal` names it); `DeviationKind` is the part
 * before the dot.
 */
export const DEVIATION_MESSAGES = {
  'skipped-step': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) dilewati: log mencatat langkah ${p.other} tanpa langkah ${p.label}`,
    (p) => `Step ${p.label} (${p.who}) was skipped: the log records step ${p.other} without step ${p.label}`,
  ),
  'out-of-order': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) dicatat tidak berurutan: kasus sedang berada di langkah ${p.other}`,
    (p) => `Step ${p.label} (${p.who}) was recorded out of order: the case was at step ${p.other}`,
  ),
  'inserted-step': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) dicatat di tempat yang tidak diizinkan SOP: kasus sedang berada di langkah ${p.other}`,
    (p) => `Step ${p.label} (${p.who}) was recorded where the SOP does not allow it: the case was at step ${p.other}`,
  ),
  'unknown-step': texts<DeviationParams>(
    (p) => `Langkah "${p.label}" tidak ada dalam SOP`,
    (p) => `Step "${p.label}" is not in the SOP`,
  ),
  'after-end': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) dicatat setelah kasus berakhir (${p.other})`,
    (p) => `Step ${p.label} (${p.who}) was recorded after the case had ended (${p.other})`,
  ),
  'incomplete-case': texts<DeviationParams>(
    (p) => `Kasus berhenti di langkah ${p.label} (${p.who}) dan tidak selesai`,
    (p) => `The case stopped at step ${p.label} (${p.who}) and did not finish`,
  ),
  'wrong-performer': texts<DeviationParams>(
    (p) => `Langkah ${p.label} dilaksanakan oleh ${p.actual}, seharusnya oleh ${p.who}`,
    (p) => `Step ${p.label} was performed by ${p.actual}; the SOP assigns it to ${p.who}`,
  ),
  'acting-without-role': texts<DeviationParams>(
    (p) => `Langkah ${p.label} dilaksanakan oleh ${p.actual} tanpa peran sendiri yang tercatat`,
    (p) => `Step ${p.label} was performed by ${p.actual} with no own role recorded`,
  ),
  'missing-decision': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) adalah keputusan, tetapi log tidak mencatat setuju atau tidak setuju (dianggap setuju)`,
    (p) => `Step ${p.label} (${p.who}) is a decision, but the log records neither setuju nor tidak setuju (taken as setuju)`,
  ),
  'missing-decision.rework': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) mengembalikan kasus ke langkah ${p.other} tanpa keputusan tidak setuju yang tercatat`,
    (p) => `Step ${p.label} (${p.who}) sent the case back to step ${p.other} without a recorded tidak setuju`,
  ),
  'missing-decision.forward': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) meneruskan kasus ke langkah ${p.other} sebagai penolakan (jalur yang berakhir ditolak) tanpa keputusan tidak setuju yang tercatat`,
    (p) => `Step ${p.label} (${p.who}) sent the case on to step ${p.other} as a refusal (the path that ends ditolak) without a recorded tidak setuju`,
  ),
  'missing-decision.end': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) mengakhiri kasus sebagai ditolak tanpa keputusan tidak setuju yang tercatat`,
    (p) => `Step ${p.label} (${p.who}) ended the case as ditolak without a recorded tidak setuju`,
  ),
  'contradicted-decision': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) tercatat "${p.actual}", tetapi kasus berlanjut seperti setelah ${p.expected} (ke langkah ${p.other})`,
    (p) => `Step ${p.label} (${p.who}) is logged as "${p.actual}", but the case went on as after ${p.expected} (to step ${p.other})`,
  ),
  'unexpected-decision': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) bukan keputusan, tetapi log mencatat "${p.actual}"`,
    (p) => `Step ${p.label} (${p.who}) is not a decision, but the log records "${p.actual}"`,
  ),
  'over-budget': texts<DeviationParams>(
    (p) => `Langkah ${p.label} (${p.who}) melebihi mutu baku ${p.budget} sebesar ${formatMinutes(p.minutes ?? 0, 'id')} menit kerja`,
    (p) => `Step ${p.label} (${p.who}) exceeded its standard time of ${p.budget} by ${formatMinutes(p.minutes ?? 0, 'en')} working minutes`,
  ),
} as const satisfies Readonly<Record<string, MessageTexts<DeviationParams>>>;

/** A key of {@link DEVIATION_MESSAGES}: a kind, or a kind and its variant. */
export type DeviationMessage = keyof typeof DEVIATION_MESSAGES;

/** How a case deviates from its SOP, derived from {@link DEVIATION_MESSAGES} (the part of a key before the dot). */
export type DeviationKind = ReasonOf<DeviationMessage>;

/** The kinds of {@link DEVIATION_MESSAGES}, in catalogue order (for `z.enum`). */
export const DEVIATION_KINDS = uniqueReasons(Object.keys(DEVIATION_MESSAGES)) as readonly DeviationKind[] as readonly [DeviationKind, ...DeviationKind[]];

/** Where a refusal happened: the SOP, the step the case was at, the event's field at fault. */
export interface RefusalPlace {
  readonly sopId: string;
  readonly stepId?: string | undefined;
  readonly field?: string | undefined;
}

/**
 * Words a refusal of a refusal catalogue ({@link REFUSAL_MESSAGES}, {@link STORE_REFUSAL_MESSAGES}):
 * its reason (the key before the dot) and its message in both languages, each prefixed with
 * where it happened (`SOP '…', langkah '…', isian '…': peristiwa ditolak: …`).
 *
 * @param catalogue - the refusal catalogue
 * @param key - the refusal's key
 * @param place - the SOP, step and field
 * @param params - the parameters of the key's texts
 */
export function wordRefusal<C extends Readonly<Record<string, MessageTexts<never>>>, K extends keyof C & string>(
  catalogue: C,
  key: K,
  place: RefusalPlace,
  params: ParamsOf<C[K]>,
): { readonly reason: ReasonOf<K>; readonly message: string; readonly pesan: string } {
  const t = catalogue[key] as unknown as MessageTexts<ParamsOf<C[K]>>;
  const where = { sopId: place.sopId, stepId: place.stepId, field: place.field };
  return {
    reason: key.split('.')[0] as ReasonOf<K>,
    message: formatMessage('EVENT_REFUSED', { ...where, detail: t.en(params) }, 'en'),
    pesan: formatMessage('EVENT_REFUSED', { ...where, detail: t.id(params) }, 'id'),
  };
}
