import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBpmn, renderHtml, renderMermaid, renderSvg } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { sopAp } from '../support/cli.js';

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
    const r = await sopAp(['render', ID, '-f', 'mermaid', '-o', 'narsum.mmd'], { cwd: dir });
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
    expect(role.stderr).toContain('peran "Bupati" tidak dikenal');
    const partial = await sopAp(['render', ID, '--lanes', 'pemohon']);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('opsi tampilan tidak sah');
    expect((await sopAp(['render'])).code).toBe(2);
  });

  it('leaves the transcription notes out unless --catatan; embeds --lambang as a data URI (finding 11)', async () => {
    const sop = getSop('fasilitasi-narasumber');
    const plain = await sopAp(['render', sop.id]);
    expect(plain.stdout).not.toContain('catatan-page');
    const noted = await sopAp(['render', sop.id, '--catatan']);
    expect(noted.stdout).toBe(renderHtml(sop, { catatan: true }));
    expect(noted.stdout).toContain('catatan-page');
    const dir = mkdtempSync(join(tmpdir(), 'sop-ap-lambang-'));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="4" cx="5" cy="5"/></svg>';
    writeFileSync(join(dir, 'lambang.svg'), svg);
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    writeFileSync(join(dir, 'lambang.png'), png);
    const withSvg = await sopAp(['render', sop.id, '--lambang', 'lambang.svg'], { cwd: dir });
    expect(withSvg.code).toBe(0);
    expect(withSvg.stdout).toContain(`<img class="lambang" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" alt="Lambang">`);
    const withPng = await sopAp(['render', sop.id, '--lambang', 'lambang.png'], { cwd: dir });
    expect(withPng.stdout).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    const url = await sopAp(['render', sop.id, '--lambang', 'https://example.go.id/lambang.png']);
    expect(url.stdout).toContain('src="https://example.go.id/lambang.png"');
    const script = await sopAp(['render', sop.id, '--lambang', 'javascript:alert(1)']);
    expect(script.code).toBe(2);
    expect(script.stderr).toMatch(/isian 'lambang'.*\[INVALID_RENDER_OPTION\]\n$/);
    const notHtml = await sopAp(['render', sop.id, '--format', 'svg', '--catatan']);
    expect(notHtml.code).toBe(2);
    expect(notHtml.stderr).toContain("opsi '--catatan' hanya berlaku untuk --format html, bukan svg");
  });

  it('has help', async () => {
    const r = await sopAp(['render', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format html|svg|mermaid|bpmn');
  });
});
