// Imports every catalogue SOP's BPMN into bpmn-js (the bpmn.io viewer, from node_modules) in
// Debian's chromium driven by playwright-core (never a downloaded browser), then reads the
// drawn SVG back: no two shapes or texts overlap, no label sits on a shape or on a flow it does
// not belong to, no text leaves its shape, the user-task icon covers no text, no lane is
// empty. One browser and one page for the whole file; screenshots go to test-results/bpmn/.
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderBpmn, type AnySopDefinition } from 'sop-ap';
import { catalogue, sopIds } from 'sop-ap/machines';
import { lompat } from '../render/bpmn-fixtures.js';
import { izin, jahat, panjang, suratTugas } from '../render/fixtures.js';
import { useChromium } from '../support/chromium.js';
import { importAndRead, problems, writeViewerPage } from './bpmn-page.js';

const OUT = resolve('test-results/bpmn');
let page: Page | undefined;
let errors: string[] = [];
// One page for the whole file: the viewer, opened once the browser is up.
const browser = useChromium({
  out: OUT,
  viewport: { width: 1600, height: 1000 },
  setup: async (started) => {
    ({ page, errors } = await started.open(writeViewerPage(OUT)));
  },
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

describe.skipIf(browser.skip)(browser.title('BPMN in bpmn-js'), () => {
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
