import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBpmn, renderHtml, renderMermaid, renderSvg } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import type { CommandIO } from '../../src/cli/command.js';
import { run } from '../../src/cli/main.js';

async function sopAp(argv: string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: { write: (s) => void out.push(s), isTTY: false },
    stderr: { write: (s) => void err.push(s), isTTY: false },
    isTTY: false,
    cwd,
  };
  const code = await run(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const ID = 'permintaan-narasumber';

describe('sop-ap render', () => {
  it('writes each format to stdout, the same as the library', async () => {
    const sop = getSop(ID);
    for (const [format, expected] of [
      ['html', renderHtml(sop)],
      ['svg', renderSvg(sop)],
      ['mermaid', renderMermaid(sop)],
      ['bpmn', renderBpmn(sop)],
    ] as const) {
      const r = await sopAp(['render', ID, '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe('');
    }
    expect((await sopAp(['render', ID])).stdout).toBe(renderHtml(sop));
  });

  it('writes to a file with -o, relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sop-ap-render-'));
    const r = await sopAp(['render', ID, '-f', 'mermaid', '-o', 'narsum.mmd'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'narsum.mmd'), 'utf8')).toBe(renderMermaid(getSop(ID)));
    expect(r.stderr).toContain('narsum.mmd');
  });

  it('takes a lane order by role names', async () => {
    const sop = getSop(ID);
    const roles = [...new Set(sop.steps.flatMap((s) => s.pelaksana))].reverse();
    const r = await sopAp(['render', ID, '--lanes', roles.join(',')]);
    expect(r.code).toBe(0);
    expect([...r.stdout.matchAll(/<th data-lane="([^"]+)"/g)].map((m) => m[1])).toEqual(roles);
  });

  it('exits 2 with a clear message on an unknown format, SOP, role or an incomplete lane order', async () => {
    const bad = await sopAp(['render', ID, '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("format 'pdf' tidak dikenal");
    const unknown = await sopAp(['render', 'permintaan-narsum']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('permintaan-narasumber');
    const role = await sopAp(['render', ID, '--lanes', 'Bupati']);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("peran 'Bupati' tidak dikenal");
    const partial = await sopAp(['render', ID, '--lanes', 'pemohon']);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('opsi tampilan tidak sah');
    expect((await sopAp(['render'])).code).toBe(2);
  });

  it('has help', async () => {
    const r = await sopAp(['render', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format html|svg|mermaid|bpmn');
  });
});
