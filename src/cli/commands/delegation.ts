/**
 * `sop-ap delegation grant|revoke|list`: Plt./Plh. grants in the store.
 */
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT, type Command, type CommandIO } from '../command.js';
import { table } from '../format.js';
import { DB_HELP, DB_OPTION, handleUsage, instantOption, wib, withStore, writeJson } from './store-common.js';

const HELP = [
  'Penggunaan: sop-ap delegation <grant|revoke|list> … [--db URL|DIR] [--json]',
  '',
  'Pelimpahan wewenang Plt./Plh. berdasarkan SK: hanya pengguna yang memegang pelimpahan aktif pada',
  'saat peristiwa boleh mengirim peristiwa sebagai Plt./Plh. (case send --plt/--plh).',
  '',
  '  delegation grant --user U --role R --as plt|plh --from ISO --to ISO --sk NOMOR --by U2',
  '  delegation revoke <nomor> --by U [--at ISO] [--reason TEKS]',
  '  delegation list [--user U] [--role R] [--active-at ISO]',
  '',
  'Opsi:',
  ...DB_HELP,
  '  -h, --help         bantuan ini',
].join('\n');

type Sub = (command: Command, args: readonly string[], io: CommandIO) => Promise<number>;

const grant: Sub = async (command, args, io) => {
  const opts = { ...DB_OPTION, user: { type: 'string' }, role: { type: 'string' }, as: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, sk: { type: 'string' }, by: { type: 'string' }, json: { type: 'boolean' } } as const;
  const p = parseCommandArgs(command, args, opts, io);
  if (!p.ok) return p.exit;
  const v = p.values;
  const missing = (['user', 'role', 'as', 'from', 'to', 'sk', 'by'] as const).filter((k) => v[k] === undefined);
  if (missing.length > 0) return usageError(command, io, `delegation grant memerlukan ${missing.map((k) => `--${k}`).join(', ')}`);
  if (v.as !== 'plt' && v.as !== 'plh') return usageError(command, io, `--as '${v.as}' harus plt atau plh`);
  const from = instantOption(command, 'from', v.from, io)!;
  const to = instantOption(command, 'to', v.to, io)!;
  return withStore(command, v.db, io, async (store) => {
    const g = await store.grant({ user: v.user!, role: v.role!, as: v.as as 'plt' | 'plh', sk: v.sk!, from, to, by: v.by! });
    if (v.json === true) writeJson(io, g);
    else io.stdout.write(`pelimpahan #${g.grantId}: ${g.user} sebagai ${g.as === 'plt' ? 'Plt.' : 'Plh.'} ${g.role}, SK ${g.sk}, ${wib(g.from)} s.d. ${wib(g.to)}\n`);
    return EXIT.ok;
  });
};

const revoke: Sub = async (command, args, io) => {
  const p = parseCommandArgs(command, args, { ...DB_OPTION, by: { type: 'string' }, at: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } }, io, [1, 1]);
  if (!p.ok) return p.exit;
  const v = p.values;
  const id = Number(p.positionals[0]);
  if (!Number.isInteger(id) || id < 1) return usageError(command, io, `nomor pelimpahan '${p.positionals[0]}' harus bilangan bulat positif`);
  if (v.by === undefined) return usageError(command, io, 'delegation revoke memerlukan --by');
  const at = instantOption(command, 'at', v.at, io);
  return withStore(command, v.db, io, async (store) => {
    const g = await store.revoke(id, { by: v.by!, at, reason: v.reason });
    if (v.json === true) writeJson(io, g);
    else io.stdout.write(`pelimpahan #${g.grantId} dicabut sejak ${wib(g.revokedAt)} oleh ${g.revokedBy}\n`);
    return EXIT.ok;
  });
};

const list: Sub = async (command, args, io) => {
  const p = parseCommandArgs(command, args, { ...DB_OPTION, user: { type: 'string' }, role: { type: 'string' }, 'active-at': { type: 'string' }, json: { type: 'boolean' } }, io);
  if (!p.ok) return p.exit;
  const v = p.values;
  const activeAt = instantOption(command, 'active-at', v['active-at'], io);
  return withStore(command, v.db, io, async (store) => {
    const grants = await store.grants({ user: v.user, role: v.role, activeAt });
    if (v.json === true) {
      writeJson(io, grants);
      return EXIT.ok;
    }
    const rows = grants.map((g) => [String(g.grantId), g.user, `${g.as === 'plt' ? 'Plt.' : 'Plh.'} ${g.role}`, g.sk, wib(g.from), wib(g.to), g.grantedBy, g.revokedAt === null ? '' : wib(g.revokedAt)]);
    io.stdout.write(grants.length === 0 ? 'tidak ada pelimpahan\n' : table(['#', 'Pengguna', 'Sebagai', 'SK', 'Dari', 'Sampai', 'Oleh', 'Dicabut'], rows, ['right']));
    return EXIT.ok;
  });
};

const SUBS: Readonly<Record<string, Sub>> = { grant, revoke, list };

/** `sop-ap delegation`. */
export const command: Command = {
  name: 'delegation',
  summary: 'pelimpahan Plt./Plh. berdasarkan SK: beri, cabut, daftar',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === '--help' || sub === '-h') {
      io.stdout.write(`${HELP}\n`);
      return EXIT.ok;
    }
    const fn = sub !== undefined && Object.prototype.hasOwnProperty.call(SUBS, sub) ? SUBS[sub] : undefined;
    if (fn === undefined) return usageError(this, io, sub === undefined ? 'sebutkan subperintah: grant, revoke, list' : `subperintah '${sub}' tidak dikenal (grant, revoke, list)`);
    return handleUsage(() => fn(this, rest, io));
  },
};
