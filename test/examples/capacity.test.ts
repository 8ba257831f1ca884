import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('examples/capacity.ts runs: the catalogue for a year, the bottleneck, one more Ketua Tim Kerja, a Plt., one more official at the bottleneck', async () => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/capacity.ts'], { cwd: process.cwd(), timeout: 120_000 });
  expect(stdout).toMatch(/^\d+ kasus diukur, \d+ langkah; hambatan: [a-z-]+$/m);
  expect(stdout).toMatch(/^ketua-tim-kerja +1 +\d+% +[\d.]+ +-> +\d+% +[\d.]+$/m);
  for (const id of ['peningkatan-pelayanan-plut', 'fasilitasi-narasumber']) expect(stdout).toContain(id);
  expect(stdout).toMatch(/semua SOP: rata-rata +[\d.]+ -> +[\d.]+ hari kerja/);
  expect(stdout).toMatch(/Plt\. selama cuti Kepala Dinas: tunggu pada kepala-dinas +[\d.]+ -> +[\d.]+ hari kerja/);
  expect(stdout).toMatch(/^\+1 [a-z-]+: utilisasi +\d+% -> +\d+%, tunggu +[\d.]+ -> +[\d.]+ hari kerja/m);
}, 150_000);
