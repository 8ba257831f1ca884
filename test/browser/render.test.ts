// Opens every catalogue SOP's document in a real browser: Debian's chromium driven by
// playwright-core (never a downloaded browser). Screenshots go to test-results/render/.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFlow, renderHtml, renderSvg } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { jahat } from '../render/fixtures.js';
import { useChromium } from '../support/chromium.js';

const OUT = resolve('test-results/render');
// The layout measures text with Arial / Liberation Sans widths; with another font the rows cannot
// line up, so a machine without the font is told so instead of failing on row heights.
const browser = useChromium({ out: OUT, viewport: { width: 1200, height: 900 }, fonts: true });
const open = (file: string) => browser.open(file);

describe.skipIf(browser.skip)(browser.title('the SOP AP document in chromium'), () => {
  it('finds the catalogue', () => {
    expect(sopIds.length).toBeGreaterThanOrEqual(15);
  });

  for (const id of sopIds) {
    it(`${id}: renders without console errors, one symbol per step, rows aligned, printed on A4 landscape`, async () => {
      const sop = catalogue[id];
      const file = join(OUT, `${id}.html`);
      writeFileSync(file, renderHtml(sop));
      const { page, errors } = await open(file);
      try {
        const main = await page.$$eval(
          '[data-symbol="activity"]:not([data-joint]), [data-symbol="decision"]:not([data-joint])',
          (els) => els.map((el) => `${el.getAttribute('data-symbol')}:${el.getAttribute('data-step')}`),
        );
        const flow = compileFlow(sop);
        expect(main).toEqual(flow.nodes.map((n) => `${n.kind === 'decision' ? 'decision' : 'activity'}:${n.id}`));
        const terminals = await page.$$eval('[data-symbol="terminal"]', (els) => els.map((el) => el.getAttribute('data-terminal')));
        expect(terminals.filter((t) => t === 'mulai')).toHaveLength(1);
        expect(terminals.filter((t) => t === 'selesai')).toHaveLength(1);
        expect(terminals.length).toBe(2 + flow.nodes.filter((n) => n.refuse === 'ditolak').length);

        // Every row is as tall as the layout says, so the symbols sit beside their text.
        const rows = await page.$$eval('tr[data-h]', (trs) =>
          trs.map((tr) => ({ row: tr.getAttribute('data-row'), want: Number(tr.getAttribute('data-h')), got: tr.getBoundingClientRect().height })),
        );
        for (const r of rows) expect(Math.abs(r.got - r.want), `row ${r.row}`).toBeLessThanOrEqual(1);
        // Each symbol is drawn inside the page box of its lane area.
        const inside = await page.$$eval('svg.lanes-svg', (svgs) =>
          svgs.every((svg) => {
            const box = svg.getBoundingClientRect();
            return Array.from(svg.querySelectorAll('[data-symbol]')).every((g) => {
              const b = g.getBoundingClientRect();
              return b.left >= box.left - 0.5 && b.right <= box.right + 0.5 && b.top >= box.top - 0.5 && b.bottom <= box.bottom + 0.5;
            });
          }),
        );
        expect(inside).toBe(true);

        // Printed on A4 landscape (194 mm = 733 px printable height), every flowchart page
        // fits one sheet; identity and notes pages may run on.
        await page.emulateMedia({ media: 'print' });
        const heights = await page.$$eval('section.flow-page', (s) => s.map((x) => x.getBoundingClientRect().height));
        for (const h of heights) expect(h).toBeLessThanOrEqual(733);
        await page.emulateMedia({ media: 'screen' });
        const sections = await page.$$eval('section.page', (s) => s.length);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        expect(pages).toBeGreaterThanOrEqual(sections);
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
        // A4 landscape is 842 x 595 points.
        expect(Math.round(Number(box?.[1]))).toBe(842);
        expect(Math.round(Number(box?.[2]))).toBe(595);

        await page.screenshot({ path: join(OUT, `${id}.png`), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('runs no script from the text of a definition (HTML and SVG)', async () => {
    for (const [name, markup] of [
      ['jahat.html', renderHtml(jahat)],
      ['jahat.svg', renderSvg(jahat)],
    ] as const) {
      const file = join(OUT, name);
      writeFileSync(file, markup);
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        expect(await page.$$eval('script, img, iframe', (els) => els.length)).toBe(0);
        expect(await page.textContent('body, svg')).toContain('<script>alert(3)</script>');
        expect(dialogs).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });

  it('the standalone SVG of the longest SOP opens without errors and has its symbols', async () => {
    const id = [...sopIds].sort((a, b) => catalogue[b].steps.length - catalogue[a].steps.length)[0]!;
    const sop = catalogue[id];
    const file = join(OUT, `${id}.svg`);
    writeFileSync(file, renderSvg(sop));
    const { page, errors } = await open(file);
    try {
      const count = await page.$$eval('[data-symbol="activity"]:not([data-joint]), [data-symbol="decision"]:not([data-joint])', (els) => els.length);
      expect(count).toBe(sop.steps.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
