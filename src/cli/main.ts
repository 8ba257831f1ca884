#!/usr/bin/env node
/**
 * The `sop-ap` command: `sop-ap <command> [options]`. Built to `dist/cli.js` (the package's
 * bin); run from source with `npx tsx src/cli/main.ts`.
 *
 * @packageDocumentation
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT, type CommandIO, type CommandLoader } from './command.js';

/**
 * The registry of subcommands, in the order `sop-ap --help` lists them. Each entry is a lazy
 * import of a module under `./commands/` that exports `command: Command`.
 * To add a command, add ONE line here.
 */
export const commands: Readonly<Record<string, CommandLoader>> = {
  // --- commands (one line each) ---
  list: () => import('./commands/list.js'),
  'lead-time': () => import('./commands/lead-time.js'),
  simulate: () => import('./commands/simulate.js'),
  report: () => import('./commands/report.js'),
  render: () => import('./commands/render.js'),
  check: () => import('./commands/check.js'),
  // --- end of commands ---
};

const VERSION = '0.1.0';

function mainHelp(summaries: readonly (readonly [string, string])[]): string {
  const width = Math.max(...summaries.map(([n]) => n.length), 8);
  return [
    'sop-ap: SOP AP Dinas Koperasi UKM Provinsi Kalimantan Barat sebagai mesin status yang dapat dijalankan',
    '',
    'Penggunaan: sop-ap <perintah> [opsi]',
    '',
    'Perintah:',
    ...summaries.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`),
    '',
    'Opsi umum:',
    '  -h, --help     tampilkan bantuan (juga: sop-ap <perintah> --help)',
    '  -v, --version  tampilkan versi',
    '',
  ].join('\n');
}

/**
 * Runs `sop-ap` with the given arguments.
 *
 * @param argv - the arguments after `sop-ap`, e.g. `['lead-time', 'pendaftaran-narasumber', '--json']`
 * @param io - where to write
 * @returns the exit code: 0 success, 1 a failed check, 2 bad arguments or an unknown SOP
 */
export async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const summaries: [string, string][] = [];
    for (const [n, load] of Object.entries(commands)) summaries.push([n, (await load()).command.summary]);
    (name === undefined ? io.stderr : io.stdout).write(mainHelp(summaries));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (load === undefined) {
    io.stderr.write(`sop-ap: perintah '${name}' tidak dikenal. Perintah yang ada: ${Object.keys(commands).join(', ')}\nLihat: sop-ap --help\n`);
    return EXIT.usage;
  }
  const { command } = await load();
  return command.run(rest, io);
}

/** The real streams of this process. */
export function processIO(): CommandIO {
  return {
    stdout: { write: (s) => void process.stdout.write(s), isTTY: process.stdout.isTTY === true },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY === true },
    isTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
  };
}

function invokedDirectly(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  run(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`sop-ap: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT.failure;
    },
  );
}
