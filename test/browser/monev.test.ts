// Opens the monitoring and evaluation page in a real browser: Debian's chromium driven by
// playwright-core (never a downloaded browser). Screenshots go to test-results/monev/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLog } from 'sop-ap';
import { getSop } from 'sop-ap/machines';
import { monev, renderMonevHtml } from 'sop-ap/monev';
import { useChromium } from '../support/chromium.js';

const OUT = resolve('test-results/monev');
const browser = useChromium({ out: OUT, viewport: { width: 900, height: 1200 } });
const open = (file: string) => browser.open(file, { requestFailures: true });

const text = readFileSync(fileURLToPath(new URL('../fixtures/monev/sk-2026-s2.csv', import.meta.url)), 'utf8');
const log = readLog(text, { fileName: 'sk-2026-s2.csv' });

describe.skipIf(browser.skip)(browser.title('the monitoring page in chromium'), () => {
  it('opens without console errors, draws its four charts inside their boxes, and prints on A4 portrait', async () => {
    const report = monev([getSop('pembuatan-sk-tim-kerja-bidang-3')], log, { period: '2026-S2', source: 'sk-2026-s2.csv' });
    const file = join(OUT, 'monev-bidang-3.html');
    writeFileSync(file, renderMonevHtml(report));
    const { page, errors } = await open(file);
    try {
      // No script at all: the charts are static SVG.
      expect(await page.$$eval('script, iframe, img, link[rel="stylesheet"]', (els) => els.length)).toBe(0);
      const charts = await page.$$eval('svg[data-chart]', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const fig = svg.closest('figure')!.getBoundingClientRect();
          // Every label and mark lies inside the chart's own box (no text spilling out).
          const outside = Array.from(svg.querySelectorAll('text, path')).filter((el) => {
            const b = el.getBoundingClientRect();
            if (b.width === 0 && b.height === 0) return false;
            return b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1;
          }).length;
          return { kind: svg.getAttribute('data-chart'), w: box.width, h: box.height, inFigure: box.left >= fig.left - 0.5 && box.right <= fig.right + 0.5, outside, bars: svg.querySelectorAll('path[fill="#3b6ea5"], path[fill="#c0504d"]').length };
        }),
      );
      expect(charts.map((c) => c.kind)).toEqual(['lead-time', 'months', 'steps', 'workload']);
      for (const c of charts) {
        expect(c.w, c.kind!).toBeGreaterThan(200);
        expect(c.h, c.kind!).toBeGreaterThan(100);
        expect(c.inFigure, c.kind!).toBe(true);
        expect(c.outside, `${c.kind}: elements outside the chart`).toBe(0);
        expect(c.bars, c.kind!).toBeGreaterThan(0);
      }
      // The histogram: the six finished cases fall in bins; the within-mutu-baku bins are blue.
      const hist = await page.$$eval('svg[data-chart="lead-time"] path[fill="#3b6ea5"], svg[data-chart="lead-time"] path[fill="#c0504d"]', (ps) => ps.length);
      expect(hist).toBeGreaterThanOrEqual(2);

      // Tabel 7: one row, the judgement columns empty, the suggestion filled.
      const row = await page.$eval('table.tabel7 tbody tr', (tr) => ({
        saran: tr.querySelector('[data-field="penilaian-saran"] b')!.textContent,
        tindakan: tr.querySelector('[data-field="tindakan"]')!.textContent,
        paraf: tr.querySelector('[data-field="paraf"]')!.textContent,
      }));
      expect(row).toEqual({ saran: 'Tidak berjalan dengan baik', tindakan: 'diisi penilai', paraf: '' });
      // No cell of Tabel 7 lets its text run into the next one.
      const overflow = await page.$$eval('table.tabel7 td, table.tabel7 th', (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
      expect(overflow).toBe(0);

      await page.emulateMedia({ media: 'print' });
      const sheets = await page.$$eval('section.sheet', (s) => s.map((x) => x.getAttribute('data-sheet')));
      expect(sheets).toEqual(['monitoring', 'rincian', 'evaluasi']);
      await page.emulateMedia({ media: 'screen' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const latin = pdf.toString('latin1');
      const pages = (latin.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(3);
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(latin);
      // A4 portrait is 595 x 842 points.
      expect(Math.round(Number(box?.[1]))).toBe(595);
      expect(Math.round(Number(box?.[2]))).toBe(842);
      writeFileSync(join(OUT, 'monev-bidang-3.pdf'), pdf);
      let i = 0;
      for (const s of await page.$$('section.sheet')) await s.screenshot({ path: join(OUT, `monev-bidang-3-${++i}.png`) });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a unit with several SOPs, some without cases, opens without errors', async () => {
    const defs = ['pembuatan-sk-tim-kerja-bidang-3', 'penugasan-kegiatan-bidang-3', 'mekanisme-pelaporan-tim-kerja-bidang-3', 'pelaporan-kegiatan-pelatihan-bimtek-bidang-3'].map((id) => getSop(id));
    const report = monev(defs, log, { period: '2026-S2' });
    expect(report.units).toHaveLength(1);
    const file = join(OUT, 'monev-bidang-3-semua.html');
    writeFileSync(file, renderMonevHtml(report));
    const { page, errors } = await open(file);
    try {
      expect(await page.$$eval('table.tabel7 tbody tr', (trs) => trs.length)).toBe(4);
      expect(await page.$$eval('svg[data-chart]', (s) => s.length)).toBe(4);
      await page.screenshot({ path: join(OUT, 'monev-bidang-3-semua.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the page of an SOP whose refusal goes forward (Pendaftaran Narasumber): the decision table fits and says where a refusal goes', async () => {
    const narsumText = readFileSync(fileURLToPath(new URL('../fixtures/monev/narsum-2026-s2.csv', import.meta.url)), 'utf8');
    const report = monev([getSop('pendaftaran-narasumber')], readLog(narsumText, { fileName: 'narsum-2026-s2.csv' }), { period: '2026-S2', source: 'narsum-2026-s2.csv' });
    const file = join(OUT, 'monev-narsum.html');
    writeFileSync(file, renderMonevHtml(report));
    const { page, errors } = await open(file);
    try {
      const row = await page.$$eval('table.keputusan tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
      expect(row).toEqual([['4', '5', '3 (60%)', 'diteruskan ke langkah 5, lalu kasus ditolak', '3', '2 (+1 menuju ditolak); 1 dalam mutu baku jalur penolakan 25 menit', '0']]);
      const overflow = await page.$$eval('table.keputusan td, table.keputusan th, table.tabel7 td, table.tabel7 th', (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
      expect(overflow).toBe(0);
      let i = 0;
      for (const s of await page.$$('section.sheet')) await s.screenshot({ path: join(OUT, `monev-narsum-${++i}.png`) });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
