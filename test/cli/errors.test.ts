// Every file or argument problem of every command ends the process with exit 2 and ONE line on
// stderr (Bahasa Indonesia, ending in its code), never a stack trace; a closed pipe ends quietly.
// These run the command as a process, the way a user meets it.
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { ROOT, sopApProcess, type ProcessOptions, type ProcessResult } from '../support/cli.js';

// each test spawns a process that compiles the CLI with tsx: slow on a busy machine
vi.setConfig({ testTimeout: 180_000 });

const dir = mkdtempSync(join(tmpdir(), 'sop-ap-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `sop-ap …` as a process in `dir` (see sopApProcess). */
const sopAp = (argv: readonly string[], opts: Omit<ProcessOptions, 'cwd'> = {}) => sopApProcess(argv, { cwd: dir, ...opts });

/** Exit 2, one line on stderr that names the problem and ends in its code, no stack frame. */
function expectOneLine(r: ProcessResult, message: RegExp, code: string) {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().endsWith(`[${code}]`)).toBe(true);
  expect(r.code).toBe(2);
}

const ID = 'permintaan-narasumber';

describe('render -o: the output file cannot be written', () => {
  test('a missing folder', async () => {
    const r = await sopAp(['render', ID, '-o', 'tidak-ada/plut.html']);
    expectOneLine(r, /^sop-ap render: berkas 'tidak-ada\/plut\.html' tidak dapat ditulis: tidak ada \(folder 'tidak-ada' tidak ada\?\) \(ENOENT\)/, 'CLI_FILE_UNWRITABLE');
  });

  test('a folder in the file’s place', async () => {
    mkdirSync(join(dir, 'keluaran'), { recursive: true });
    const r = await sopAp(['render', ID, '-o', 'keluaran']);
    expectOneLine(r, /berkas 'keluaran' tidak dapat ditulis: itu sebuah folder, bukan berkas \(EISDIR\)/, 'CLI_FILE_UNWRITABLE');
  });

  test('a full disk (/dev/full)', async () => {
    const r = await sopAp(['render', ID, '-o', '/dev/full']);
    expectOneLine(r, /berkas '\/dev\/full' tidak dapat ditulis: ruang penyimpanan penuh \(ENOSPC\)/, 'CLI_FILE_UNWRITABLE');
  });
});

describe('stdout', () => {
  test('redirected to a full disk: one line, exit 2', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await sopAp(['list', '--json'], { stdout: fd });
      expectOneLine(r, /^sop-ap: keluaran tidak dapat ditulis: ruang penyimpanan penuh \(ENOSPC\)/, 'CLI_OUTPUT_FAILED');
    } finally {
      closeSync(fd);
    }
  });

  test('a closed pipe (| head) is not an error: no message, and the exit code is the command’s own', async () => {
    // a log large enough that the report overflows the pipe after head has gone
    const rows = readFileSync(join(ROOT, 'test/fixtures/logs/sk-deviations.csv'), 'utf8').trimEnd().split('\n');
    const body: string[] = [rows[0]!];
    for (let i = 0; i < 150; i++) for (const row of rows.slice(1)) body.push(row.replace(/^([^,]+),/, `$1-${i},`));
    writeFileSync(join(dir, 'besar.csv'), `${body.join('\n')}\n`);
    const line = (cmd: string) => `set -o pipefail; $SOP_AP ${cmd} | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const check = await sopAp([], { shell: line('check pembuatan-sk-tim-kerja-bidang-3 besar.csv --calendar 24x7 --json') });
    expect(check.stderr).toBe('exit=1\n'); // the log deviates: 1, as without the pipe
  });
});

describe('input files', () => {
  test('a log that does not exist', async () => {
    const r = await sopAp(['check', ID, 'hilang.csv']);
    expectOneLine(r, /^sop-ap check: berkas 'hilang\.csv' tidak dapat dibaca: tidak ada \(ENOENT\)/, 'CLI_FILE_UNREADABLE');
  });

  test('an XES log with a character reference beyond Unicode (&#x110000;)', async () => {
    const xes = readFileSync(join(ROOT, 'test/fixtures/logs/sk-conformant.xes'), 'utf8').replace('SK Tim Kerja &amp; Bidang 3', 'SK &#x110000; Bidang 3');
    writeFileSync(join(dir, 'rusak.xes'), xes);
    const r = await sopAp(['check', 'pembuatan-sk-tim-kerja-bidang-3', 'rusak.xes']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^sop-ap check: .* \[[A-Z_]+\]\n$/);
    expect(r.code).toBe(2);
  });

  test('a lambang that is not an image, or missing', async () => {
    writeFileSync(join(dir, 'bukan.png'), 'halo');
    expectOneLine(await sopAp(['render', ID, '--lambang', 'bukan.png']), /berkas 'bukan\.png' bukan gambar PNG, JPEG, GIF, WebP atau SVG/, 'CLI_NOT_AN_IMAGE');
    expectOneLine(await sopAp(['render', ID, '--lambang', 'hilang.svg']), /berkas 'hilang\.svg' tidak dapat dibaca: tidak ada \(ENOENT\)/, 'CLI_FILE_UNREADABLE');
  });
});

describe('arguments: in Bahasa Indonesia by default, English on request', () => {
  test('SOP_AP_LANG=en switches the messages to English', async () => {
    const r = await sopAp(['lead-time', 'pendaftaran-narasumber', '--jsno'], { env: { SOP_AP_LANG: 'en_US.UTF-8' } });
    expectOneLine(r, /^sop-ap lead-time: unknown option '--jsno'; did you mean: --json \(see: sop-ap lead-time --help\)/, 'CLI_UNKNOWN_OPTION');
  });
});
