import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('examples/render.ts writes the document, the SVG, Mermaid and BPMN', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sop-ap-example-render-'));
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/render.ts', dir], { cwd: process.cwd(), timeout: 60_000 });
  expect(stdout).toContain(`dokumen: ${join(dir, 'plut.html')}`);
  expect(stdout).toContain('kolom pelaksana: Fungsional Umum | Pendamping PLUT | Kepala Sub Bidang | Kepala Bidang | Sekretaris | Kepala Dinas');
  expect(stdout).toContain('  s3 -->|Tidak| s2');
  const html = readFileSync(join(dir, 'plut.html'), 'utf8');
  expect(html).toContain('data-sop="peningkatan-pelayanan-plut"');
  expect(html).toContain('data-steps="28"');
  const paper = readFileSync(join(dir, 'plut-seperti-kertas.html'), 'utf8');
  expect([...paper.matchAll(/<th data-lane="([^"]+)"/g)][0]?.[1]).toBe('fungsional-umum');
  expect(readFileSync(join(dir, 'surat-tugas.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(readFileSync(join(dir, 'surat-tugas.bpmn'), 'utf8')).toContain('<bpmn:exclusiveGateway id="Gateway_koreksi"');
  expect(readFileSync(join(dir, 'surat-tugas.mmd'), 'utf8')).toMatch(/^flowchart TD\n/);
});
