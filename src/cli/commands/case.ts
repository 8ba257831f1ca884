/**
 * `sop-ap case start|send|show|history|verify|migrate`: durable cases in the store (sop-ap/store).
 */
import type { SendInput, SendResult, SopStore } from 'sop-ap/store';
import { defineCommand, reportError, usageError } from '../args.js';
import { EXIT, type Command, type CommandIO, type OptionValues } from '../command.js';
import { table } from '../format.js';
import { isDefinitionPath, readDefinitionFile } from '../definition-file.js';
import { DB_OPTIONS, handleUsage, instantOption, wib, withStore, writeJson } from './store-common.js';

const DESCRIPTION = [
  'Kasus SOP yang tersimpan (PostgreSQL/PGlite): setiap percobaan dicatat dalam jurnal berantai hash.',
  '',
  '  case start <sop|file.json> --case ID --user U [--role R] [--at ISO]',
  '  case send <case> SELESAI|SETUJU|TIDAK_SETUJU --role R --user U [--plt R | --plh R] [--at ISO]',
  '                    [--expect-version N] [--note TEKS]',
  '  case show <case> [--at ISO]       versi, status, langkah, waktu layanan (serviceTime)',
  '  case history <case>               jurnal: semua percobaan, diterima dan ditolak',
  '  case verify [<case>]              rantai hash + pemutaran ulang',
  '  case migrate <case> --to-revision N [--definition FILE] [--map lama=baru,…] --user U',
  '',
  'Berkas definisi (JSON) didaftarkan ke basis data saat start/migrate; perintah berikutnya memakai id-nya.',
];

const OPTIONS = {
  ...DB_OPTIONS,
  case: { type: 'string', value: 'ID', help: 'start: nomor kasus baru' },
  user: { type: 'string', value: 'U', help: 'pengguna yang terautentikasi (wajib untuk start, send, migrate)' },
  role: { type: 'string', value: 'R', help: 'peran yang dipegang pengguna (wajib untuk send)' },
  plt: { type: 'string', value: 'R', help: 'send: bertindak sebagai Plt. peran R (perlu pelimpahan aktif)' },
  plh: { type: 'string', value: 'R', help: 'send: bertindak sebagai Plh. peran R (perlu pelimpahan aktif)' },
  at: { type: 'string', value: 'ISO', help: 'waktu peristiwa (bawaan: sekarang); tanpa zona dibaca dalam WIB' },
  'expect-version': { type: 'string', value: 'N', help: 'send: versi yang terakhir dilihat; bila sudah berubah tidak ada yang ditulis (keluar 1)' },
  note: { type: 'string', value: 'TEKS', help: 'send: catatan pada kunjungan langkah' },
  'to-revision': { type: 'string', value: 'N', help: 'migrate: revisi tujuan' },
  map: { type: 'string', value: 'lama=baru,…', help: 'migrate: pemetaan langkah yang berganti id' },
  definition: { type: 'string', value: 'FILE', help: 'migrate: berkas definisi (JSON) revisi tujuan, didaftarkan lebih dulu' },
} as const;

type Values = OptionValues<typeof OPTIONS>;
type Sub = (command: Command, v: Values, pos: readonly string[], io: CommandIO) => Promise<number>;

const need = (command: Command, io: CommandIO, pos: readonly string[], min: number, max: number, usage: string): number | undefined =>
  pos.length < min || pos.length > max ? usageError(command, io, `penggunaan: sop-ap case ${usage}`) : undefined;

const EVENT_TYPES = ['SELESAI', 'SETUJU', 'TIDAK_SETUJU'] as const;

function outcomeLine(r: SendResult): string {
  if (r.outcome === 'accepted') return `diterima: kasus ${r.caseId} versi ${r.version} (jurnal #${r.seq}), kini pada ${r.state}\n`;
  if (r.outcome === 'refused') return `ditolak (${r.refusal.reason}): ${r.refusal.pesan} [jurnal #${r.seq}, versi tetap ${r.version}]\n`;
  return `versi bentrok (VERSION_CONFLICT): diharapkan versi ${r.expectedVersion}, kasus kini versi ${r.actualVersion}; tidak ada yang ditulis\n`;
}

const start: Sub = async (command, v, pos, io) => {
  const bad = need(command, io, pos, 1, 1, 'start <sop> --case ID --user U');
  if (bad !== undefined) return bad;
  const p = { positionals: pos };
  if (v.case === undefined || v.user === undefined) return usageError(command, io, 'case start memerlukan --case dan --user');
  const at = instantOption(command, 'at', v.at, io);
  const arg = p.positionals[0]!;
  const file = isDefinitionPath(arg) ? readDefinitionFile(command, arg, io) : undefined;
  if (file !== undefined && !file.ok) return file.exit;
  return withStore(command, v.db, io, async (store) => {
    if (file !== undefined) await store.register(file.value);
    const c = await store.start({ sopId: file === undefined ? arg : file.value.id, caseId: v.case!, user: v.user!, ...(v.role === undefined ? {} : { role: v.role }), ...(at === undefined ? {} : { at }) });
    if (v.json === true) writeJson(io, { caseId: c.caseId, sopId: c.sopId, revision: c.revision, version: c.version, state: c.state, status: c.status });
    else io.stdout.write(`kasus ${c.caseId} dimulai: ${c.sopId} revisi ${c.revision}, versi ${c.version}, langkah ${c.currentStep}\n`);
    return EXIT.ok;
  });
};

const send: Sub = async (command, v, pos, io) => {
  const bad = need(command, io, pos, 2, 2, 'send <case> SELESAI|SETUJU|TIDAK_SETUJU --role R --user U');
  if (bad !== undefined) return bad;
  const [caseId, type] = pos as [string, string];
  if (!(EVENT_TYPES as readonly string[]).includes(type)) return usageError(command, io, `peristiwa '${type}' tidak dikenal (pilihan: ${EVENT_TYPES.join(', ')})`);
  if (v.role === undefined || v.user === undefined) return usageError(command, io, 'case send memerlukan --role dan --user');
  if (v.plt !== undefined && v.plh !== undefined) return usageError(command, io, 'pilih salah satu: --plt atau --plh');
  let expectVersion: number | undefined;
  if (v['expect-version'] !== undefined) {
    expectVersion = Number(v['expect-version']);
    if (!Number.isInteger(expectVersion) || expectVersion < 1) return usageError(command, io, `--expect-version '${v['expect-version']}' harus bilangan bulat positif`);
  }
  const at = instantOption(command, 'at', v.at, io);
  const acting = v.plt !== undefined ? { role: v.plt, as: 'plt' as const } : v.plh !== undefined ? { role: v.plh, as: 'plh' as const } : undefined;
  const input: SendInput = {
    type: type as SendInput['type'],
    user: v.user,
    role: v.role,
    ...(acting === undefined ? {} : { actingAs: acting }),
    ...(at === undefined ? {} : { at }),
    ...(expectVersion === undefined ? {} : { expectVersion }),
    ...(v.note === undefined ? {} : { note: v.note }),
  };
  return withStore(command, v.db, io, async (store) => {
    const r = await store.send(caseId, input);
    if (v.json === true) writeJson(io, r);
    else io.stdout.write(outcomeLine(r));
    return r.outcome === 'accepted' ? EXIT.ok : EXIT.failure;
  });
};

const show: Sub = async (command, v, pos, io) => {
  const bad = need(command, io, pos, 1, 1, 'show <case>');
  if (bad !== undefined) return bad;
  const p = { values: v, positionals: pos };
  const at = instantOption(command, 'at', p.values.at, io);
  return withStore(command, p.values.db, io, async (store) => {
    const c = await store.show(p.positionals[0]!, at === undefined ? {} : { at });
    if (p.values.json === true) {
      const { snapshot, ...rest } = c;
      writeJson(io, { ...rest, visits: snapshot.context.visits });
      return EXIT.ok;
    }
    const cur = c.serviceTime.current;
    io.stdout.write(
      [
        `Kasus ${c.caseId}: ${c.sopId} revisi ${c.revision}, versi ${c.version}`,
        `Status: ${c.status}, keadaan: ${c.state}`,
        cur === undefined ? 'Tidak ada langkah berjalan.' : `Langkah ${cur.label} (${cur.stepId}): ${cur.elapsedMinutes.toFixed(1)} dari ${cur.budgetMinutes} menit kerja (${cur.percent.toFixed(0)} %, ${cur.level})`,
        `Peringatan (75 %): ${wib(c.warningAt)}   Lewat batas (100 %): ${wib(c.breachAt)}`,
        `Waktu layanan total: ${c.serviceTime.totalMinutes.toFixed(1)} menit kerja, pengerjaan ulang: ${c.serviceTime.reworks}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  });
};

const history: Sub = async (command, v, pos, io) => {
  const bad = need(command, io, pos, 1, 1, 'history <case>');
  if (bad !== undefined) return bad;
  const p = { values: v, positionals: pos };
  return withStore(command, p.values.db, io, async (store) => {
    const rows = await store.history(p.positionals[0]!);
    if (p.values.json === true) {
      writeJson(io, rows);
      return EXIT.ok;
    }
    const acting = (r: (typeof rows)[number]) => (r.actingRole === null ? '' : `${r.actingKind === 'plt' ? 'Plt.' : 'Plh.'} ${r.actingRole}`);
    const body = rows.map((r) => [String(r.seq), wib(r.at), r.kind, r.eventType ?? '', r.stepId ?? '', r.userId, r.role ?? '', acting(r), r.outcome === 'accepted' ? `v${r.version}` : `ditolak ${r.reason}`]);
    io.stdout.write(table(['#', 'Waktu', 'Jenis', 'Peristiwa', 'Langkah', 'Pengguna', 'Peran', 'Sebagai', 'Hasil'], body, ['right']));
    return EXIT.ok;
  });
};

const verify: Sub = async (command, v, pos, io) => {
  const bad = need(command, io, pos, 0, 1, 'verify [<case>]');
  if (bad !== undefined) return bad;
  const p = { values: v, positionals: pos };
  return withStore(command, p.values.db, io, async (store) => {
    const r = await store.verify(p.positionals[0]);
    if (p.values.json === true) writeJson(io, r);
    else if (r.ok) io.stdout.write(`utuh: ${r.cases} kasus, ${r.entries} baris jurnal diperiksa dan diputar ulang\n`);
    else io.stdout.write(`TIDAK UTUH: kasus ${r.problem!.caseId}, baris jurnal #${r.problem!.seq ?? '-'}: ${r.problem!.problem}\n`);
    return r.ok ? EXIT.ok : EXIT.failure;
  });
};

function parseMap(text: string | undefined): Record<string, string> | undefined {
  const map: Record<string, string> = {};
  if (text === undefined || text.trim() === '') return map;
  for (const pair of text.split(',')) {
    const [from, to, ...rest] = pair.split('=').map((s) => s.trim());
    if (!from || !to || rest.length > 0) return undefined;
    map[from] = to;
  }
  return map;
}

const migrate: Sub = async (command, v, pos, io) => {
  const bad = need(command, io, pos, 1, 1, 'migrate <case> --to-revision N --user U');
  if (bad !== undefined) return bad;
  const p = { positionals: pos };
  const to = Number(v['to-revision']);
  if (v['to-revision'] === undefined || !Number.isInteger(to) || to < 0) return usageError(command, io, '--to-revision N wajib, bilangan bulat');
  if (v.user === undefined) return usageError(command, io, 'case migrate memerlukan --user');
  const stepMap = parseMap(v.map);
  if (stepMap === undefined) return usageError(command, io, `--map '${v.map}' harus berbentuk lama=baru,lama2=baru2`);
  const at = instantOption(command, 'at', v.at, io);
  const file = v.definition === undefined ? undefined : readDefinitionFile(command, v.definition, io);
  if (file !== undefined && !file.ok) return file.exit;
  if (file !== undefined && file.value.revision !== to) return usageError(command, io, `--definition ${v.definition} adalah revisi ${file.value.revision}, bukan --to-revision ${to}`);
  return withStore(command, v.db, io, async (store: SopStore) => {
    if (file !== undefined) await store.register(file.value);
    const r = await store.migrate(p.positionals[0]!, { toRevision: to, stepMap, user: v.user!, ...(at === undefined ? {} : { at }) });
    if (v.json === true) writeJson(io, r);
    else io.stdout.write(outcomeLine(r));
    return r.outcome === 'accepted' ? EXIT.ok : EXIT.failure;
  });
};

const SUBS: Readonly<Record<string, Sub>> = { start, send, show, history, verify, migrate };

/** `sop-ap case`. */
export const command = defineCommand({
  name: 'case',
  summary: 'kasus tersimpan: mulai, kirim peristiwa, lihat, riwayat, verifikasi, migrasi revisi',
  usage: '<start|send|show|history|verify|migrate> … [--db URL|DIR] [--json]',
  description: DESCRIPTION,
  options: OPTIONS,
  positionals: [1, 3],
  notes: ['case send keluar 0: diterima; 1: ditolak atau versi bentrok (JSON memuat kodenya); 2: masukan salah.', 'case verify keluar 1 bila ada selisih, menyebut kasus dan nomor baris jurnal.'],
  examples: ['sop-ap case start pendaftaran-narasumber --case NS-2026-014 --user nip-1970', 'sop-ap case send NS-2026-014 SELESAI --role pemohon --user nip-1970 --expect-version 1'],
  async run(parsed, io) {
    const [sub, ...rest] = parsed.positionals;
    const fn = sub !== undefined && Object.prototype.hasOwnProperty.call(SUBS, sub) ? SUBS[sub] : undefined;
    if (fn === undefined) return usageError(this, io, `subperintah '${sub}' tidak dikenal (start, send, show, history, verify, migrate)`);
    try {
      return await handleUsage(() => fn(this, parsed.values, rest, io));
    } catch (e) {
      return reportError(this, io, e);
    }
  },
});
