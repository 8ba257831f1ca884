// The one way the tests run the `sop-ap` command: in this process through the CLI's own `run`
// with a CommandIO that keeps what is written (`sopAp`), or as a real process from source with
// tsx (`sopApProcess`), where exit codes, signals, pipes and the shell matter.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIO } from '../../src/cli/command.js';
import { run } from '../../src/cli/main.js';

/** The repository's root (where `npm test` runs). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a run of the command gave. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link sopAp} and {@link captureIO}. */
export interface CliOptions {
  /** stderr is a terminal (progress is shown). Default `false`. */
  readonly tty?: boolean;
  /** The working directory the command reads and writes files in. Default: the repository's root. */
  readonly cwd?: string;
}

/** A CommandIO that keeps what the command writes. */
export interface CapturedIO {
  readonly io: CommandIO;
  stdout(): string;
  stderr(): string;
}

/**
 * A CommandIO whose stdout and stderr are kept (stdout is never a terminal).
 *
 * @param opts - whether stderr is a terminal, the working directory
 */
export function captureIO(opts: CliOptions = {}): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: { write: (s) => void out.push(s), isTTY: false },
    stderr: { write: (s) => void err.push(s), isTTY: opts.tty === true },
    isTTY: false,
    cwd: opts.cwd ?? ROOT,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/**
 * Runs `sop-ap …argv` in this process (the CLI's `run`), and gives its exit code and output.
 *
 * @example
 * ```ts
 * const r = await sopAp(['list', '--json'])
 * expect(r.code).toBe(0)
 * ```
 */
export async function sopAp(argv: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const captured = captureIO(opts);
  const code = await run(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** What a `sop-ap` process gave: its exit code (`null` when a signal ended it) and output. */
export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link sopApProcess}. */
export interface ProcessOptions {
  /** The working directory of the process. */
  readonly cwd: string;
  /** Run this bash line instead, with `$SOP_AP` set to the command (for pipes and redirections). */
  readonly shell?: string;
  /** A file descriptor for the process's stdout instead of a pipe (a full disk: `/dev/full`). */
  readonly stdout?: number;
  /** More environment variables. */
  readonly env?: Readonly<Record<string, string>>;
}

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');
const TSCONFIG = join(ROOT, 'tsconfig.json');

/**
 * Runs `sop-ap …argv` as a process, from source with tsx (slow: it compiles the CLI), or a
 * shell line where `$SOP_AP` is the command.
 *
 * @example
 * ```ts
 * const r = await sopApProcess(['render', 'permintaan-narasumber', '-o', 'tidak-ada/x.html'], { cwd: dir })
 * expect(r.code).toBe(2)
 * ```
 */
export function sopApProcess(argv: readonly string[], opts: ProcessOptions): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child =
      opts.shell !== undefined
        ? spawn('bash', ['-c', opts.shell], { cwd: opts.cwd, env: { ...process.env, SOP_AP: `${TSX} --tsconfig ${TSCONFIG} ${MAIN}`, ...opts.env } })
        : spawn(TSX, ['--tsconfig', TSCONFIG, MAIN, ...argv], { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
