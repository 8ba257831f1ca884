// Opens every catalogue SOP's document in a real browser: Debian's chromium driven by
// playwright-core (never a downloaded browser). Screenshots go to test-results/render/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFlow, renderHtml, renderSvg } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { jahat } from '../render/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('test-results/render');
// CI (.ci/run) installs chromium and sets SOP_AP_REQUIRE_BROWSER=1, so there a missing browser
// fails the run. On a developer's machine without chromium the browser test is reported as
// skipped (with the reason below) instead of failing everything else.
const REQUIRED = process.env.SOP_AP_REQUIRE_BROWSER === '1';
// The layout measures text with Arial / Liberation Sans widths; with another font the rows cannot
// line up, so a machine without the font is told so instead of failing on row heights.
const hasLiberation = (): boolean => {
  try {
    return execFileSync('fc-match', ['-f', '%{family}', 'Arial'], { encoding: 'utf8' }).includes('Liberation');
  } catch {
    return false;
  }
};
const MISSING = !existsSync(CHROMIUM) || !hasLiberation();
const MISSING_MESSAGE = `${CHROMIUM} or the Liberation Sans font is missing: the browser test needs Debian's chromium and fonts-liberation. Install them with \`apt-get install -y chromium fonts-liberation\` (never a downloaded browser).`;

let context: BrowserContext | undefined;
let profile: string | undefined;

beforeAll(async () => {
  if (MISSING) {
    if (REQUIRED) throw new Error(MISSING_MESSAGE);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'sop-ap-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1200, height: 900 },
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** Opens a file and collects console errors and uncaught page errors. */
async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context!.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors };
}

describe.skipIf(MISSING && !REQUIRED)(MISSING ? `the SOP AP document in chromium (skipped: ${MISSING_MESSAGE})` : 'the SOP AP document in chromium', () => {
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
      const page = await context!.newPage();
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
