/**
 * A small RFC 4180 CSV reader (quoted fields with commas, doubled quotes and line breaks)
 * and the CSV case-log reader.
 */
import { LogError } from '../errors/index.js';
import { normalizeLogEvent, type LogEvent, type LogProblem, type LogReadOptions, type ParsedLog } from './log.js';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Splits CSV text into records (RFC 4180): fields separated by `delimiter`, optionally in
 * double quotes, a quote inside a quoted field written twice, line breaks (`\n` or `\r\n`)
 * allowed inside quotes. A leading byte-order mark is dropped; blank lines are skipped.
 *
 * @param input - the text
 * @param delimiter - the separator; default `,`
 * @returns the records, each with the line it starts on
 * @throws {@link LogError} when a quoted field is never closed
 *
 * @example
 * ```ts
 * parseCsv('a,"b, c"\n1,"say ""hi"""').map((r) => r.fields) // [['a', 'b, c'], ['1', 'say "hi"']]
 * ```
 */
export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  const s = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let sawAnything = false;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '' || sawAnything) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    sawAnything = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      sawAnything = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      sawAnything = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) throw new LogError('csv', 'a quoted field is never closed', { line: quoteLine, detailId: 'isian bertanda kutip tidak pernah ditutup' });
  if (field !== '' || fields.length > 0 || sawAnything) endRecord();
  return records;
}

/** The columns of a CSV case log; `started_at` and `decision` may be absent or empty. */
export const CSV_COLUMNS = ['case', 'step', 'role', 'started_at', 'completed_at', 'decision'] as const;
const REQUIRED = ['case', 'step', 'role', 'completed_at'] as const;

/**
 * Reads a CSV case log with the header `case,step,role,started_at,completed_at,decision`
 * (any column order, extra columns ignored, `;` accepted as the separator when the header
 * uses it). Each malformed row is reported with its line and reason; the good rows are kept.
 *
 * @param text - the file's text
 * @param options - zone of offset-less timestamps, role catalogue
 * @returns the events and the problems
 * @throws {@link LogError} when the file is empty or the header lacks a required column
 *
 * @example
 * ```ts
 * const log = readCsvLog('case,step,role,started_at,completed_at,decision\nSK-1,1,Kadis,,2026-01-05T07:35:00+07:00,\n')
 * log.events[0].role // 'kepala-dinas'
 * ```
 */
export function readCsvLog(text: string, options: LogReadOptions = {}): ParsedLog {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const records = parseCsv(text, delimiter);
  const head = records[0];
  if (head === undefined) throw new LogError('csv', 'the file is empty (expected the header case,step,role,started_at,completed_at,decision)', { detailId: 'berkas kosong (kepala yang diharapkan: case,step,role,started_at,completed_at,decision)' });
  const names = head.fields.map((f) => f.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new LogError('csv', `the header lacks the column(s) ${missing.join(', ')} (expected ${CSV_COLUMNS.join(',')})`, {
      line: head.line,
      field: missing[0],
      detailId: `kepala tidak memuat kolom ${missing.join(', ')} (yang diharapkan: ${CSV_COLUMNS.join(',')})`,
    });
  }
  const events: LogEvent[] = [];
  const problems: LogProblem[] = [];
  records.slice(1).forEach((rec, i) => {
    const entry = i + 1;
    if (rec.fields.length < names.length) {
      const lacking = names.slice(rec.fields.length).filter((n) => (REQUIRED as readonly string[]).includes(n));
      if (lacking.length > 0) {
        problems.push({
          line: rec.line,
          entry,
          code: 'missing-field',
          field: lacking[0]!,
          message: `the row has ${rec.fields.length} of ${names.length} columns; missing ${lacking.join(', ')}`,
          pesan: `baris ini berisi ${rec.fields.length} dari ${names.length} kolom; tidak ada ${lacking.join(', ')}`,
        });
        return;
      }
    }
    const row: Record<string, string | number> = { line: rec.line };
    names.forEach((n, j) => {
      if ((CSV_COLUMNS as readonly string[]).includes(n)) row[n] = rec.fields[j] ?? '';
    });
    const r = normalizeLogEvent(row, entry, options);
    if (r.ok) events.push(r.event);
    else problems.push(r.problem);
  });
  return { format: 'csv', events, problems };
}

/**
 * Writes events as a CSV case log (the header `case,step,role,started_at,completed_at,decision`),
 * quoting fields where RFC 4180 requires it. Times are written as ISO 8601 in UTC.
 *
 * @param events - the events
 * @returns the CSV text, ending in a newline
 */
export function writeCsvLog(events: readonly LogEvent[]): string {
  const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    lines.push(
      [e.case, e.step, e.role, e.startedAt === undefined ? '' : new Date(e.startedAt).toISOString(), new Date(e.completedAt).toISOString(), e.decision ?? '']
        .map(q)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
