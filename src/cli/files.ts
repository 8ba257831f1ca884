/**
 * Reading input files and writing output files for the commands: every failure (a missing
 * folder, a folder instead of a file, a full disk, no permission) becomes one coded line on
 * stderr and exit 2, never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { cliError } from './args.js';
import type { Command, CommandIO } from './command.js';
import type { Lookup } from './shared.js';

const errnoOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
};

/**
 * Reads a file named on the command line (relative to the working directory).
 *
 * @param file - the name as the user wrote it (the message repeats it)
 * @param encoding - `'utf8'` for text (the default), `null` for bytes
 */
export async function readInputFile(command: Command, io: CommandIO, file: string): Promise<Lookup<string>>;
export async function readInputFile(command: Command, io: CommandIO, file: string, encoding: null): Promise<Lookup<Buffer>>;
export async function readInputFile(command: Command, io: CommandIO, file: string, encoding: 'utf8' | null = 'utf8'): Promise<Lookup<string | Buffer>> {
  try {
    const path = resolve(io.cwd, file);
    return { ok: true, value: encoding === null ? await readFile(path) : await readFile(path, encoding) };
  } catch (e) {
    return { ok: false, exit: cliError(command, io, 'CLI_FILE_UNREADABLE', { file, errno: errnoOf(e) }) };
  }
}

/**
 * Writes a command's output file (relative to the working directory) and returns its full path.
 * A missing folder, a folder in the file's place, a full disk (`/dev/full`) or no permission is
 * one line and exit 2; nothing is half-reported.
 *
 * @param file - the name as the user wrote it (`-o`)
 * @param content - the text or bytes to write
 */
export async function writeOutputFile(command: Command, io: CommandIO, file: string, content: string | Uint8Array): Promise<Lookup<string>> {
  const path = resolve(io.cwd, file);
  try {
    await writeFile(path, content);
    return { ok: true, value: path };
  } catch (e) {
    const errno = errnoOf(e);
    return { ok: false, exit: cliError(command, io, 'CLI_FILE_UNWRITABLE', { file, errno, dir: errno === 'ENOENT' ? dirname(file) : undefined }) };
  }
}
