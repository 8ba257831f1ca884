import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliDocument, commandList, commandListIn } from '../../docs/scripts/cli-reference.js';
import { commands } from '../../src/cli/main.js';
import { captureIO } from '../support/cli.js';

const reference = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the CLI reference, docs/cli.md (finding 12)', () => {
  test('is what docs/scripts/cli-reference.ts generates from the option tables (run npm run docs:cli)', async () => {
    expect(reference).toBe(await cliDocument());
  });

  test("the README's command section names every registered command and links the reference (run npm run docs:cli)", () => {
    expect(commandListIn(readme)).toBe(commandList());
    for (const name of Object.keys(commands)) expect(commandListIn(readme)).toContain(`\`${name}\``);
    expect(readme).toContain('[docs/cli.md](docs/cli.md)');
  });

  test('every registered command has an option table (or its subcommands have), and its --help lists every option', async () => {
    for (const [name, load] of Object.entries(commands)) {
      const { command } = await load();
      expect(command.name).toBe(name);
      expect(command.options ?? command.subcommands, `sop-ap ${name}: define it with defineCommand, or list its subcommands`).toBeDefined();
      const tables = [command.options ?? {}, ...Object.values(command.subcommands ?? {}).map((s) => s.options)];
      for (const option of tables.flatMap((t) => Object.keys(t))) expect(command.help, `sop-ap ${name} --help`).toContain(`--${option}`);
      expect(reference).toContain(`### \`sop-ap ${name}`);
      for (const sub of Object.keys(command.subcommands ?? {})) expect(reference).toContain(`#### \`sop-ap ${name} ${sub}`);
    }
  });

  test('a command with subcommands: each parses with the table docs/cli.md lists', async () => {
    const { parseSubcommandArgs } = await import('../../src/cli/args.js');
    const command = {
      name: 'contoh',
      summary: 'contoh',
      help: 'Penggunaan: sop-ap contoh mulai <id> [--at ISO]',
      subcommands: { mulai: { usage: '<id> [--at ISO]', summary: 'mulai', options: { at: { type: 'string', value: 'ISO', help: 'saat' } }, positionals: [1, 1] } },
      run: () => Promise.resolve(0),
    } as const;
    const t = captureIO();
    const ok = parseSubcommandArgs(command, 'mulai', ['x', '--at', '2026-03-02'], t.io);
    expect(ok).toMatchObject({ ok: true, values: { at: '2026-03-02' }, positionals: ['x'] });
    expect(parseSubcommandArgs(command, 'mulai', ['x', '--ta', '1'], t.io)).toMatchObject({ ok: false, exit: 2 });
    expect(t.stderr()).toContain("opsi '--ta' tidak dikenal; mungkin maksudnya: --at");
  });

  test('lists the options the hand-written list lacked', () => {
    const block = reference;
    for (const option of ['--durations M', '--calendar NAMA', '--bins N', '--allow-incomplete', '--rework P', '--catatan', '--lambang BERKAS', '--lang id\\|en']) {
      expect(block).toContain(`\`${option}\``);
    }
    expect(block).toMatch(/### `sop-ap report \[--rework P\]/);
  });
});
