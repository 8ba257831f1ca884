/**
 * Argument parsing shared by the commands: node:util `parseArgs` with `--help` everywhere and
 * exit code 2 with a clear message on anything it cannot read.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, type Command, type CommandIO } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The outcome of {@link parseCommandArgs}: the parsed values, or an exit code to return at once. */
export type ParsedArgs<O extends Options> =
  | { readonly ok: true; readonly values: ReturnType<typeof parseArgs<{ options: O & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true; strict: true }>>['values']; readonly positionals: string[] }
  | { readonly ok: false; readonly exit: number };

/**
 * Parses a command's arguments. `--help`/`-h` prints the command's help and returns exit 0; an
 * unknown option, a missing value or a bad positional count prints the problem and the usage
 * to stderr and returns exit 2.
 *
 * @param command - the command (for its help text)
 * @param args - the arguments after the command name
 * @param options - the parseArgs options (without `help`, which is added)
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
    parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return { ok: false, exit: usageError(command, io, e instanceof Error ? e.message : String(e)) };
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return { ok: false, exit: EXIT.ok };
  }
  const [min, max] = positionals;
  if (parsed.positionals.length < min) {
    return { ok: false, exit: usageError(command, io, `argumen kurang: perlu ${min} argumen`) };
  }
  if (parsed.positionals.length > max) {
    return { ok: false, exit: usageError(command, io, `argumen tidak dikenal: ${parsed.positionals.slice(max).join(' ')}`) };
  }
  return { ok: true, values: parsed.values, positionals: parsed.positionals };
}

/**
 * Writes `sop-ap <command>: <message>` and a pointer to `--help` to stderr.
 *
 * @returns {@link EXIT.usage} (2)
 */
export function usageError(command: Command | string, io: CommandIO, message: string): number {
  const name = typeof command === 'string' ? command : command.name;
  io.stderr.write(`sop-ap ${name}: ${message}\nLihat: sop-ap ${name} --help\n`);
  return EXIT.usage;
}
