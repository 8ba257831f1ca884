import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import * as api from 'sop-ap';
import * as machines from 'sop-ap/machines';
import * as vitestHelpers from 'sop-ap/vitest';
import * as store from 'sop-ap/store';
import * as capacity from 'sop-ap/capacity';
import * as schemas from 'sop-ap/schemas';
import * as monevApi from 'sop-ap/monev';

const readme = readFileSync('README.md', 'utf8');
const apiReference = readFileSync('docs/api.md', 'utf8');

describe('README', () => {
  test.each([
    ['sop-ap', api],
    ['sop-ap/machines', machines],
    ['sop-ap/vitest', vitestHelpers],
    ['sop-ap/store', store],
    ['sop-ap/capacity', capacity],
    ['sop-ap/schemas', schemas],
    ['sop-ap/monev', monevApi],
  ] as const)('docs/api.md has a heading for every export of %s', (_entry, mod) => {
    const missing = Object.keys(mod).filter((name) => !apiReference.includes(`#### \`${name}\``));
    expect(missing).toEqual([]);
  });

  test('is short: under 200 lines, the CLI reference in docs/cli.md, the machine set-up in CONTRIBUTING.md', () => {
    expect(readme.split('\n').length).toBeLessThan(200);
    expect(readme).toContain('[docs/cli.md](docs/cli.md)');
    expect(readme).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
  });

  test('sets up a fresh machine in two commands: the main job and the tests', () => {
    expect(readme).toContain('npm ci && npm run report');
    expect(readme).toContain('npm ci && npm test');
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm ci/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  test('the quick start runs as written', async () => {
    const block = /## Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(block!.trim().split('\n').length).toBeLessThanOrEqual(12);
    const dir = mkdtempSync(join(process.cwd(), 'test-results-quickstart-'));
    try {
      const file = join(dir, 'quick-start.ts');
      writeFileSync(file, block!);
      const { stdout } = await promisify(execFile)('npx', ['tsx', file], { cwd: process.cwd(), timeout: 60_000 });
      expect(stdout).toContain('langkah 2 dilaksanakan oleh kepala-bidang, bukan oleh kasubbag-tu');
      expect(stdout).toMatch(/elapsedMinutes: 4,[\s\S]*budgetMinutes: 5,[\s\S]*level: 'warning'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
