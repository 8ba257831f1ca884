/**
 * Reading a case log in any of the supported formats.
 */
import { LogError } from '../errors/index.js';
import { readCsvLog } from './csv.js';
import { readJsonLog } from './json.js';
import type { LogReadOptions, ParsedLog } from './log.js';
import { readXesLog } from './xes.js';

/** The formats a case log can be read from. */
export const LOG_FORMATS = ['csv', 'json', 'xes'] as const;
/** See {@link LOG_FORMATS}. */
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * Guesses a log's format from its file name (`.csv`, `.json`, `.xes`, `.xml`), else from its
 * first character (`<` XES, `[` or `{` JSON, anything else CSV).
 *
 * @param text - the file's text
 * @param fileName - the file's name, if known
 */
export function detectLogFormat(text: string, fileName?: string): LogFormat {
  const ext = fileName?.toLowerCase().match(/\.([a-z]+)(?:\.gz)?$/)?.[1];
  if (ext === 'csv' || ext === 'json' || ext === 'xes') return ext;
  if (ext === 'xml') return 'xes';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '<') return 'xes';
  if (first === '[' || first === '{') return 'json';
  return 'csv';
}

/**
 * Reads a case log: CSV (`case,step,role,started_at,completed_at,decision`), JSON (an array of
 * such objects) or XES. Malformed rows come back in `problems`, line by line; the good rows in
 * `events`.
 *
 * @param text - the file's text
 * @param options - the format (guessed from `fileName` or the text when absent), zone of offset-less timestamps, role catalogue
 * @returns the events and the problems
 * @throws {@link LogError} when the file cannot be read at all in that format
 *
 * @example
 * ```ts
 * const log = readLog(fs.readFileSync('kasus.csv', 'utf8'), { fileName: 'kasus.csv' })
 * const report = checkConformance(getSop('pembuatan-sk-tim-kerja-bidang-3'), log)
 * ```
 */
export function readLog(text: string, options: LogReadOptions & { readonly format?: LogFormat; readonly fileName?: string } = {}): ParsedLog {
  const format = options.format ?? detectLogFormat(text, options.fileName);
  switch (format) {
    case 'csv':
      return readCsvLog(text, options);
    case 'json':
      return readJsonLog(text, options);
    case 'xes':
      return readXesLog(text, options);
    default:
      throw new LogError(String(format), `unknown log format (expected ${LOG_FORMATS.join(', ')})`, { detailId: `format log tidak dikenal (pilihan: ${LOG_FORMATS.join(', ')})` });
  }
}
