/**
 * `sop-ap delegation grant|revoke|list`: Plt./Plh. grants in the store.
 */
import { defineCommand, reportError, usageError } from '../args.js';
import { EXIT, type Command, type CommandIO, type OptionValues } from '../command.js';
import { table } from '../format.js';
import { DB_OPTIONS, handleUsage, instantOption, wib, withStore, writeJson } from './store-common.js';

const OPTIONS = {
  user: { type: 'string', value: 'U', help: 'grant: pengguna yang diberi pelimpahan; list: saring menurut pengguna' },
  role: { type: 'string', value: 'R', help: 'grant: peran yang diwakili; list: saring menurut peran' },
  as: { type: 'string', value: 'plt|plh', help: 'grant: Plt. (jabatan kosong) atau Plh. (pejabat berhalangan)' },
  from: { type: 'string', value: 'ISO', help: 'grant: berlaku sejak' },
  to: { type: 'string', value: 'ISO', help: 'grant: berlaku sampai (tidak termasuk)' },
  sk: { type: 'string', value: 'NOMOR', help: 'grant: nomor Surat Keputusan' },
  by: { type: 'string', value: 'U2', help: 'grant/revoke: pengguna yang memberi atau mencabut' },
  at: { type: 'string', value: 'ISO', help: 'revoke: dicabut sejak (bawaan: sekarang)' },
  reason: { type: 'string', value: 'TEKS', help: 'revoke: alasan pencabutan' },
  'active-at': { type: 'string', value: 'ISO', help: 'list: hanya yang aktif pada saat itu' },
  ...DB_OPTIONS,
} as const;

type Sub = (command: Command, v: OptionValues<typeof OPTIONS>, pos: readonly string[], io: CommandIO) => Promise<number>;

const grant: Sub = async (command, v, pos, io) => {
  if (pos.length > 0) return usageError(command, io, `argumen tidak dikenal: ${pos.join(' ')}`);
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

const revoke: Sub = async (command, v, pos, io) => {
  if (pos.length !== 1) return usageError(command, io, 'penggunaan: sop-ap delegation revoke <nomor> --by U');
  const id = Number(pos[0]);
  if (!Number.isInteger(id) || id < 1) return usageError(command, io, `nomor pelimpahan '${pos[0]}' harus bilangan bulat positif`);
  if (v.by === undefined) return usageError(command, io, 'delegation revoke memerlukan --by');
  const at = instantOption(command, 'at', v.at, io);
  return withStore(command, v.db, io, async (store) => {
    const g = await store.revoke(id, { by: v.by!, at, reason: v.reason });
    if (v.json === true) writeJson(io, g);
    else io.stdout.write(`pelimpahan #${g.grantId} dicabut sejak ${wib(g.revokedAt)} oleh ${g.revokedBy}\n`);
    return EXIT.ok;
  });
};

const list: Sub = async (command, v, pos, io) => {
  if (pos.length > 0) return usageError(command, io, `argumen tidak dikenal: ${pos.join(' ')}`);
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
export const command = defineCommand({
  name: 'delegation',
  summary: 'pelimpahan Plt./Plh. berdasarkan SK: beri, cabut, daftar',
  usage: '<grant|revoke|list> … [--db URL|DIR] [--json]',
  description: [
    'Pelimpahan wewenang Plt./Plh. berdasarkan SK: hanya pengguna yang memegang pelimpahan aktif pada',
    'saat peristiwa boleh mengirim peristiwa sebagai Plt./Plh. (case send --plt/--plh).',
    '',
    '  delegation grant --user U --role R --as plt|plh --from ISO --to ISO --sk NOMOR --by U2',
    '  delegation revoke <nomor> --by U [--at ISO] [--reason TEKS]',
    '  delegation list [--user U] [--role R] [--active-at ISO]',
  ],
  options: OPTIONS,
  positionals: [1, 2],
  examples: ['sop-ap delegation grant --user nip-kabid --role kepala-dinas --as plh --from 2026-03-02 --to 2026-03-07 --sk 800/045/2026 --by nip-sekda'],
  async run(parsed, io) {
    const [sub, ...rest] = parsed.positionals;
    const fn = sub !== undefined && Object.prototype.hasOwnProperty.call(SUBS, sub) ? SUBS[sub] : undefined;
    if (fn === undefined) return usageError(this, io, `subperintah '${sub}' tidak dikenal (grant, revoke, list)`);
    try {
      return await handleUsage(() => fn(this, parsed.values, rest, io));
    } catch (e) {
      return reportError(this, io, e);
    }
  },
});
