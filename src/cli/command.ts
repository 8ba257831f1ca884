/**
 * The contract every `sop-ap` subcommand implements. A command never touches `process`
 * directly: it writes through {@link CommandIO} and returns its exit code, so tests run it
 * in-process and the entry point (`src/cli/main.ts`) wires it to the real streams.
 */

/** A stream a command writes to. */
export interface OutputStream {
  /** Writes text as is (add your own `\n`). */
  write(text: string): void;
  /** Whether the stream is a terminal (progress indicators and colours only then). */
  readonly isTTY: boolean;
}

/** What a command may use of the outside world. */
export interface CommandIO {
  /** Results (tables, JSON). */
  readonly stdout: OutputStream;
  /** Messages, errors and progress. */
  readonly stderr: OutputStream;
  /** Whether stdout is a terminal (same as `stdout.isTTY`). */
  readonly isTTY: boolean;
  /** The working directory, for commands that read or write files. */
  readonly cwd: string;
}

/** Exit codes shared by every command. */
export const EXIT = Object.freeze({
  /** Success. */
  ok: 0,
  /** The command ran and found a problem (e.g. a failed check). */
  failure: 1,
  /** Bad arguments, an unknown option or an unknown SOP id. */
  usage: 2,
});

/** One subcommand of `sop-ap`. */
export interface Command {
  /** The word after `sop-ap`, e.g. `lead-time`. */
  readonly name: string;
  /** One line (Bahasa Indonesia) for the command list in `sop-ap --help`. */
  readonly summary: string;
  /** The full help text printed by `sop-ap <name> --help` (usage, options, examples). */
  readonly help: string;
  /**
   * Runs the command.
   *
   * @param args - the arguments after the command name
   * @param io - where to write
   * @returns the exit code (see {@link EXIT})
   */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}

/**
 * A registry entry: a lazy import of a module that exports `command`. Lazy so that `sop-ap list`
 * does not load the renderers, and so that adding a command is a one-line edit.
 */
export type CommandLoader = () => Promise<{ readonly command: Command }>;
