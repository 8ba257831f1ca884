#!/usr/bin/env node
/**
 * The `sop-ap` command: `sop-ap <command> [options]`. Built to `dist/cli.js` (the package's
 * bin); run from source with `npx tsx src/cli/main.ts`.
 *
 * @packageDocumentation
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locale } from 'sop-ap';
import { closest } from '../util/closest.js';
import { cliError, reportError } from './args.js';
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
  case: () => import('./commands/case.js'),
  worklist: () => import('./commands/worklist.js'),
  due: () => import('./commands/due.js'),
  delegation: () => import('./commands/delegation.js'),
  validate: () => import('./commands/validate.js'),
  export: () => import('./commands/export.js'),
  capacity: () => import('./commands/capacity.js'),
  monev: () => import('./commands/monev.js'),
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
    '  -h, --help        tampilkan bantuan (juga: sop-ap <perintah> --help)',
    '  -v, --version     tampilkan versi',
    '  --lang id|en      bahasa pesan galat (bawaan: id, atau variabel lingkungan SOP_AP_LANG)',
    '',
    'Kode keluar: 0 berhasil, 1 pemeriksaan menemukan masalah, 2 argumen/berkas salah atau galat lain',
    '(satu baris di stderr, diakhiri kodenya). Saluran keluaran yang ditutup (mis. | head) bukan galat:',
    'keluaran berhenti tanpa pesan dan kode keluarnya tetap kode perintah itu.',
    '',
  ].join('\n');
}

/** The locale a `--lang` value or `SOP_AP_LANG` names (`en`, `en_US.UTF-8` → `'en'`), if any. */
export function localeOf(value: string | undefined): Locale | undefined {
  const m = /^(id|en)(?:[-_.]|$)/i.exec(value ?? '');
  return m === null ? undefined : (m[1]!.toLowerCase() as Locale);
}

/** Takes `--lang X` / `--lang=X` out of the arguments (before any `--`). */
function takeLang(argv: readonly string[], io: CommandIO): { argv: string[]; io: CommandIO } | { exit: number } {
  const rest: string[] = [];
  let lang = io.lang;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      rest.push(a);
      continue;
    }
    const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
    if (value === undefined || value === '') return { exit: cliError(undefined, io, 'CLI_MISSING_VALUE', { option: '--lang' }, true) };
    lang = localeOf(value);
    if (lang === undefined) return { exit: cliError(undefined, io, 'CLI_INVALID_VALUE', { option: '--lang', input: value, choices: 'id, en' }, true) };
  }
  return { argv: rest, io: { ...io, lang } };
}

/**
 * Runs `sop-ap` with the given arguments. Nothing escapes it: any error, expected or not, is
 * one line on stderr and exit 2.
 *
 * @param argv - the arguments after `sop-ap`, e.g. `['lead-time', 'pendaftaran-narasumber', '--json']`
 * @param io - where to write
 * @returns the exit code: 0 success, 1 a failed check, 2 bad arguments, an unknown SOP, a file problem or any other error
 */
export async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const taken = takeLang(argv, io);
  if ('exit' in taken) return taken.exit;
  const [name, ...rest] = taken.argv;
  try {
    return await dispatchCommand(name, rest, taken.io);
  } catch (e) {
    return reportError(name !== undefined && Object.prototype.hasOwnProperty.call(commands, name) ? name : undefined, taken.io, e);
  }
}

async function dispatchCommand(name: string | undefined, rest: readonly string[], io: CommandIO): Promise<number> {
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
    const names = Object.keys(commands);
    const candidates = closest(name, new Map(names.map((n) => [n, [n]] as const)), 2).join(', ');
    return cliError(undefined, io, 'CLI_UNKNOWN_COMMAND', { input: name, candidates: candidates || undefined, commands: names.join(', ') }, true);
  }
  const { command } = await load();
  return command.run(rest, io);
}

/**
 * The real streams of this process. A closed pipe on stdout or stderr (`sop-ap check … | head`)
 * is not an error: further output is dropped and the exit code stays the command's own. Any
 * other failure to write the output (`> /dev/full`) is one line on stderr and exit 2.
 */
export function processIO(): CommandIO {
  const closed = { stdout: false, stderr: false };
  const stream = (which: 'stdout' | 'stderr') => ({
    write: (s: string) => {
      if (!closed[which]) process[which].write(s);
    },
    isTTY: process[which].isTTY === true,
  });
  const io: CommandIO = { stdout: stream('stdout'), stderr: stream('stderr'), isTTY: process.stdout.isTTY === true, cwd: process.cwd(), lang: localeOf(process.env.SOP_AP_LANG) };
  for (const which of ['stdout', 'stderr'] as const) {
    process[which].on('error', (e: NodeJS.ErrnoException) => {
      closed[which] = true;
      if (e.code === 'EPIPE') return;
      outputFailed = true;
      process.exitCode = EXIT.usage;
      if (which === 'stdout') cliError(undefined, io, 'CLI_OUTPUT_FAILED', { errno: e.code ?? 'EIO' });
    });
  }
  return io;
}

let outputFailed = false;

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
  const io = processIO();
  // A library that throws later, outside the command's call (a timer), still ends in one line.
  const late = (e: unknown) => {
    process.exitCode = reportError(undefined, io, e);
  };
  process.on('uncaughtException', late);
  process.on('unhandledRejection', late);
  void run(process.argv.slice(2), io).then((code) => {
    if (!outputFailed) process.exitCode = code;
  });
}
