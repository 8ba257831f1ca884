/**
 * What the store commands (`case`, `worklist`, `due`, `delegation`) share: `--db`, opening the
 * store with the catalogue registered, reading instants, and turning errors into one line.
 */
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { kalbarCalendar, parseInstant, SopError } from 'sop-ap';
import { catalogue } from 'sop-ap/machines';
import { defaultDatabase, isServerUrl, MEMORY, openStore, type SopStore } from 'sop-ap/store';
import { reportError, usageError } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';

/** The options every store command takes: `--db` and `--json`. */
export const DB_OPTIONS = {
  db: { type: 'string', value: 'URL|DIR', help: 'postgres://… (server PostgreSQL), memory://, atau direktori PGlite; bawaan: $SOP_AP_DB, jika kosong ./.sop-ap/db' },
  json: { type: 'boolean', help: 'keluaran JSON' },
} as const;

/** The database address: `--db`, else `SOP_AP_DB`, else `./.sop-ap/db`, a directory resolved against the working directory. */
export function databaseOf(db: string | undefined, io: CommandIO): string {
  const address = db ?? defaultDatabase();
  return isServerUrl(address) || address === MEMORY ? address : resolve(io.cwd, address);
}

/**
 * Opens the store at `--db` with every catalogue SOP registered (idempotent), runs `fn`, and
 * closes the store. A library error (bad input, unknown case …) is rethrown for the command's
 * `reportError`; any other failure (the database cannot be reached) is exit 2 with one line.
 */
export async function withStore(command: Command, db: string | undefined, io: CommandIO, fn: (store: SopStore) => Promise<number>): Promise<number> {
  let store: SopStore | undefined;
  try {
    store = await openStore({ db: databaseOf(db, io), definitions: Object.values(catalogue), maxConnections: 2 });
    return await fn(store);
  } catch (e) {
    if (e instanceof SopError || e instanceof UsageExit) throw e;
    return usageError(command, io, `basis data tidak dapat dipakai: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  } finally {
    await store?.close().catch(() => undefined);
  }
}

/** Thrown by {@link instantOption} after the usage error was written; {@link handleUsage} turns it into the exit code. */
export class UsageExit extends SopError {
  constructor(readonly exit: number) {
    super('CLI_USAGE', { detail: `the error was written; exit ${exit}`, detailId: `galat sudah ditulis; keluar ${exit}` });
  }
}

/**
 * An instant option, by the library's one time rule: ISO 8601 with an offset, or a local time read
 * in WIB (the Kalbar calendar's zone); a date alone is its midnight. Undefined when absent; exit 2
 * when unreadable.
 */
export function instantOption(command: Command, option: string, text: string | undefined, io: CommandIO): number | undefined {
  if (text === undefined) return undefined;
  try {
    return parseInstant(text, { zone: kalbarCalendar.zone, dateOnly: 'midnight' }, { field: `--${option}` }).ms;
  } catch (e) {
    if (e instanceof SopError) throw new UsageExit(reportError(command, io, e));
    throw e;
  }
}

/** Runs a command body; a {@link UsageExit} becomes its exit code. */
export async function handleUsage(fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UsageExit) return e.exit;
    throw e;
  }
}

/** An instant as ISO 8601 in WIB, for human output. */
export function wib(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '-' : DateTime.fromMillis(ms, { zone: kalbarCalendar.zone }).toFormat("yyyy-LL-dd'T'HH:mm:ssZZ");
}

/** Writes a value as JSON. */
export function writeJson(io: CommandIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export { EXIT };
