import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('examples/compliance.ts runs: one conformant case, a skipped step, an over-budget step across the lunch break, an XES round trip', async () => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/compliance.ts'], { cwd: process.cwd(), timeout: 60_000 });
  expect(stdout).toContain('SK-1: sesuai (fitness 1.00, selesai)');
  expect(stdout).toContain('baris 13: Langkah 3 (Kepala Sub Bagian Tata Usaha/Umpar) dilewati: log mencatat langkah 4 tanpa langkah 3');
  // 11:30–13:30 on a Wednesday is 60 working minutes on the Kalbar calendar (12:00–13:00 is the break): 45 over 15 Menit
  expect(stdout).toContain('baris 17: Langkah 4 (Kepala Bidang) melebihi mutu baku 15 Menit sebesar 45 menit kerja');
  expect(stdout).toContain('ringkasan: 1 dari 3 kasus sesuai');
  // 3 closed visits, each a start and a complete event
  expect(stdout).toContain('XES: 6 peristiwa; dibaca ulang: sesuai, menunggu di koreksi-konsep-surat');
});
