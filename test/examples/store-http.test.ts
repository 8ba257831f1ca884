import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBackend, POSTGRES_MISSING, POSTGRES_REQUIRED, type Backend } from '../store/backends.js';

// The example runs on a fresh PostgreSQL database when a server is there (always in CI), else on
// an in-memory PGlite.
let backend: Backend | undefined;
beforeAll(async () => {
  if (POSTGRES_MISSING === undefined || POSTGRES_REQUIRED) backend = await openBackend('postgres');
}, 60_000);
afterAll(() => backend?.close());

test('examples/store-http.ts: an HTTP service on the store answers 200, 409, 422, 403, 404 and 401', async () => {
  const env = { ...process.env, SOP_AP_DB: backend?.url ?? 'memory://' };
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/store-http.ts'], { cwd: process.cwd(), env, timeout: 540_000 });
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toBe('201 POST /cases versi 1, perintah-buat-surat-tugas');
  expect(lines[1]).toBe('200 POST /cases/SK-2026-007/events versi 2, perintah-kasubbag-tu');
  expect(lines[2]).toBe('409 POST /cases/SK-2026-007/events versi bentrok, kasus kini versi 2');
  expect(lines[3]).toBe(
    "422 POST /cases/SK-2026-007/events WRONG_ROLE: SOP 'pembuatan-sk-tim-kerja-bidang-3', langkah 'perintah-kasubbag-tu', isian 'actor.role': peristiwa ditolak: langkah 2 dilaksanakan oleh kepala-bidang, bukan oleh kasubbag-tu",
  );
  expect(lines[4]).toBe('403 POST /cases/SK-2026-007/events pengguna tidak memegang peran kepala-bidang');
  expect(lines[5]).toBe("404 POST /cases/SK-2026-999/events kasus 'SK-2026-999' tidak ada dalam penyimpanan");
  expect(lines[6]).toBe('401 GET /worklist tanpa identitas');
  expect(lines[7]).toBe('meja Kabid: SK-2026-007 perintah-kasubbag-tu 80 % warning');
  expect(lines[8]).toBe('200 POST /cases/SK-2026-007/events versi 3, susun-surat-tugas');
  expect(lines[9]).toBe('jurnal: #1 accepted, #2 accepted, #3 refused WRONG_ROLE, #4 accepted');
  expect(lines[10]).toBe('verify: utuh (4 baris)');
}, 600_000);
