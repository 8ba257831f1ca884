import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('examples/lead-time.ts runs and prints the due instant, the expectation and the simulation', async () => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/lead-time.ts'], { cwd: process.cwd(), timeout: 60_000 });
  expect(stdout).toMatch(/jatuh tempo 2026-\d\d-\d\dT\d\d:\d\d:00\.000\+07:00/);
  expect(stdout).toMatch(/harapan: \d+ menit kerja/);
  expect(stdout).toMatch(/simulasi: rata-rata \d+, p90 \d+, p95 \d+/);
  expect(stdout).toMatch(/kalender kabupaten-contoh: jatuh tempo 2026-/);
  // 17 March 15:00 + 120 working minutes: 18–24 March are days off -> 25 March 08:30
  expect(stdout).toContain('2026-03-25T08:30:00.000+07:00');
});
