/**
 * Argument parsing and error lines shared by the commands: node:util `parseArgs` with `--help`
 * everywhere, and every problem written as ONE line on stderr (Bahasa Indonesia, or English with
 * `--lang en`), ending in its code, with exit code 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatMessage, SopError, type MessageParams, type SopErrorCode } from 'sop-ap';
import { closest } from '../util/closest.js';
import { EXIT, helpText, type Command, type CommandIO, type CommandSpec, type OptionTable, type OptionValues, type SubcommandSpec } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The outcome of {@link parseCommandArgs}: the parsed values, or an exit code to return at once. */
export type ParsedArgs<O extends Options> =
  | { readonly ok: true; readonly values: ReturnType<typeof parseArgs<{ options: O & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true; strict: true }>>['values']; readonly positionals: string[] }
  | { readonly ok: false; readonly exit: number };

/** The parseArgs config of an option table (only the keys parseArgs knows). */
function parseConfig(options: Options | OptionTable): Options {
  const out: Options = {};
  for (const [name, o] of Object.entries(options)) {
    out[name] = { type: o.type, ...(o.short === undefined ? {} : { short: o.short }), ...(o.multiple === undefined ? {} : { multiple: o.multiple }) };
  }
  out.help = { type: 'boolean', short: 'h' };
  return out;
}

/**
 * Parses a command's arguments. `--help`/`-h` prints the command's help and returns exit 0; an
 * unknown option (with the closest known one), a missing value or a bad positional count
 * prints one line to stderr and returns exit 2.
 *
 * @param command - the command (for its help text)
 * @param args - the arguments after the command name
 * @param options - the parseArgs options or the command's option table (without `help`, which is added)
 * @param io - where to write
 * @param positionals - how many positional arguments are allowed: `[min, max]`
 */
export function parseCommandArgs<O extends Options>(
  command: Command,
  args: readonly string[],
  options: O,
  io: CommandIO,
  positionals: readonly [number, number] = [0, 0],
): ParsedArgs<O> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: parseConfig(options), allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, exit: argsProblem(command, io, e, options) };
  }
  if (parsed.values.help === true) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return { ok: false, exit: EXIT.ok };
  }
  const [min, max] = positionals;
  if (parsed.positionals.length < min) {
    return { ok: false, exit: cliError(command, io, 'CLI_MISSING_ARGUMENT', { min, command: command.name, usage: command.usage ?? '' }, true) };
  }
  if (parsed.positionals.length > max) {
    return { ok: false, exit: cliError(command, io, 'CLI_UNEXPECTED_ARGUMENT', { input: parsed.positionals.slice(max).join(' ') }, true) };
  }
  return { ok: true, values: parsed.values as never, positionals: parsed.positionals };
}

/**
 * Parses the arguments of a subcommand with the option table its command declares in
 * `subcommands` (so docs/cli.md lists what the parser reads).
 *
 * @param command - a command with `subcommands`
 * @param name - the subcommand, e.g. `start`
 * @param args - the arguments after the subcommand's name
 */
export function parseSubcommandArgs<N extends string, C extends Command & { readonly subcommands: Readonly<Record<N, SubcommandSpec>> }>(
  command: C,
  name: N,
  args: readonly string[],
  io: CommandIO,
): ParsedArgs<Options> {
  const spec = command.subcommands[name];
  return parseCommandArgs(command, args, parseConfig(spec.options), io, spec.positionals ?? [0, 0]);
}

/** Turns a parseArgs error (`ERR_PARSE_ARGS_*`) into a coded line. */
function argsProblem(command: Command, io: CommandIO, e: unknown, options: Options | OptionTable): number {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message : String(e);
  const longName = (raw: string): string => {
    if (raw.startsWith('--')) return raw;
    const entry = Object.entries(options).find(([, o]) => o.short === raw.slice(1));
    return entry !== undefined ? `--${entry[0]}` : raw;
  };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const names = new Map(['help', 'lang', ...Object.keys(options)].map((n) => [n, [n]] as const));
    const candidates = closest(option.replace(/^-+/, ''), names, 1).map((n) => `--${n}`).join(', ');
    return cliError(command, io, 'CLI_UNKNOWN_OPTION', { option, candidates: candidates || undefined }, true);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = longName(/^Option '(?:-\w, )?(--[^\s']+|-\w)/.exec(message)?.[1] ?? '?');
    if (/does not take an argument/.test(message)) return cliError(command, io, 'CLI_NO_VALUE_TAKEN', { option }, true);
    return cliError(command, io, 'CLI_MISSING_VALUE', { option, dash: /ambiguous/.test(message) ? '-…' : undefined }, true);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return cliError(command, io, 'CLI_UNEXPECTED_ARGUMENT', { input: /'([^']+)'/.exec(message)?.[1] ?? message }, true);
  }
  return cliError(command, io, 'CLI_BAD_ARGUMENTS', { detail: message }, true);
}

/**
 * Defines a command from its option table: `parseArgs` reads the table, `--help` lists it, and
 * `npm run docs:cli` writes it into docs/cli.md. `run` gets the parsed values.
 *
 * @example
 * ```ts
 * export const command = defineCommand({
 *   name: 'list', summary: 'daftar SOP', usage: '[--json]',
 *   options: { json: { type: 'boolean', help: 'keluaran JSON' } },
 *   async run({ values }, io) { io.stdout.write(values.json ? '[]\n' : '-\n'); return EXIT.ok },
 * })
 * ```
 */
export function defineCommand<const O extends OptionTable>(spec: CommandSpec<O>): Command & { readonly options: O } {
  const command: Command & { readonly options: O } = {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    options: spec.options,
    help: helpText(spec),
    async run(args, io) {
      const parsed = parseCommandArgs(command, args, parseConfig(spec.options), io, spec.positionals ?? [0, 0]);
      if (!parsed.ok) return parsed.exit;
      return spec.run.call(command, { values: parsed.values as OptionValues<O>, positionals: parsed.positionals }, io);
    },
  };
  return command;
}

/** Folds a message onto one line. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Writes one coded error line, `sop-ap <command>: <message> [CODE]`, in the language of `io`.
 *
 * @param command - the command (or its name; none for `sop-ap` itself)
 * @param code - a message code of `src/errors/messages.ts`
 * @param params - the message's values
 * @param help - whether to point to `sop-ap <command> --help` (argument problems)
 * @returns {@link EXIT.usage} (2)
 */
export function cliError(command: Command | string | undefined, io: CommandIO, code: SopErrorCode, params: MessageParams, help = false): number {
  return writeLine(command, io, formatMessage(code, params, io.lang ?? 'id'), code, help);
}

function writeLine(command: Command | string | undefined, io: CommandIO, message: string, code: string, help: boolean): number {
  const name = typeof command === 'string' ? command : command?.name;
  const prefix = name === undefined ? 'sop-ap' : `sop-ap ${name}`;
  const pointer = help ? ` (${io.lang === 'en' ? 'see' : 'lihat'}: ${prefix} --help)` : '';
  io.stderr.write(`${prefix}: ${oneLine(message)}${pointer} [${code}]\n`);
  return EXIT.usage;
}

/**
 * Writes `sop-ap <command>: <message> (lihat: sop-ap <command> --help)` as one line. For a
 * message that has a code in `src/errors/messages.ts`, prefer {@link cliError}.
 *
 * @returns {@link EXIT.usage} (2)
 */
export function usageError(command: Command | string, io: CommandIO, message: string): number {
  return writeLine(command, io, message, 'CLI_USAGE', true);
}

/**
 * Reports any error as one line and returns exit 2: a library error (`SopError`) with its own
 * message and code, a system error (`ENOENT`, `ENOSPC` …) in words, anything else as an
 * unexpected error. Never a stack trace (unless `SOP_AP_DEBUG=1`).
 */
export function reportError(command: Command | string | undefined, io: CommandIO, e: unknown): number {
  if (e instanceof SopError) return writeLine(command, io, e.localized(io.lang ?? 'id'), e.code, false);
  const err = e as { code?: unknown; syscall?: unknown; path?: unknown; message?: unknown; name?: unknown; stack?: unknown } | null;
  if (typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code) && typeof err.syscall === 'string') {
    return cliError(command, io, 'CLI_SYSTEM_ERROR', { file: typeof err.path === 'string' ? err.path : undefined, errno: err.code, syscall: err.syscall });
  }
  const name = typeof err?.name === 'string' ? err.name : typeof e;
  const detail = typeof err?.message === 'string' ? err.message : String(e);
  if (process.env.SOP_AP_DEBUG === '1' && typeof err?.stack === 'string') io.stderr.write(`${err.stack}\n`);
  return cliError(command, io, 'CLI_UNEXPECTED', { name, detail });
}
