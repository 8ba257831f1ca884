// Renders every catalogue SOP to HTML and takes a PNG of each printed page, with Debian's
// chromium (never a downloaded browser). For looking at the documents, not a test.
// Run: npx tsx scripts/screenshots.ts [output-directory] [sop-id …]   (default: test-results/render)
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { renderHtml } from 'sop-ap';
import { getSop, sopIds } from 'sop-ap/machines';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  process.stderr.write(`${CHROMIUM} is missing: apt-get install -y chromium\n`);
  process.exit(1);
}
const [dir, ...ids] = process.argv.slice(2);
const out = resolve(dir ?? 'test-results/render');
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'sop-ap-screens-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 900 },
  deviceScaleFactor: 1.5,
});
try {
  const page = await context.newPage();
  for (const id of ids.length > 0 ? ids : sopIds) {
    const file = join(out, `${id}.html`);
    writeFileSync(file, renderHtml(getSop(id)));
    await page.goto(pathToFileURL(file).href);
    const sections = await page.$$('section.page');
    for (const [i, section] of sections.entries()) {
      await section.screenshot({ path: join(out, `${id}-${i}.png`) });
    }
    process.stdout.write(`${id}: ${sections.length} halaman -> ${join(out, `${id}-*.png`)}\n`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
