/**
 * Reading a case log in any of the supported formats.
 */
import { open, readFile } from 'node:fs/promises';
import { LogError } from '../errors/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { readCsvLog, streamCsvLog, type LogStreamOptions } from './csv.js';
import { streamXesLog } from './xes.js';
import { ConformanceChecker, type ConformanceOptions, type ConformanceReport } from './conformance.js';
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

/**
 * Checks a log file against an SOP in a stream: the file is read row by row (CSV with
 * csv-parse, XES with saxes; JSON is read whole) into a {@link ConformanceChecker}, so memory
 * grows with the compact per-event store, not with the file's text. Steps are not kept in
 * the report unless `steps: true`.
 *
 * @param definition - the SOP
 * @param path - the log file
 * @param options - format (else from the file name and its first bytes), calendar, `allowIncomplete`, zone, roles, a progress callback
 * @returns the report, as {@link checkConformance} gives it
 * @throws {@link LogError} when the file cannot be read at all in its format
 *
 * @example
 * ```ts
 * const report = await checkLogFile(getSop('peningkatan-pelayanan-plut'), 'kasus.csv', { onProgress: (n, total) => … })
 * ```
 */
export async function checkLogFile(
  definition: AnySopDefinition,
  path: string,
  options: ConformanceOptions & LogStreamOptions & { readonly format?: LogFormat } = {},
): Promise<ConformanceReport & { readonly format: LogFormat }> {
  const head = await readHead(path);
  const format = options.format ?? detectLogFormat(head, path);
  const checker = new ConformanceChecker(definition, { steps: false, ...options });
  if (format === 'csv') await streamCsvLog(path, checker, options);
  else if (format === 'xes') await streamXesLog(path, checker, options);
  else {
    const log = readJsonLog(await readFile(path, 'utf8'), options);
    for (const e of log.events) checker.event(e);
    for (const p of log.problems) checker.problem(p);
  }
  return { ...checker.report(), format };
}

async function readHead(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}
