/**
 * Definition files in the command: `sop-ap export`, `sop-ap validate`, and a path to a JSON
 * definition wherever a command takes a catalogue id.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toSopJson } from 'sop-ap';
import { commands } from '../../src/cli/main.js';
import { catalogue } from '../../machines/index.js';
import { sopAp } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sop-ap-def-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `sop-ap …` run in the temporary folder. */
const inDir = (...argv: string[]) => sopAp(argv, { cwd: dir });

/** A definition file in the temporary folder, written from a JSON value. */
function file(name: string, value: unknown): string {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return name;
}

const NARSUM = 'pendaftaran-narasumber';

describe('sop-ap export', () => {
  test('--format json writes the catalogue SOP as a definition file, to stdout or --output', async () => {
    const r = await inDir('export', NARSUM, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(toSopJson(catalogue[NARSUM]));
    const w = await inDir('export', NARSUM, '--format', 'json', '-o', 'narsum.json');
    expect(w.code).toBe(0);
    expect(readFileSync(join(dir, 'narsum.json'), 'utf8')).toBe(r.stdout);
  });

  test('another format, or an unknown id: exit 2', async () => {
    expect((await inDir('export', NARSUM, '--format', 'svg')).code).toBe(2);
    const r = await inDir('export', 'pendaftaran-narsum', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pendaftaran-narasumber/);
  });
});

describe('sop-ap validate', () => {
  test('exit 0 on a valid file', async () => {
    const f = file('ok.json', toSopJson(catalogue[NARSUM]));
    const r = await inDir('validate', f);
    expect(r).toMatchObject({ code: 0, stdout: `${f}: sah: SOP '${NARSUM}', 5 langkah\n` });
    expect(JSON.parse((await inDir('validate', f, '--json')).stdout)).toEqual({ file: f, valid: true, id: NARSUM, steps: 5, problems: [] });
  });

  test('exit 1 with every problem, each naming the file, the step and the field', async () => {
    const json = toSopJson(catalogue[NARSUM]) as { steps: Record<string, unknown>[] };
    json.steps[1]!.waktu = 'sebentar';
    json.steps[3]!.decision = { tidakSetuju: { action: 'forward', to: 'input-pendaftaran' } };
    json.steps[4]!.pelaksana = ['lurah'];
    const f = file('rusak.json', json);
    const r = await inDir('validate', f);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rusak\.json: langkah 'analisa-data', isian 'steps\.1\.waktu': /);
    expect(lines[1]).toMatch(/^rusak\.json: langkah 'kirim-surat-keterangan', isian 'steps\.4\.pelaksana\.0': unknown role "lurah"/);
    expect(lines.at(-1)).toBe('rusak.json: 2 masalah');
    // the graph checks run once the schema passes
    json.steps[1]!.waktu = '5 Menit';
    json.steps[4]!.pelaksana = ['pejabat-level-2'];
    const g = await inDir('validate', file('alur.json', json), '--json');
    expect(g.code).toBe(1);
    expect(JSON.parse(g.stdout).problems).toEqual([
      {
        stepId: 'persetujuan-ketua',
        field: 'steps.3.decision.tidakSetuju.to',
        message: "the forward refusal target 'input-pendaftaran' must come after the decision (a refusal that goes back is a rework)",
      },
    ]);
    const notJson = await inDir('validate', file('bukan.json', '{ "id": '));
    expect(notJson.code).toBe(1);
    expect(notJson.stdout).toMatch(/^bukan\.json: isian '\(root\)': not valid JSON/);
  });

  test('exit 2 on bad input: no file, a file that cannot be read', async () => {
    expect((await inDir('validate')).code).toBe(2);
    const r = await inDir('validate', 'tidak-ada.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sop-ap validate: berkas 'tidak-ada\.json' tidak dapat dibaca: .* \[CLI_FILE_UNREADABLE\]\n$/);
  });
});

describe('a definition file wherever a command takes a catalogue id', () => {
  const f = file('narsum-file.json', toSopJson(catalogue[NARSUM]));

  test('lead-time, simulate, render and check give for the file what they give for the id', async () => {
    for (const args of [
      ['lead-time', '--json', '--start', '2026-03-02T07:30:00+07:00'],
      ['simulate', '--runs', '2000', '--seed', '3', '--rework', '0.3', '--json'],
      ['render', '--format', 'mermaid'],
      ['render', '--format', 'bpmn'],
      ['export', '--format', 'json'],
    ]) {
      const [name, ...rest] = args as [string, ...string[]];
      const byId = await inDir(name, NARSUM, ...rest);
      const byFile = await inDir(name, f, ...rest);
      expect(byId.code, name).toBe(0);
      expect(byFile, name).toEqual(byId);
    }
    const log = file('narsum.csv', ['case,step,role,started_at,completed_at,decision', 'N-1,1,Pemohon,,2026-01-05T08:05:00+07:00,', 'N-1,2,Ketua Tim Kerja,,2026-01-05T08:10:00+07:00,'].join('\n'));
    const checkId = await inDir('check', NARSUM, log, '--allow-incomplete', '--json');
    expect(await inDir('check', f, log, '--allow-incomplete', '--json')).toEqual(checkId);
  });

  test('every command that resolves an SOP goes through the same lookup', async () => {
    // The commands with an SOP argument read it with findSop (src/cli/shared.ts); list and report run over the catalogue.
    for (const name of Object.keys(commands)) {
      const source = readFileSync(new URL(`../../src/cli/commands/${name}.ts`, import.meta.url), 'utf8');
      if (/<id/.test(source)) expect(source, name).toMatch(/findSop\(/);
    }
  });

  test('a broken file: exit 2 with one line naming the file, the step and the field', async () => {
    const json = toSopJson(catalogue[NARSUM]) as { steps: Record<string, unknown>[] };
    json.steps[2]!.waktu = '5 Detik';
    const r = await inDir('lead-time', file('detik.json', json));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sop-ap lead-time: berkas 'detik\.json', SOP 'pendaftaran-narasumber', langkah 'verifikasi-profil', isian 'steps\.2\.waktu': .* \[INVALID_DEFINITION\]\n$/);
    expect(r.stderr).not.toMatch(/\bat \S+\.ts/);
  });
});
