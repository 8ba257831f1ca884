// The store suite, run on both backends: the embedded PGlite and a real PostgreSQL server.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SopError } from 'sop-ap';
import { SCHEMA_VERSION, StoreError, type SopStore } from 'sop-ap/store';
import { BACKENDS, openBackend, skipped, suiteTitle, testClock, type Backend, type BackendName } from './backends.js';
// The journal's sealing function, to forge a row as an attacker who knows the scheme would.
import { seal } from '../../src/store/journal.js';
import { at, narsum, narsumRevision1, sk, skAtCorrection, USERS } from './fixtures.js';

const rejectsWith = async (p: Promise<unknown>, code: string) => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SopError);
  expect((e as SopError).code).toBe(code);
  return e as SopError;
};

function suite(name: BackendName): void {
  let backend: Backend;
  let store: SopStore;
  const clock = testClock(at('12:00', '2026-03-02'));

  beforeAll(async () => {
    backend = await openBackend(name, [sk, narsum]);
    store = await backend.open({ clock: clock.now });
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    await backend?.close();
  });

  const journalCount = async (caseId: string) => (await store.history(caseId)).length;

  describe('schema and definitions', () => {
    test('migrations create the five public tables and record the schema version once', async () => {
      const tables = await backend.sql<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE tablename LIKE 'sop\\_%' ORDER BY 1");
      expect(tables.map((r) => r.t)).toEqual(['sop_case', 'sop_definition', 'sop_delegation', 'sop_journal', 'sop_schema']);
      const again = await backend.open();
      await again.close();
      const versions = await backend.sql<{ version: number }>('SELECT version FROM sop_schema ORDER BY version');
      expect(versions.map((v) => v.version)).toEqual([SCHEMA_VERSION]);
    });

    test('a schema newer than the library is refused', async () => {
      await backend.sql("INSERT INTO sop_schema (version, description) VALUES ($1, 'from the future')", [SCHEMA_VERSION + 1]);
      try {
        const e = await rejectsWith(backend.open(), 'SCHEMA_TOO_NEW');
        expect(e.localized('en')).toContain(`version ${SCHEMA_VERSION + 1}`);
      } finally {
        await backend.sql('DELETE FROM sop_schema WHERE version = $1', [SCHEMA_VERSION + 1]);
      }
    });

    test('registering is idempotent by content hash; other content under a registered revision is refused', async () => {
      const again = await store.register(sk);
      expect(again.created).toBe(false);
      const [row] = await backend.sql<{ content_hash: string }>('SELECT content_hash FROM sop_definition WHERE sop_id = $1 AND revision = 0', [sk.id]);
      expect(again.contentHash).toBe(row!.content_hash);
      const changed = { ...JSON.parse(JSON.stringify(sk)), nama: `${sk.nama} (diubah)` };
      const e = await rejectsWith(store.register(changed), 'DEFINITION_CHANGED');
      expect(e.sopId).toBe(sk.id);
    });
  });

  describe('cases and the journal', () => {
    test('start journals row 1 with the user; a taken id, an unknown SOP and an empty user are refused', async () => {
      const c = await store.start({ sopId: sk.id, caseId: 'START-1', user: USERS.kadis.user, at: at('08:00') });
      expect([c.version, c.state, c.status, c.currentRoles]).toEqual([1, 'perintah-buat-surat-tugas', 'berjalan', ['kepala-dinas']]);
      const [first] = await store.history('START-1');
      expect(first).toMatchObject({ seq: 1, kind: 'start', outcome: 'accepted', version: 1, userId: USERS.kadis.user, detail: { sopId: sk.id, revision: 0 } });
      await rejectsWith(store.start({ sopId: sk.id, caseId: 'START-1', user: 'x' }), 'CASE_EXISTS');
      await rejectsWith(store.start({ sopId: 'tidak-ada', caseId: 'START-2', user: 'x' }), 'UNKNOWN_DEFINITION');
      const bad = await rejectsWith(store.start({ sopId: sk.id, caseId: 'START-3', user: '' }), 'STORE_INPUT');
      expect(bad.field).toBe('user');
      await rejectsWith(store.show('START-3'), 'CASE_NOT_FOUND');
    });

    test('an accepted event updates the case and appends one row; a refused one is journaled and changes neither the case nor its version', async () => {
      await store.start({ sopId: sk.id, caseId: 'SEND-1', user: USERS.kadis.user, at: at('08:00') });
      const ok = await store.send('SEND-1', { type: 'SELESAI', ...USERS.kadis, at: at('08:05'), note: 'segera' });
      expect(ok).toMatchObject({ outcome: 'accepted', version: 2, seq: 2, state: 'perintah-kasubbag-tu' });
      const before = await store.show('SEND-1');
      const refused = await store.send('SEND-1', { type: 'SELESAI', ...USERS.sari, at: at('08:06') });
      expect(refused).toMatchObject({ outcome: 'refused', version: 2, seq: 3, refusal: { reason: 'WRONG_ROLE', stepId: 'perintah-kasubbag-tu' } });
      const after = await store.show('SEND-1');
      expect(after.version).toBe(2);
      expect(after.snapshot).toEqual(before.snapshot);
      expect(after.headSeq).toBe(3);
      const rows = await store.history('SEND-1');
      expect(rows.map((r) => [r.seq, r.outcome, r.version, r.reason, r.userId])).toEqual([
        [1, 'accepted', 1, null, USERS.kadis.user],
        [2, 'accepted', 2, null, USERS.kadis.user],
        [3, 'refused', 2, 'WRONG_ROLE', USERS.sari.user],
      ]);
      expect(rows[1]).toMatchObject({ role: 'kepala-dinas', eventType: 'SELESAI', stepId: 'perintah-buat-surat-tugas', note: 'segera', at: Date.parse(at('08:05')) });
      expect(rows[2]!.detail).toMatchObject({ field: 'actor.role' });
    });

    test('a stale expected version writes nothing and answers a coded conflict', async () => {
      await store.start({ sopId: sk.id, caseId: 'OCC-1', user: USERS.kadis.user, at: at('08:00') });
      expect(await store.send('OCC-1', { type: 'SELESAI', ...USERS.kadis, at: at('08:05'), expectVersion: 1 })).toMatchObject({ outcome: 'accepted', version: 2 });
      const stale = await store.send('OCC-1', { type: 'SELESAI', ...USERS.kabid, at: at('08:06'), expectVersion: 1 });
      expect(stale).toEqual({ outcome: 'conflict', caseId: 'OCC-1', reason: 'VERSION_CONFLICT', expectedVersion: 1, actualVersion: 2 });
      expect(await journalCount('OCC-1')).toBe(2);
      expect((await store.show('OCC-1')).state).toBe('perintah-kasubbag-tu');
    });

    test('bad input throws STORE_INPUT naming the field and writes nothing', async () => {
      await store.start({ sopId: sk.id, caseId: 'BAD-1', user: USERS.kadis.user, at: at('08:00') });
      const cases: [unknown, string][] = [
        [{ type: 'SELESAI', role: 'kepala-dinas' }, 'user'],
        [{ type: 'LANJUT', ...USERS.kadis }, 'type'],
        [{ type: 'SELESAI', ...USERS.kadis, at: '2026-02-30T08:05:00+07:00' }, 'at'],
        [{ type: 'SELESAI', ...USERS.kadis, expectVersion: 0 }, 'expectVersion'],
        [{ type: 'SELESAI', ...USERS.kadis, actingAs: { role: 'kepala-dinas', as: 'pj' } }, 'actingAs.as'],
      ];
      for (const [input, field] of cases) {
        const e = await rejectsWith(store.send('BAD-1', input as never), 'STORE_INPUT');
        expect(e.field).toBe(field);
      }
      await rejectsWith(store.send('TIDAK-ADA', { type: 'SELESAI', ...USERS.kadis }), 'CASE_NOT_FOUND');
      expect(await journalCount('BAD-1')).toBe(1);
    });

    test('history and counts by SOP and state', async () => {
      await store.start({ sopId: narsum.id, caseId: 'COUNT-1', user: 'nip-pemohon', at: at('08:00') });
      await store.start({ sopId: narsum.id, caseId: 'COUNT-2', user: 'nip-pemohon', at: at('08:00') });
      const counts = await store.counts();
      const mine = counts.find((c) => c.sopId === narsum.id && c.state === 'terima-surat');
      expect(mine).toMatchObject({ status: 'berjalan' });
      const [{ n }] = (await backend.sql<{ n: number }>("SELECT count(*)::int AS n FROM sop_case WHERE sop_id = $1 AND state = 'terima-surat'", [narsum.id])) as [{ n: number }];
      expect(mine!.count).toBe(n);
      expect(n).toBeGreaterThanOrEqual(2);
    });
  });

  describe('concurrency: two approvals never both land on one step', () => {
    test('row-lock mode: eight approvals at once, one accepted, seven journaled refusals', async () => {
      await skAtCorrection(store, 'RACE-LOCK');
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => store.send('RACE-LOCK', { type: 'SETUJU', user: `nip-kabid-${i}`, role: 'kepala-bidang', at: at('08:40') })));
      expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'refused')).toHaveLength(7);
      const rows = await store.history('RACE-LOCK');
      expect(rows.filter((r) => r.eventType === 'SETUJU' && r.outcome === 'accepted')).toHaveLength(1);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      expect((await store.show('RACE-LOCK')).version).toBe(5);
      expect(await store.verify('RACE-LOCK')).toMatchObject({ ok: true });
    });

    test('optimistic mode: eight approvals expecting the same version, one accepted, seven conflicts that wrote nothing', async () => {
      await skAtCorrection(store, 'RACE-OCC');
      const { version } = await store.show('RACE-OCC');
      const before = await journalCount('RACE-OCC');
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.send('RACE-OCC', { type: 'SETUJU', user: `nip-kabid-${i}`, role: 'kepala-bidang', at: at('08:40'), expectVersion: version })),
      );
      expect(results.filter((r) => r.outcome === 'accepted')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'conflict')).toHaveLength(7);
      expect(await journalCount('RACE-OCC')).toBe(before + 1);
      expect(await store.verify('RACE-OCC')).toMatchObject({ ok: true });
    });
  });

  describe('identity and delegation', () => {
    const plhKadis = { type: 'SELESAI' as const, ...USERS.kabid, actingAs: { role: 'kepala-dinas', as: 'plh' as const } };

    test('acting as Plh. is refused without a grant, accepted inside its dates, refused after them and after revocation', async () => {
      for (const id of ['PLH-1', 'PLH-2', 'PLH-3', 'PLH-4']) await store.start({ sopId: sk.id, caseId: id, user: USERS.kadis.user, at: at('08:00') });
      const none = await store.send('PLH-1', { ...plhKadis, at: at('08:05') });
      expect(none).toMatchObject({ outcome: 'refused', refusal: { reason: 'NO_GRANT', field: 'actingAs' } });
      const g = await store.grant({ user: USERS.kabid.user, role: 'kepala-dinas', as: 'plh', sk: '800/045/DISKOPUKM/2026', from: at('00:00', '2026-03-02'), to: at('00:00', '2026-03-07'), by: 'nip-sekda' });
      const inside = await store.send('PLH-1', { ...plhKadis, at: at('08:06') });
      expect(inside).toMatchObject({ outcome: 'accepted' });
      const row = (await store.history('PLH-1')).at(-1)!;
      expect(row).toMatchObject({ actingRole: 'kepala-dinas', actingKind: 'plh', grantId: g.grantId, userId: USERS.kabid.user });
      expect((await store.show('PLH-1')).snapshot.context.visits[0]!.by).toMatchObject({ id: USERS.kabid.user, actingAs: { role: 'kepala-dinas', as: 'plh' } });
      // acting as Plt. is another grant
      expect(await store.send('PLH-2', { ...plhKadis, actingAs: { role: 'kepala-dinas', as: 'plt' }, at: at('08:06') })).toMatchObject({ refusal: { reason: 'NO_GRANT' } });
      // after the grant's end
      expect(await store.send('PLH-2', { ...plhKadis, at: at('08:00', '2026-03-07') })).toMatchObject({ refusal: { reason: 'NO_GRANT' } });
      // revoked on 4 March: not usable from then on
      clock.set(at('09:00', '2026-03-04'));
      const revoked = await store.revoke(g.grantId, { by: 'nip-sekda', reason: 'Kepala Dinas kembali bertugas' });
      expect(revoked.revokedAt).toBe(Date.parse(at('09:00', '2026-03-04')));
      expect((await store.revoke(g.grantId, { by: 'orang-lain' })).revokedBy).toBe('nip-sekda');
      clock.set(at('09:30', '2026-03-04'));
      expect(await store.send('PLH-3', { ...plhKadis, at: at('09:30', '2026-03-04') })).toMatchObject({ refusal: { reason: 'NO_GRANT' } });
      // an event dated before the revocation but written after it is refused too
      expect(await store.send('PLH-4', { ...plhKadis, at: at('08:30', '2026-03-03') })).toMatchObject({ refusal: { reason: 'NO_GRANT' } });
      expect(await store.verify('PLH-1')).toMatchObject({ ok: true });
      clock.set(at('12:00', '2026-03-02'));
    });

    test('grants: listed by user and activity; no grant to oneself, no unknown role, none that ends before it starts', async () => {
      const g = await store.grant({ user: 'nip-anggota', role: 'ketua-tim-kerja', as: 'plt', sk: '800/050/2026', from: at('00:00', '2026-03-01'), to: at('00:00', '2026-04-01'), by: USERS.kabid.user });
      expect(await store.grants({ user: 'nip-anggota' })).toEqual([g]);
      expect(await store.grants({ user: 'nip-anggota', activeAt: at('00:00', '2026-05-01') })).toEqual([]);
      expect((await rejectsWith(store.grant({ ...grantOf(g), by: 'nip-anggota' }), 'STORE_INPUT')).field).toBe('by');
      expect((await rejectsWith(store.grant({ ...grantOf(g), role: 'raja' }), 'STORE_INPUT')).field).toBe('role');
      expect((await rejectsWith(store.grant({ ...grantOf(g), to: at('00:00', '2026-02-01') }), 'STORE_INPUT')).field).toBe('to');
      await rejectsWith(store.revoke(999_999, { by: 'x' }), 'GRANT_NOT_FOUND');
    });

    test('separation of duties: the drafter, as Plh. Kabid, may not take the decision that reviews the draft', async () => {
      await skAtCorrection(store, 'SOD-1');
      await store.grant({ user: USERS.sari.user, role: 'kepala-bidang', as: 'plh', sk: '800/046/2026', from: at('00:00'), to: at('00:00', '2026-03-03'), by: USERS.kadis.user });
      const r = await store.send('SOD-1', { type: 'SETUJU', ...USERS.sari, actingAs: { role: 'kepala-bidang', as: 'plh' }, at: at('08:40') });
      expect(r).toMatchObject({ outcome: 'refused', refusal: { reason: 'SEPARATION_OF_DUTIES', stepId: 'koreksi-konsep-surat', field: 'user' } });
      if (r.outcome === 'refused') expect(r.refusal.pesan).toContain('pemisahan tugas');
      // someone else who did not draft it may decide
      expect(await store.send('SOD-1', { type: 'TIDAK_SETUJU', ...USERS.kabid, at: at('08:41') })).toMatchObject({ outcome: 'accepted', state: 'susun-surat-tugas' });
    });

    test('separation of duties can be switched off', async () => {
      await store.grant({ user: USERS.sari.user, role: 'kepala-bidang', as: 'plh', sk: '800/048/2026', from: at('00:00'), to: at('00:00', '2026-03-03'), by: USERS.kadis.user });
      const plhKabid = { type: 'SETUJU' as const, ...USERS.sari, actingAs: { role: 'kepala-bidang', as: 'plh' as const }, at: at('08:40') };
      const lax = await backend.open({ clock: clock.now, separationOfDuties: false });
      try {
        await skAtCorrection(lax, 'SOD-2');
        expect(await lax.send('SOD-2', plhKabid)).toMatchObject({ outcome: 'accepted' });
        await skAtCorrection(store, 'SOD-3');
        expect(await store.send('SOD-3', plhKabid)).toMatchObject({ refusal: { reason: 'SEPARATION_OF_DUTIES' } });
      } finally {
        await lax.close();
      }
    });
  });

  describe('worklists and due cases', () => {
    test("worklist: the cases at a step the role performs, and those the user acts for by a grant", async () => {
      await skAtCorrection(store, 'WL-1');
      await store.start({ sopId: sk.id, caseId: 'WL-2', user: USERS.kadis.user, at: at('08:00') });
      const kabid = await store.worklist({ role: 'kepala-bidang', at: at('08:35') });
      const wl1 = kabid.find((w) => w.caseId === 'WL-1');
      expect(wl1).toMatchObject({ stepId: 'koreksi-konsep-surat', label: '4', elapsedMinutes: 5, budgetMinutes: 15, level: 'on-time', via: null });
      expect(kabid.some((w) => w.caseId === 'WL-2')).toBe(false);
      expect(kabid.every((w) => w.roles.includes('kepala-bidang'))).toBe(true);
      const g = await store.grant({ user: 'nip-kabid-2', role: 'kepala-dinas', as: 'plt', sk: '800/047/2026', from: at('00:00'), to: at('00:00', '2026-03-03'), by: 'nip-gubernur' });
      const withGrant = await store.worklist({ role: 'kepala-bidang', user: 'nip-kabid-2', at: at('08:04') });
      expect(withGrant.find((w) => w.caseId === 'WL-2')).toMatchObject({ stepId: 'perintah-buat-surat-tugas', level: 'warning', via: { grantId: g.grantId, role: 'kepala-dinas', as: 'plt' } });
      expect(withGrant.find((w) => w.caseId === 'WL-1')).toMatchObject({ via: null });
      const later = await store.worklist({ role: 'kepala-bidang', user: 'nip-kabid-2', at: at('08:00', '2026-03-04') });
      expect(later.some((w) => w.caseId === 'WL-2')).toBe(false);
    });

    test('due: warning and breach instants on the working calendar, precomputed on the case row', async () => {
      // Tuesday 17 March 2026, 15:58 WIB: two working minutes before closing. 18–24 March are
      // Nyepi, Idulfitri and their cuti bersama; the next working minute is Wednesday 25
      // March 07:30. Step 1 has 5 minutes: 75 % (3m45s) at 07:31:45, 100 % at 07:33.
      await store.start({ sopId: sk.id, caseId: 'DUE-1', user: USERS.kadis.user, at: at('15:58', '2026-03-17') });
      const c = await store.show('DUE-1');
      expect(new Date(c.warningAt!).toISOString()).toBe('2026-03-25T00:31:45.000Z');
      expect(new Date(c.breachAt!).toISOString()).toBe('2026-03-25T00:33:00.000Z');
      const ids = async (before: string) => (await store.due({ before, sopId: sk.id })).filter((d) => d.caseId === 'DUE-1');
      expect(await ids(at('12:00', '2026-03-24'))).toEqual([]);
      expect(await ids(at('07:32', '2026-03-25'))).toMatchObject([{ reaches: 'warning', stepId: 'perintah-buat-surat-tugas' }]);
      expect(await ids(at('07:34', '2026-03-25'))).toMatchObject([{ reaches: 'breach' }]);
      const plan = await backend.sql<Record<string, string>>("EXPLAIN SELECT case_id FROM sop_case WHERE status = 'berjalan' AND warning_at <= now() ORDER BY warning_at");
      expect(JSON.stringify(plan)).not.toMatch(/Seq Scan on sop_case/);
    });
  });

  describe('revision migration', () => {
    test('an open case moves to a newer revision through the step map, journaled; replays in verify', async () => {
      await store.register(narsumRevision1());
      await store.start({ sopId: narsum.id, caseId: 'MIG-1', user: 'nip-pemohon', revision: 0, at: at('08:00') });
      await store.send('MIG-1', { type: 'SELESAI', user: 'nip-petugas', role: 'petugas-teknis', at: at('08:03') });
      await store.send('MIG-1', { type: 'SELESAI', user: 'nip-petugas', role: 'petugas-teknis', at: at('08:06') });
      expect((await store.show('MIG-1')).currentStep).toBe('telaah-kebutuhan');
      const unmapped = await store.migrate('MIG-1', { toRevision: 1, user: 'nip-admin', at: at('08:07') });
      expect(unmapped).toMatchObject({ outcome: 'refused', refusal: { reason: 'UNMAPPED_STEP', stepId: 'telaah-kebutuhan' } });
      const moved = await store.migrate('MIG-1', { toRevision: 1, stepMap: { 'telaah-kebutuhan': 'telaah-kebutuhan-teknis' }, user: 'nip-admin', at: at('08:08') });
      expect(moved).toMatchObject({ outcome: 'accepted', version: 4, state: 'telaah-kebutuhan-teknis' });
      const c = await store.show('MIG-1', { at: at('08:08') });
      expect([c.revision, c.currentStep, c.serviceTime.current?.budgetMinutes]).toEqual([1, 'telaah-kebutuhan-teknis', 20]);
      expect((await store.history('MIG-1')).slice(-2).map((r) => [r.kind, r.outcome, r.reason])).toEqual([
        ['migrate', 'refused', 'UNMAPPED_STEP'],
        ['migrate', 'accepted', null],
      ]);
      expect(await store.send('MIG-1', { type: 'SELESAI', user: 'nip-eselon', role: 'eselon-fungsional-khusus', at: at('08:20') })).toMatchObject({ outcome: 'accepted', state: 'persetujuan-kadis' });
      expect(await store.verify('MIG-1')).toMatchObject({ ok: true });
      // new cases start on the latest revision; older ones stay pinned to theirs
      expect((await store.start({ sopId: narsum.id, caseId: 'MIG-2', user: 'nip-pemohon', at: at('08:00') })).revision).toBe(1);
      expect((await store.show('COUNT-1')).revision).toBe(0);
      await rejectsWith(store.migrate('MIG-2', { toRevision: 1, user: 'nip-admin' }), 'STORE_INPUT');
    });
  });

  describe('tamper evidence', () => {
    test('verify passes on an intact store', async () => {
      const r = await store.verify();
      expect(r.problem).toBeUndefined();
      expect(r.ok).toBe(true);
      const [{ n }] = (await backend.sql<{ n: number }>('SELECT count(*)::int AS n FROM sop_journal')) as [{ n: number }];
      expect(r.entries).toBe(n);
    });

    test('one journal row edited with SQL: verify names the case and that row', async () => {
      await skAtCorrection(store, 'TAMPER-1');
      const [orig] = await backend.sql<{ user_id: string }>("SELECT user_id FROM sop_journal WHERE case_id = 'TAMPER-1' AND seq = 3");
      await backend.sql("UPDATE sop_journal SET user_id = 'nip-penyusup' WHERE case_id = 'TAMPER-1' AND seq = 3");
      try {
        expect(await store.verify('TAMPER-1')).toMatchObject({ ok: false, problem: { caseId: 'TAMPER-1', seq: 3, problem: 'the row does not match its hash' } });
        expect((await store.verify()).problem).toMatchObject({ caseId: 'TAMPER-1', seq: 3 });
      } finally {
        await backend.sql("UPDATE sop_journal SET user_id = $1 WHERE case_id = 'TAMPER-1' AND seq = 3", [orig!.user_id]);
      }
      expect(await store.verify('TAMPER-1')).toMatchObject({ ok: true });
    });

    test('a snapshot edited, a last row deleted, an event changed with its hash recomputed: each is found', async () => {
      await skAtCorrection(store, 'TAMPER-2');
      const snap = "UPDATE sop_case SET snapshot = jsonb_set(snapshot, '{context,totalMinutes}', '0') WHERE case_id = 'TAMPER-2'";
      const [saved] = await backend.sql<{ snapshot: unknown }>("SELECT snapshot FROM sop_case WHERE case_id = 'TAMPER-2'");
      await backend.sql(snap);
      expect((await store.verify('TAMPER-2')).problem).toMatchObject({ seq: 4, problem: 'the stored snapshot differs from the replay of the journal' });
      await backend.sql("UPDATE sop_case SET snapshot = $1 WHERE case_id = 'TAMPER-2'", [JSON.stringify(saved!.snapshot)]);
      expect(await store.verify('TAMPER-2')).toMatchObject({ ok: true });
      // the last row deleted: the case row's head no longer matches the journal
      await skAtCorrection(store, 'TAMPER-3');
      await backend.sql("DELETE FROM sop_journal WHERE case_id = 'TAMPER-3' AND seq = 4");
      expect((await store.verify('TAMPER-3')).problem).toMatchObject({ caseId: 'TAMPER-3', seq: 3 });
      await backend.sql("DELETE FROM sop_journal WHERE case_id = 'TAMPER-3'");
      await backend.sql("DELETE FROM sop_case WHERE case_id = 'TAMPER-3'");
      // row 3 forged with its hash recomputed and the chain rebuilt after it: the hashes agree,
      // but the replay of the forged journal no longer reproduces the stored snapshot
      await skAtCorrection(store, 'TAMPER-4');
      const rows = await store.history('TAMPER-4');
      let prev = rows[1]!.hash;
      for (const r of rows.slice(2)) {
        const forged = seal({ ...r, userId: r.seq === 3 ? 'nip-penyusup' : r.userId, prevHash: prev });
        await backend.sql('UPDATE sop_journal SET user_id = $3, prev_hash = $4, hash = $5 WHERE case_id = $1 AND seq = $2', [r.caseId, r.seq, forged.userId, forged.prevHash, forged.hash]);
        prev = forged.hash;
      }
      await backend.sql("UPDATE sop_case SET head_hash = $1 WHERE case_id = 'TAMPER-4'", [prev]);
      expect((await store.verify('TAMPER-4')).problem).toMatchObject({ caseId: 'TAMPER-4', seq: 4, problem: 'the stored snapshot differs from the replay of the journal' });
      await backend.sql("DELETE FROM sop_journal WHERE case_id = 'TAMPER-4'");
      await backend.sql("DELETE FROM sop_case WHERE case_id = 'TAMPER-4'");
    });
  });
}

/** The inputs of a grant, read back from a recorded one. */
function grantOf(g: { user: string; role: string; as: 'plt' | 'plh'; sk: string; from: number; to: number; grantedBy: string }) {
  return { user: g.user, role: g.role, as: g.as, sk: g.sk, from: g.from, to: g.to, by: g.grantedBy };
}

for (const name of BACKENDS) {
  describe.skipIf(skipped(name))(suiteTitle('the case store', name), () => suite(name));
}

test('StoreError is a SopError with a code and messages in both languages', () => {
  const e = new StoreError('CASE_NOT_FOUND', { caseId: 'K-1' });
  expect(e).toBeInstanceOf(SopError);
  expect([e.name, e.code, e.message, e.localized('id')]).toEqual(['StoreError', 'CASE_NOT_FOUND', "no case 'K-1' in the store", "kasus 'K-1' tidak ada dalam penyimpanan"]);
});
