import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('examples/embed-machine.ts runs a persisted case through a service handler', async () => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/embed-machine.ts'], { cwd: process.cwd(), timeout: 60_000 });
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toBe('200 ST-2026-001 sekarang di perintah-kasubbag-tu');
  // the wrong performer is refused, naming the SOP, the step and the field
  expect(lines[1]).toBe(
    "409 SOP 'pembuatan-sk-tim-kerja-bidang-3', langkah 'perintah-kasubbag-tu', isian 'actor.role': peristiwa ditolak: langkah 2 dilaksanakan oleh kepala-bidang, bukan oleh kasubbag-tu",
  );
  expect(lines).toContain('ST-2026-001: langkah 3 (susun-surat-tugas) 20/25 menit kerja, 80% -> warning');
  expect(lines).toContain('ST-2026-001: langkah 3 (susun-surat-tugas) 30/25 menit kerja, 120% -> breach');
  expect(lines).toContain('200 ST-2026-001 sekarang di selesai');
  // 5 + 3 + 20 + 10 + 30 + 10 + 10 + 5 + 5 working minutes, all on Monday 2 March 2026 morning
  expect(lines).toContain('ST-2026-001: selesai, 98 menit kerja');
  expect(lines.at(-1)).toMatch(/^409 .*kasus sudah berakhir \(selesai\)$/);
});
