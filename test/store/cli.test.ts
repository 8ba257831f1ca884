// The store commands (`case`, `worklist`, `due`, `delegation`) in-process, with `--db` on a real
// PostgreSQL database, and once on an embedded PGlite directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sopAp } from '../support/cli.js';
import { openBackend, skipped, suiteTitle, type Backend } from './backends.js';
import { at, sk } from './fixtures.js';

describe.skipIf(skipped('postgres'))(suiteTitle('the store commands', 'postgres'), () => {
  let backend: Backend;
  let db: string;
  beforeAll(async () => {
    backend = await openBackend('postgres');
    db = backend.url!;
  }, 60_000);
  afterAll(() => backend?.close());

  test('case start, send (exit 0 accepted, 1 refused or conflict, 2 bad input), show, history', async () => {
    expect((await sopAp(['case', 'start', sk.id, '--case', 'CLI-1', '--user', 'nip-kadis', '--at', at('08:00'), '--db', db])).code).toBe(0);
    const ok = await sopAp(['case', 'send', 'CLI-1', 'SELESAI', '--role', 'kepala-dinas', '--user', 'nip-kadis', '--at', at('08:04'), '--expect-version', '1', '--json', '--db', db]);
    expect([ok.code, JSON.parse(ok.stdout)]).toMatchObject([0, { outcome: 'accepted', version: 2 }]);
    const refused = await sopAp(['case', 'send', 'CLI-1', 'SELESAI', '--role', 'kasubbag-tu', '--user', 'nip-sari', '--at', at('08:05'), '--json', '--db', db]);
    expect([refused.code, JSON.parse(refused.stdout)]).toMatchObject([1, { outcome: 'refused', refusal: { reason: 'WRONG_ROLE' } }]);
    const stale = await sopAp(['case', 'send', 'CLI-1', 'SELESAI', '--role', 'kepala-bidang', '--user', 'nip-kabid', '--expect-version', '1', '--json', '--db', db]);
    expect([stale.code, JSON.parse(stale.stdout)]).toMatchObject([1, { outcome: 'conflict', reason: 'VERSION_CONFLICT', actualVersion: 2 }]);
    for (const bad of [
      ['case', 'send', 'CLI-1', 'LANJUT', '--role', 'kepala-bidang', '--user', 'u'],
      ['case', 'send', 'CLI-1', 'SELESAI', '--role', 'kepala-bidang'],
      ['case', 'send', 'CLI-1', 'SELESAI', '--role', 'kepala-bidang', '--user', 'u', '--at', 'kemarin'],
      ['case', 'send', 'TIDAK-ADA', 'SELESAI', '--role', 'kepala-bidang', '--user', 'u'],
      ['case', 'start', 'tidak-ada', '--case', 'X', '--user', 'u'],
      ['case', 'terbang'],
    ]) {
      const r = await sopAp([...bad, '--db', db]);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const show = await sopAp(['case', 'show', 'CLI-1', '--at', at('08:08'), '--json', '--db', db]);
    expect(JSON.parse(show.stdout)).toMatchObject({ version: 2, state: 'perintah-kasubbag-tu', serviceTime: { current: { stepId: 'perintah-kasubbag-tu', elapsedMinutes: 4, level: 'warning' } } });
    const history = await sopAp(['case', 'history', 'CLI-1', '--json', '--db', db]);
    expect((JSON.parse(history.stdout) as { seq: number; outcome: string }[]).map((r) => [r.seq, r.outcome])).toEqual([
      [1, 'accepted'],
      [2, 'accepted'],
      [3, 'refused'],
    ]);
    expect((await sopAp(['case', 'history', 'CLI-1', '--db', db])).stdout).toContain('ditolak WRONG_ROLE');
  });

  test('delegation grant, list and revoke; case send --plh is accepted only under the grant', async () => {
    await sopAp(['case', 'start', sk.id, '--case', 'CLI-2', '--user', 'nip-kadis', '--at', at('08:00'), '--db', db]);
    const plh = ['case', 'send', 'CLI-2', 'SELESAI', '--role', 'kepala-bidang', '--user', 'nip-kabid', '--plh', 'kepala-dinas', '--json', '--db', db];
    expect(JSON.parse((await sopAp([...plh, '--at', at('08:01')])).stdout)).toMatchObject({ refusal: { reason: 'NO_GRANT' } });
    const g = await sopAp(['delegation', 'grant', '--user', 'nip-kabid', '--role', 'kepala-dinas', '--as', 'plh', '--from', '2026-03-02', '--to', '2026-03-04', '--sk', '800/9/2026', '--by', 'nip-sekda', '--json', '--db', db]);
    expect(g.code).toBe(0);
    const grant = JSON.parse(g.stdout) as { grantId: number };
    expect((await sopAp([...plh, '--at', at('08:02')])).code).toBe(0);
    const list = await sopAp(['delegation', 'list', '--user', 'nip-kabid', '--json', '--db', db]);
    expect(JSON.parse(list.stdout)).toMatchObject([{ grantId: grant.grantId, sk: '800/9/2026', as: 'plh' }]);
    const revoked = await sopAp(['delegation', 'revoke', String(grant.grantId), '--by', 'nip-sekda', '--json', '--db', db]);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ revokedBy: 'nip-sekda' });
    expect((await sopAp(['delegation', 'grant', '--user', 'u', '--db', db])).code).toBe(2);
  });

  test('worklist and due', async () => {
    await sopAp(['case', 'start', sk.id, '--case', 'CLI-3', '--user', 'nip-kadis', '--at', at('09:00'), '--db', db]);
    const wl = await sopAp(['worklist', '--role', 'kepala-dinas', '--at', at('09:04'), '--json', '--db', db]);
    expect(JSON.parse(wl.stdout)).toContainEqual(expect.objectContaining({ caseId: 'CLI-3', level: 'warning', percent: 80 }));
    const due = await sopAp(['due', '--before', at('09:06'), '--json', '--db', db]);
    expect(JSON.parse(due.stdout)).toContainEqual(expect.objectContaining({ caseId: 'CLI-3', reaches: 'breach' }));
    expect((await sopAp(['due', '--db', db])).code).toBe(2);
    expect((await sopAp(['worklist', '--db', db])).code).toBe(2);
  });

  test('case verify: exit 0 intact, exit 1 naming the case and row after an edit', async () => {
    expect((await sopAp(['case', 'verify', '--db', db])).code).toBe(0);
    await backend.sql("UPDATE sop_journal SET note = 'diubah' WHERE case_id = 'CLI-1' AND seq = 2");
    const r = await sopAp(['case', 'verify', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('kasus CLI-1, baris jurnal #2');
  });
});

describe('the store commands on an embedded PGlite directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-ap-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('start, send and verify with --db DIR', async () => {
    expect((await sopAp(['case', 'start', sk.id, '--case', 'CLI-P', '--user', 'nip-kadis', '--at', at('08:00'), '--db', dir])).code).toBe(0);
    const r = await sopAp(['case', 'send', 'CLI-P', 'SELESAI', '--role', 'kepala-dinas', '--user', 'nip-kadis', '--at', at('08:04'), '--db', dir]);
    expect([r.code, r.stdout]).toEqual([0, 'diterima: kasus CLI-P versi 2 (jurnal #2), kini pada perintah-kasubbag-tu\n']);
    expect((await sopAp(['case', 'verify', 'CLI-P', '--db', dir])).stdout).toBe('utuh: 1 kasus, 2 baris jurnal diperiksa dan diputar ulang\n');
  }, 600_000);
});

describe('the store commands take a definition file (JSON) where they take an SOP id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-ap-cli-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('case start <file> registers the agency SOP; case migrate --definition registers its next revision', async () => {
    const db = join(dir, 'db');
    const exported = join(dir, 'sk.json');
    expect((await sopAp(['export', sk.id, '--format', 'json', '-o', exported])).code).toBe(0);
    // another agency's SOP: the catalogue's, under its own id
    const own = JSON.parse(readFileSync(exported, 'utf8')) as { id: string; revision: number; steps: { id: string; waktu: unknown }[] };
    own.id = 'sk-tim-dinas-lain';
    const rev0 = join(dir, 'own-rev0.json');
    writeFileSync(rev0, JSON.stringify(own));
    const started = await sopAp(['case', 'start', rev0, '--case', 'F-1', '--user', 'nip-kadis', '--at', at('08:00'), '--json', '--db', db]);
    expect([started.code, JSON.parse(started.stdout || '{}')]).toMatchObject([0, { sopId: 'sk-tim-dinas-lain', revision: own.revision }]);
    const sent = await sopAp(['case', 'send', 'F-1', 'SELESAI', '--role', 'kepala-dinas', '--user', 'nip-kadis', '--at', at('08:04'), '--json', '--db', db]);
    expect([sent.code, JSON.parse(sent.stdout)]).toMatchObject([0, { outcome: 'accepted', version: 2 }]);

    own.revision += 1;
    own.steps[1]!.waktu = '20 Menit';
    const rev1 = join(dir, 'own-rev1.json');
    writeFileSync(rev1, JSON.stringify(own));
    const wrong = await sopAp(['case', 'migrate', 'F-1', '--to-revision', String(own.revision + 5), '--definition', rev1, '--user', 'nip-admin', '--db', db]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    const migrated = await sopAp(['case', 'migrate', 'F-1', '--to-revision', String(own.revision), '--definition', rev1, '--user', 'nip-admin', '--json', '--db', db]);
    expect([migrated.code, JSON.parse(migrated.stdout)]).toMatchObject([0, { outcome: 'accepted' }]);
    const shown = await sopAp(['case', 'show', 'F-1', '--json', '--db', db]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ sopId: 'sk-tim-dinas-lain', revision: own.revision });

    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...own, steps: [] }));
    const broken = await sopAp(['case', 'start', join(dir, 'broken.json'), '--case', 'F-2', '--user', 'u', '--db', db]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json');
  }, 600_000);
});
