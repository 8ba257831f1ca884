/**
 * Definition files (JSON) wherever a command takes a catalogue id: read, validated by the same
 * zod schema and graph checks as `defineSop`, errors naming the file, the step and the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSopJson, type AnySopDefinition } from 'sop-ap';
import { cliError, reportError } from './args.js';
import type { Command, CommandIO } from './command.js';

/** The outcome of a lookup: the value, or the exit code after an error was written. */
type Lookup<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly exit: number };

/**
 * Whether a command argument names a definition file rather than a catalogue id: catalogue ids
 * are kebab-case words, so anything with a path separator or ending in `.json` is a file.
 */
export function isDefinitionPath(arg: string): boolean {
  return /[\\/]/.test(arg) || /\.json$/i.test(arg);
}

/** The text of a definition file (relative to the working directory), or exit 2 when it cannot be read. */
export function readDefinitionText(command: Command, file: string, io: CommandIO): Lookup<string> {
  try {
    return { ok: true, value: readFileSync(resolve(io.cwd, file), 'utf8') };
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code;
    return { ok: false, exit: cliError(command, io, 'CLI_FILE_UNREADABLE', { file, errno: typeof errno === 'string' ? errno : 'EIO' }) };
  }
}

/**
 * The SOP of a definition file, or exit 2 with its first problem (file, step, field) and how
 * many more there are; `sop-ap validate` lists them all.
 */
export function readDefinitionFile(command: Command, file: string, io: CommandIO): Lookup<AnySopDefinition> {
  const text = readDefinitionText(command, file, io);
  if (!text.ok) return text;
  try {
    return { ok: true, value: parseSopJson(text.value, { file }) };
  } catch (e) {
    return { ok: false, exit: reportError(command, io, e) };
  }
}
