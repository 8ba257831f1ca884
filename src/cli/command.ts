/**
 * The contract every `sop-ap` subcommand implements. A command never touches `process`
 * directly: it writes through {@link CommandIO} and returns its exit code, so tests run it
 * in-process and the entry point (`src/cli/main.ts`) wires it to the real streams.
 *
 * A command is written with {@link defineCommand}: its option table is the one source of what
 * `parseArgs` accepts, of the options `--help` lists, and of the CLI reference (docs/cli.md)
 * (`npm run docs:cli`).
 */
import type { Locale } from 'sop-ap';

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
  /** The language of error messages: `--lang`, else `SOP_AP_LANG`, else `'id'`. */
  readonly lang?: Locale | undefined;
}

/** Exit codes shared by every command. */
export const EXIT = Object.freeze({
  /** Success. */
  ok: 0,
  /** The command ran and found a problem (e.g. a failed check). */
  failure: 1,
  /** Bad arguments, an unknown option or SOP, a file that cannot be read or written, any unexpected error. */
  usage: 2,
});

/** One option of a command's table. */
export interface OptionSpec {
  /** `'string'` takes a value (`--start 2026-03-02`), `'boolean'` is a flag (`--json`). */
  readonly type: 'string' | 'boolean';
  /** A one-letter alias (`-o`). */
  readonly short?: string;
  /** Whether the option may be repeated (values collected in an array). */
  readonly multiple?: boolean;
  /** The value's placeholder in the help and docs/cli.md, e.g. `ISO`, `NAMA`, `html|svg`. */
  readonly value?: string;
  /** What the option does, one line in Bahasa Indonesia (with the default, if any). */
  readonly help: string;
}

/** A command's options by long name (without `--`). `--help` and `--lang` are added to every command. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The values `parseArgs` gives for an option table. */
export type OptionValues<O extends OptionTable> = {
  -readonly [K in keyof O]?: O[K]['type'] extends 'boolean'
    ? O[K]['multiple'] extends true
      ? boolean[]
      : boolean
    : O[K]['multiple'] extends true
      ? string[]
      : string;
};

/** One subcommand of `sop-ap`. */
export interface Command {
  /** The word after `sop-ap`, e.g. `lead-time`. */
  readonly name: string;
  /** One line (Bahasa Indonesia) for the command list in `sop-ap --help`. */
  readonly summary: string;
  /** The full help text printed by `sop-ap <name> --help` (usage, options, examples). */
  readonly help: string;
  /** What follows the name in the usage line, e.g. `<id> [--json]`. */
  readonly usage?: string;
  /** The option table (see {@link defineCommand}); the CLI reference (docs/cli.md) is generated from it. */
  readonly options?: OptionTable;
  /**
   * For a command with subcommands (`sop-ap case start …`): each one's usage, summary and option
   * table, parsed with {@link parseSubcommandArgs} and listed in docs/cli.md.
   */
  readonly subcommands?: Readonly<Record<string, SubcommandSpec>>;
  /**
   * Runs the command.
   *
   * @param args - the arguments after the command name
   * @param io - where to write
   * @returns the exit code (see {@link EXIT})
   */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}

/** One subcommand: what follows `sop-ap <command> <name>`, a summary line and its option table. */
export interface SubcommandSpec {
  /** What follows the subcommand's name, e.g. `<sop> --case ID --user U [--at ISO]`. */
  readonly usage: string;
  /** One line in Bahasa Indonesia. */
  readonly summary: string;
  /** The option table its arguments are parsed with. */
  readonly options: OptionTable;
  /** How many positional arguments are allowed: `[min, max]` (default `[0, 0]`). */
  readonly positionals?: readonly [number, number];
}

/** What {@link defineCommand} builds a command from. */
export interface CommandSpec<O extends OptionTable> {
  /** The word after `sop-ap`. */
  readonly name: string;
  /** One line for `sop-ap --help`. */
  readonly summary: string;
  /** What follows the name in the usage line, e.g. `<id> <berkas-log> [opsi]`. */
  readonly usage: string;
  /** The paragraphs between the usage line and the options (lines of Bahasa Indonesia). */
  readonly description?: readonly string[];
  /** The option table. */
  readonly options: O;
  /** How many positional arguments are allowed: `[min, max]` (default `[0, 0]`). */
  readonly positionals?: readonly [number, number];
  /** Lines after the options (input formats, exit codes). */
  readonly notes?: readonly string[];
  /** Example command lines, each starting with `sop-ap`. */
  readonly examples?: readonly string[];
  /**
   * Runs the command once its arguments are parsed (`--help` and argument errors are handled
   * before).
   */
  run(this: Command, parsed: { readonly values: OptionValues<O>; readonly positionals: readonly string[] }, io: CommandIO): Promise<number>;
}

/** The options every command takes besides its own (listed in every help text and docs/cli.md). */
export const COMMON_OPTIONS: OptionTable = Object.freeze({
  lang: { type: 'string', value: 'id|en', help: 'bahasa pesan galat (bawaan: id, atau variabel lingkungan SOP_AP_LANG)' },
  help: { type: 'boolean', short: 'h', help: 'bantuan ini' },
});

/** `-o, --output F` as the help and docs/cli.md write it. */
export function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.value ?? 'NILAI'}` : ''}`;
  return spec.short !== undefined ? `-${spec.short}, ${long}` : long;
}

/** The help text of a command spec: usage, description, options, notes, examples. */
export function helpText(spec: Pick<CommandSpec<OptionTable>, 'name' | 'usage' | 'description' | 'options' | 'notes' | 'examples'>): string {
  const all = Object.entries({ ...spec.options, ...COMMON_OPTIONS });
  const labels = all.map(([name, o]) => optionLabel(name, o));
  const width = Math.max(...labels.map((l) => l.length));
  const out = [`Penggunaan: sop-ap ${spec.name} ${spec.usage}`.trimEnd(), ''];
  if (spec.description !== undefined && spec.description.length > 0) out.push(...spec.description, '');
  out.push('Opsi:', ...all.map(([, o], i) => `  ${labels[i]!.padEnd(width)}  ${o.help}`));
  if (spec.notes !== undefined && spec.notes.length > 0) out.push('', ...spec.notes);
  if (spec.examples !== undefined && spec.examples.length > 0) out.push('', 'Contoh:', ...spec.examples.map((x) => `  ${x}`));
  return `${out.join('\n')}\n`;
}

/**
 * A registry entry: a lazy import of a module that exports `command`. Lazy so that `sop-ap list`
 * does not load the renderers, and so that adding a command is a one-line edit.
 */
export type CommandLoader = () => Promise<{ readonly command: Command }>;
