/**
 * The CSV case-log reader, on csv-parse (node-csv): records arrive one by one through
 * `on_record`, so a file of any size is read in a stream and nothing but the current record
 * is held by the parser.
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse as parseStream, type CsvError, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { LogError } from '../errors/index.js';
import { isProblem, logProblem, LogRowReader, type LogEvent, type LogProblem, type LogReadOptions, type LogSink, type ParsedLog, type RowFields } from './log.js';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * The csv-parse options of every reader: RFC 4180 quoting, a byte-order mark dropped, rows of
 * any length (the log reader reports short rows itself), and a quote inside an unquoted field
 * kept as a character (`relax_quotes`: csv-parse's own recovery from that error,
 * `skip_records_with_error`, is quadratic on a field followed by many quotes). Blank lines
 * come through as one empty field, so the reader counts lines itself (csv-parse's per-record
 * `info` costs more than the parse).
 */
function csvOptions(delimiter: string): Options {
  return { delimiter, bom: true, relax_quotes: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] };
}

/** Counts the lines records span: each record's first line, blank lines skipped. */
class LineTracker {
  /** The line the next record starts on. */
  next = 1;

  /** The record's first line, or 0 for a blank line. */
  start(fields: readonly string[]): number {
    const line = this.next;
    let breaks = 0;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      for (let at = f.indexOf('\n'); at !== -1; at = f.indexOf('\n', at + 1)) breaks++;
    }
    this.next += 1 + breaks;
    return fields.length === 1 && fields[0] === '' ? 0 : line;
  }
}

/** A csv-parse error as a LogError; a quote never closed is placed on the line its record starts. */
function csvFailure(e: unknown, lines: LineTracker): LogError {
  const err = e as Partial<CsvError> & { lines?: number };
  const line = err.code === 'CSV_QUOTE_NOT_CLOSED' ? lines.next : typeof err.lines === 'number' ? err.lines : undefined;
  const what = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed' : String(err.message ?? e);
  const apa = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'isian bertanda kutip tidak pernah ditutup' : `CSV tidak sah: ${String(err.message ?? e)}`;
  return new LogError('csv', what, { line, detailId: apa, cause: e });
}

/**
 * Splits CSV text into records (RFC 4180, by csv-parse): fields separated by `delimiter`,
 * optionally in double quotes, a quote inside a quoted field written twice, line breaks
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
  const records: CsvRecord[] = [];
  const lines = new LineTracker();
  const { rows, failure } = parseAll(input, csvOptions(delimiter));
  for (const fields of rows) {
    const line = lines.start(fields);
    if (line > 0) records.push({ line, fields });
  }
  if (failure !== undefined) throw csvFailure(failure, lines);
  return records;
}

/** Parses CSV text whole; at a structural error, the records before it and the error. */
function parseAll(text: string, options: Options): { rows: string[][]; failure: unknown } {
  try {
    return { rows: parseSync(text, options) as string[][], failure: undefined };
  } catch (e) {
    // csv-parse gives up at a structural error: read again to keep the records before it
    const rows: string[][] = [];
    try {
      parseSync(text, { ...options, on_record: (r: string[]) => (rows.push(r), null) });
    } catch {
      // the same error
    }
    return { rows, failure: e };
  }
}

/** The columns of a CSV case log; `started_at`, `decision` and `acting_as` may be absent or empty. */
export const CSV_COLUMNS = ['case', 'step', 'role', 'started_at', 'completed_at', 'decision', 'acting_as'] as const;
const HEADER = CSV_COLUMNS.slice(0, 6).join(',');
const REQUIRED = ['case', 'step', 'role', 'completed_at'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The separator a log's header uses: `;` when its first line has a `;` and no `,`. */
function delimiterOf(firstChunk: string): string {
  const firstLine = firstChunk.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
}

/** Reads the records of a CSV log into rows: the header first, then each row to the sink. */
class CsvLogRows {
  private columns: (Column | undefined)[] | undefined;
  private width = 0;
  private entry = 0;
  private readonly lines = new LineTracker();
  private readonly reader: LogRowReader;

  constructor(
    options: LogReadOptions,
    private readonly sink: LogSink,
  ) {
    this.reader = new LogRowReader(options);
  }

  record(fields: string[]): void {
    const line = this.lines.start(fields);
    if (line === 0) return;
    if (this.columns === undefined) return this.header(fields, line);
    this.entry++;
    const names = this.columns;
    if (fields.length < this.width) {
      const lacking = names.slice(fields.length).filter((n): n is Column => n !== undefined && (REQUIRED as readonly string[]).includes(n));
      if (lacking.length > 0) {
        this.sink.problem(logProblem('missing-field.short-row', { entry: this.entry, line, field: lacking[0]!, caseId: undefined }, { found: fields.length, width: this.width, lacking: lacking.join(', ') }));
        return;
      }
    }
    const row: RowFields = {};
    for (let j = 0; j < names.length; j++) {
      const n = names[j];
      if (n !== undefined) row[n] = fields[j] ?? '';
    }
    const r = this.reader.read(row, this.entry, line);
    if (isProblem(r)) this.sink.problem(r);
    else this.sink.event(r);
  }

  private header(fields: string[], line: number): void {
    const names = fields.map((f) => f.trim().toLowerCase().replace(/[\s-]+/g, '_'));
    const missing = REQUIRED.filter((c) => !names.includes(c));
    if (missing.length > 0) {
      throw new LogError('csv', `the header lacks the column(s) ${missing.join(', ')} (expected ${HEADER})`, {
        line,
        field: missing[0],
        detailId: `kepala tidak memuat kolom ${missing.join(', ')} (yang diharapkan: ${HEADER})`,
      });
    }
    this.columns = names.map((n) => ((CSV_COLUMNS as readonly string[]).includes(n) ? (n as Column) : undefined));
    this.width = names.length;
  }

  /** After the last record: a file without a header is unreadable. */
  end(): void {
    if (this.columns === undefined) throw new LogError('csv', `the file is empty (expected the header ${HEADER})`, { detailId: `berkas kosong (kepala yang diharapkan: ${HEADER})` });
  }

  /** A structural error (a quote never closed): the rows before it stand, the rest is reported as one malformed row. */
  fail(e: unknown): void {
    if (e instanceof LogError) throw e;
    const err = csvFailure(e, this.lines);
    if (this.columns === undefined) throw err;
    this.entry++;
    this.sink.problem(logProblem('malformed-row.rest-unread', { entry: this.entry, line: err.line, field: undefined, caseId: undefined }, { detail: err.localized('en'), detailId: err.localized('id') }));
  }
}

/** Collects a reader's rows into a {@link ParsedLog}. @internal */
export function collect(format: ParsedLog['format']): LogSink & { log: ParsedLog } {
  const events: LogEvent[] = [];
  const problems: LogProblem[] = [];
  return { event: (e) => void events.push(e), problem: (p) => void problems.push(p), log: { format, events, problems } };
}

/**
 * Reads a CSV case log with the header `case,step,role,started_at,completed_at,decision`
 * (any column order, extra columns ignored, `;` accepted as the separator when the header
 * uses it, an optional `acting_as` column for a Plt./Plh.). Each malformed row is reported
 * with its line and reason; the good rows are kept.
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
  const out = collect('csv');
  const rows = new CsvLogRows(options, out);
  const { rows: records, failure } = parseAll(text, csvOptions(delimiterOf(text.slice(0, 4096))));
  for (const fields of records) rows.record(fields);
  if (failure !== undefined) rows.fail(failure);
  rows.end();
  return out.log;
}

/** Options of the streaming readers. */
export interface LogStreamOptions extends LogReadOptions {
  /** Called now and then with the bytes read so far and the file's size (for a progress line). */
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
}

function firstBytes(path: string, n: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a CSV case log from a file into a sink, row by row, in constant memory.
 *
 * @param path - the file
 * @param sink - receives each event and each problem, in file order
 * @param options - zone, role catalogue, progress callback
 * @throws {@link LogError} when the file has no header or the header lacks a required column
 * @internal
 */
export async function streamCsvLog(path: string, sink: LogSink, options: LogStreamOptions = {}): Promise<void> {
  const rows = new CsvLogRows(options, sink);
  const parser = parseStream(csvOptions(delimiterOf(firstBytes(path, 4096))));
  parser.on('data', (fields: string[]) => {
    try {
      rows.record(fields);
    } catch (e) {
      parser.destroy(e as Error);
    }
  });
  const input = createReadStream(path, { highWaterMark: 1 << 16 });
  if (options.onProgress !== undefined) trackProgress(input, statSync(path).size, options.onProgress);
  try {
    await pipeline(input, parser);
  } catch (e) {
    rows.fail(e);
  }
  rows.end();
}

/** Reports a read stream's progress (at most every 1 MiB). @internal */
export function trackProgress(input: NodeJS.ReadableStream & { readonly bytesRead: number }, totalBytes: number, onProgress: (bytesRead: number, totalBytes: number) => void): void {
  let next = 0;
  input.on('data', () => {
    if (input.bytesRead >= next) {
      next = input.bytesRead + (1 << 20);
      onProgress(input.bytesRead, totalBytes);
    }
  });
  input.on('end', () => onProgress(totalBytes, totalBytes));
}

/**
 * Writes events as a CSV case log (the header `case,step,role,started_at,completed_at,decision`),
 * quoting fields where RFC 4180 requires it. Times are written as ISO 8601 in UTC.
 *
 * @param events - the events
 * @returns the CSV text, ending in a newline
 */
export function writeCsvLog(events: readonly LogEvent[]): string {
  const q = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const acting = events.some((e) => e.actingAs !== undefined);
  const lines = [acting ? CSV_COLUMNS.join(',') : HEADER];
  for (const e of events) {
    const cells = [e.case, e.step, e.role, e.startedAt === undefined ? '' : new Date(e.startedAt).toISOString(), new Date(e.completedAt).toISOString(), e.decision ?? ''];
    if (acting) cells.push(e.actingAs === undefined ? '' : `${e.actingAs.as} ${e.actingAs.role}`);
    lines.push(cells.map(q).join(','));
  }
  return `${lines.join('\n')}\n`;
}
