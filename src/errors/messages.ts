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
  if (p.file !== undefined) parts.push(l === 'id' ? `berkas '${p.file}'` : `file '${p.file}'`);
  if (p.sopId !== undefined) parts.push(`SOP '${p.sopId}'`);
  if (p.stepId !== undefined) parts.push(l === 'id' ? `langkah '${p.stepId}'` : `step '${p.stepId}'`);
  if (p.field !== undefined) parts.push(l === 'id' ? `isian '${p.field}'` : `field '${p.field}'`);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
};

const catalogue: Record<string, Record<Locale, Template>> = {
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
