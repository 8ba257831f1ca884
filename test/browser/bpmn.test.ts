// Imports every catalogue SOP's BPMN into bpmn-js (the bpmn.io viewer, from node_modules) in
// Debian's chromium driven by playwright-core (never a downloaded browser), then reads the
// drawn SVG back: no two shapes or texts overlap, no label sits on a shape or on a flow it does
// not belong to, no text leaves its shape, the user-task icon covers no text, no lane is
// empty. One browser and one page for the whole file; screenshots go to test-results/bpmn/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBpmn, type AnySopDefinition } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { lompat } from '../render/bpmn-fixtures.js';
import { izin, jahat, panjang, suratTugas } from '../render/fixtures.js';
import { importAndRead, problems, writeViewerPage } from './bpmn-page.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('test-results/bpmn');
// As in render.test.ts: CI sets SOP_AP_REQUIRE_BROWSER=1 and a missing chromium fails there;
// elsewhere the test is reported as skipped, with the reason.
const REQUIRED = process.env.SOP_AP_REQUIRE_BROWSER === '1';
const MISSING = !existsSync(CHROMIUM);
const MISSING_MESSAGE = `${CHROMIUM} is missing: the browser test needs Debian's chromium. Install it with \`apt-get install -y chromium\` (never a downloaded browser).`;

let context: BrowserContext | undefined;
let profile: string | undefined;
let page: Page | undefined;
const errors: string[] = [];

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
    viewport: { width: 1600, height: 1000 },
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(writeViewerPage(OUT)).href, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
});

/** Imports a diagram, saves a screenshot of it fitted to the window, and lists what is wrong. */
async function check(name: string, xml: string): Promise<string[]> {
  const { warnings, drawn } = await importAndRead(page!, xml);
  expect(warnings, name).toEqual([]);
  // What bpmn-js drew matches the XML: one shape per flow node and a label per named one.
  expect(drawn.filter((d) => d.type === 'bpmn:UserTask').length, name).toBe((xml.match(/<bpmn:userTask /g) ?? []).length);
  await page!.evaluate(() => (window as unknown as { viewer: { get(n: string): { zoom(z: string): void } } }).viewer.get('canvas').zoom('fit-viewport'));
  await page!.screenshot({ path: join(OUT, `${name}.png`) });
  return problems(drawn);
}

describe.skipIf(MISSING && !REQUIRED)(MISSING ? `BPMN in bpmn-js (skipped: ${MISSING_MESSAGE})` : 'BPMN in bpmn-js', () => {
  it('the check finds overlapping labels, overflowing text and the icon over the number', async () => {
    const xml = renderBpmn(suratTugas);
    // The gateway's label moved onto its Tidak label; every task squeezed to 100 x 40.
    const tidak = /<bpmndi:BPMNEdge id="Flow_koreksi_tidak_di"[^]*?<bpmndi:BPMNLabel>(<dc:Bounds[^>]*>)/.exec(xml)![1]!;
    const broken = xml
      .replace(/(<bpmndi:BPMNShape id="Gateway_koreksi_di"[^]*?<bpmndi:BPMNLabel>)<dc:Bounds[^>]*>/, `$1${tidak}`)
      .replace(/(<bpmndi:BPMNShape id="Task_[^"]*_di" bpmnElement="[^"]*"><dc:Bounds x="\d+" y="\d+") width="\d+" height="\d+"/g, '$1 width="100" height="40"');
    const found = await check('broken-surat-tugas', broken);
    expect(found).toContain('text of label of Gateway_koreksi "3. Setuju?" overlaps text of label of Flow_koreksi_tidak "Tidak"');
    expect(found.some((p) => /^text of Task_konsep ".*" overflows its shape$/.test(p))).toBe(true);
    expect(found.some((p) => /^the icon of Task_konsep covers its text/.test(p))).toBe(true);
    expect(await check('surat-tugas', xml)).toEqual([]);
  });

  for (const id of sopIds) {
    it(`${id}: imports with no warning, and nothing overlaps or overflows`, async () => {
      expect(await check(id, renderBpmn(catalogue[id] as AnySopDefinition))).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('the fixtures (a shared step in two empty lanes, thirty long steps, markup in the text, a SETUJU that skips ahead) read as well', async () => {
    for (const def of [izin, panjang, jahat, lompat]) expect(await check(def.id, renderBpmn(def)), def.id).toEqual([]);
    expect(errors).toEqual([]);
  });
});
