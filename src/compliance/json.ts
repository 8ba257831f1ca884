/**
 * The JSON case-log reader.
 */
import { LogError } from '../errors/index.js';
import { normalizeLog, type LogReadOptions, type ParsedLog } from './log.js';

/** The 1-based line on which each element of the top-level array starts. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(c) && c !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/**
 * Reads a JSON case log: an array of objects with the keys `case, step, role, started_at,
 * completed_at, decision` (camelCase `startedAt` / `completedAt` also accepted), or an object
 * with such an array under `events`. Each malformed entry is reported with the line it
 * starts on and the reason; the good entries are kept.
 *
 * @param text - the file's text
 * @param options - zone of offset-less timestamps, role catalogue
 * @returns the events and the problems
 * @throws {@link LogError} when the text is not JSON or holds no array of events
 *
 * @example
 * ```ts
 * readJsonLog('[{"case":"SK-1","step":"1","role":"Kadis","completed_at":"2026-01-05T07:35:00+07:00"}]').events.length // 1
 * ```
 */
export function readJsonLog(text: string, options: LogReadOptions = {}): ParsedLog {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    throw new LogError('json', m, { cause: e, detailId: `bukan JSON yang sah: ${m}` });
  }
  const list = Array.isArray(data) ? data : data !== null && typeof data === 'object' && Array.isArray((data as { events?: unknown }).events) ? (data as { events: unknown[] }).events : undefined;
  if (list === undefined) throw new LogError('json', 'expected an array of events (or an object with an "events" array)', { detailId: 'diharapkan larik peristiwa (atau objek dengan larik "events")' });
  const lines = Array.isArray(data) ? elementLines(text.replace(/^\uFEFF/, '')) : [];
  const rows = list.map((row, i) => {
    const line = lines[i];
    return row !== null && typeof row === 'object' && !Array.isArray(row) && line !== undefined ? { ...(row as object), line } : row;
  });
  return normalizeLog(rows, options, 'json');
}
