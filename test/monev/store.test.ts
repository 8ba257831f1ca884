// monev from the case store (`store.caseLog`, `sop-ap monev --db`), on the embedded PGlite and on a
// real PostgreSQL server: the cases of test/fixtures/monev/narsum-2026-s2.csv sent through the store
// give the same hand-computed figures as the log (see test/monev/forward-refusal.test.ts), and the
// cases the store holds that the period or the revision leave out are counted, not measured.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defineSop, readLog, type AnySopDefinition } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { monev, type SopMonev } from 'sop-ap/monev';
import { openStore, type SendInput, type SopStore } from 'sop-ap/store';
import { BACKENDS, openBackend, skipped, suiteTitle, type Backend } from '../store/backends.js';
import { sopAp } from '../support/cli.js';

const narsum = getSop('pendaftaran-narasumber');
const text = readFileSync(fileURLToPath(new URL('../fixtures/monev/narsum-2026-s2.csv', import.meta.url)), 'utf8');
const fromLog = monev([narsum], readLog(text, { fileName: 'narsum-2026-s2.csv' }), { period: '2026-S2' }).units[0]!.sops[0]!;

/** Revision 0 as the store may still hold it: a fixture (the catalogue's steps, an older revision number). */
const revision0 = defineSop({ ...(JSON.parse(JSON.stringify(narsum)) as object), revision: 0 } as never) as AnySopDefinition;

const ROLES = ['pemohon', 'ketua-tim-kerja', 'anggota-tim-kerja', 'ketua-tim-kerja', 'pejabat-level-2'] as const;
const USERS = { pemohon: 'pemohon-1', 'ketua-tim-kerja': 'nip-ketua', 'anggota-tim-kerja': 'nip-anggota', 'pejabat-level-2': 'nip-pejabat' } as const;

/** Sends the log's cases through the store: each row an event by its role at its time. */
async function fill(store: SopStore): Promise<void> {
  const log = readLog(text, { fileName: 'narsum-2026-s2.csv' });
  const started = new Set<string>();
  for (const e of log.events) {
    if (!started.has(e.case)) {
      started.add(e.case);
      await store.start({ sopId: narsum.id, caseId: e.case, user: 'pemohon-1', at: e.startedAt! });
    }
    const role = ROLES[Number(e.step) - 1]!;
    const input: SendInput = { type: e.decision === 'setuju' ? 'SETUJU' : e.decision === 'tidak-setuju' ? 'TIDAK_SETUJU' : 'SELESAI', role, user: USERS[role], at: e.completedAt };
    const r = await store.send(e.case, input);
    if (r.outcome !== 'accepted') throw new Error(`${e.case} step ${e.step}: ${JSON.stringify(r)}`);
  }
  // what the period or the revision leave out: a case of the first half-year, a case on
  // revision 0, and a case started in the period with no step done yet
  await store.start({ sopId: narsum.id, caseId: 'SEBELUM', user: 'pemohon-1', at: '2026-06-30T08:00:00+07:00' });
  await store.send('SEBELUM', { type: 'SELESAI', role: 'pemohon', user: 'pemohon-1', at: '2026-06-30T08:05:00+07:00' });
  await store.start({ sopId: narsum.id, caseId: 'REV-0', user: 'pemohon-1', at: '2026-07-09T08:00:00+07:00', revision: 0 });
  await store.send('REV-0', { type: 'SELESAI', role: 'pemohon', user: 'pemohon-1', at: '2026-07-09T08:05:00+07:00' });
  await store.start({ sopId: narsum.id, caseId: 'BARU', user: 'pemohon-1', at: '2026-09-08T09:00:00+07:00' });
}

/** The figures the log and the store must agree on. */
const figures = (s: SopMonev) => ({ caseIds: s.caseIds, counts: s.counts, leadTime: s.leadTime, decisions: s.decisions, reworks: s.reworks, deviations: s.deviations, workload: s.workload, months: s.months, steps: s.steps });

for (const name of BACKENDS) {
  describe.skipIf(skipped(name))(suiteTitle('monev from the case store', name), () => {
    let backend: Backend;
    let store: SopStore;
    beforeAll(async () => {
      backend = await openBackend(name, [revision0, narsum]);
      store = await backend.open();
      await fill(store);
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      await backend?.close();
    });

    test('caseLog gives the period cases at the revision asked, and counts the others', async () => {
      const log = await store.caseLog({ sopId: narsum.id, revision: 1, startedFrom: '2026-07-01T00:00:00+07:00', startedBefore: '2027-01-01T00:00:00+07:00' });
      expect([log.cases, log.withoutEvents, log.otherRevisions]).toEqual([5, 1, { '0': 1 }]);
      expect(log.events).toHaveLength(24);
      expect(log.events[0]).toEqual({ case: 'P', step: 'input-pendaftaran', role: 'pemohon', resource: 'pemohon-1', startedAt: Date.parse('2026-07-07T08:00:00+07:00'), completedAt: Date.parse('2026-07-07T08:05:00+07:00') });
      expect(log.events.filter((e) => e.case === 'Q').map((e) => [e.step, e.decision ?? '-'])).toEqual([
        ['input-pendaftaran', '-'],
        ['analisa-data', '-'],
        ['verifikasi-profil', '-'],
        ['persetujuan-ketua', 'tidak-setuju'],
        ['kirim-surat-keterangan', '-'],
      ]);
      const all = await store.caseLog({ sopId: narsum.id });
      expect([all.cases, all.withoutEvents, all.otherRevisions]).toEqual([7, 1, {}]);
    });

    test('monev on the store equals monev on the log, figure for figure', async () => {
      const log = await store.caseLog({ sopId: narsum.id, revision: narsum.revision, startedFrom: '2026-07-01T00:00:00+07:00', startedBefore: '2027-01-01T00:00:00+07:00' });
      const s = monev([narsum], { bySop: { [narsum.id]: log.events } }, { period: '2026-S2' }).units[0]!.sops[0]!;
      expect(figures(s)).toEqual(figures(fromLog));
      expect(s.counts).toEqual({ total: 5, ended: 4, selesai: 2, ditolak: 2, berjalan: 1, berjalanOverdue: 0 });
      expect(s.decisions[0]).toMatchObject({ action: 'forward', tidakSetuju: 3, ditolak: 2, ditolakPending: 1, ditolakWithin: 1 });
    });

    // the in-memory PGlite of this suite has no address for --db; the PGlite directory is below
    test.runIf(name === 'postgres')('sop-ap monev --db URL reads the same cases and names what it left out', async () => {
      const db = backend.url!;
      const r = await sopAp(['monev', narsum.id, '--db', db, '--periode', '2026-S2', '--json']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as { source: string; units: { sops: SopMonev[] }[] };
      expect(figures(json.units[0]!.sops[0]!)).toEqual(JSON.parse(JSON.stringify(figures(fromLog))));
      expect(r.stderr).toContain('1 kasus pada revisi 0 (bukan revisi 1) tidak dihitung');
      expect(r.stderr).toContain('1 kasus belum menyelesaikan langkah pertama');
      expect(json.source).toMatch(/^basis data postgres:\/\//);
      expect(json.source).not.toMatch(/:[^/@:]+@/); // no password on the page
    });
  });
}

describe('sop-ap monev --db on an embedded PGlite directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-ap-monev-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the page from the store; bad input is exit 2 with one line', async () => {
    const db = join(dir, 'db');
    const store = await openStore({ db, definitions: [revision0, narsum] });
    try {
      await fill(store);
    } finally {
      await store.close();
    }
    const out = join(dir, 'monev.html');
    const r = await sopAp(['monev', narsum.id, '--db', db, '--periode', '2026-S2', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 +Pendaftaran Narasumber \(Narsum\) +5 +2 +1\/2 +Tidak berjalan dengan baik +perlu ditinjau/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`basis data ${db}`);
    expect(html).toContain('diteruskan ke langkah 5, lalu kasus ditolak');
    for (const bad of [
      ['monev', narsum.id, '--db', db, '--periode', '2026-S3'],
      ['monev', narsum.id, '--db', db, '--format', 'csv'],
      ['monev', 'tidak-ada', '--db', db],
      ['monev', narsum.id],
    ]) {
      const b = await sopAp(bad);
      expect(b.code, bad.join(' ')).toBe(2);
      expect(b.stderr.trim().split('\n'), bad.join(' ')).toHaveLength(1);
      expect(b.stderr).not.toMatch(/\n\s+at /);
    }
  }, 600_000);
});
