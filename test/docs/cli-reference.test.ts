import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliReference, referenceIn } from '../../docs/scripts/cli-reference.js';
import { commands } from '../../src/cli/main.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("the README's CLI reference (finding 12)", () => {
  test('is what docs/scripts/cli-reference.ts generates from the option tables (run npm run docs:cli)', async () => {
    expect(referenceIn(readme)).toBe(await cliReference());
  });

  test('every registered command has an option table, and its --help lists every option of it', async () => {
    for (const [name, load] of Object.entries(commands)) {
      const { command } = await load();
      expect(command.name).toBe(name);
      expect(command.options, `sop-ap ${name}: define it with defineCommand`).toBeDefined();
      for (const option of Object.keys(command.options ?? {})) expect(command.help).toContain(`--${option}`);
      expect(referenceIn(readme)).toContain(`### \`sop-ap ${name}`);
    }
  });

  test('lists the options the hand-written list lacked', () => {
    const block = referenceIn(readme);
    for (const option of ['--durations M', '--calendar NAMA', '--bins N', '--allow-incomplete', '--rework P', '--catatan', '--lambang BERKAS', '--lang id\\|en']) {
      expect(block).toContain(`\`${option}\``);
    }
    expect(block).toMatch(/### `sop-ap report \[--rework P\]/);
  });
});
