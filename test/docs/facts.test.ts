// Statements of fact in the docs that a reader relies on, checked against the code (finding 12).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { catalogue } from '../../machines/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

describe('the docs say what the code does', () => {
  test('a catalogue SOP described with a number of decisions has at least that many, and the largest number is its count', () => {
    const checked: string[] = [];
    for (const file of readdirSync(new URL('../../machines/', import.meta.url)).filter((f) => f.endsWith('.ts'))) {
      const text = read(`machines/${file}`);
      const id = /defineSop\(\{\s*id: '([^']+)'/.exec(text)?.[1];
      const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const \w+ = defineSop/.exec(text)?.[1];
      if (id === undefined || doc === undefined) continue;
      const said = [...doc.matchAll(/\b(\w+) decisions?\b/gi)].map((m) => WORDS.indexOf(m[1]!.toLowerCase())).filter((n) => n >= 0);
      if (said.length === 0) continue;
      const sop = catalogue[id as keyof typeof catalogue];
      expect(Math.max(...said), `${file}: the doc comment says ${said.join(', ')} decisions`).toBe(sop.steps.filter((s) => s.decision !== undefined).length);
      checked.push(id);
    }
    expect(checked).toContain('fasilitasi-narasumber');
    expect(read('docs/api.md')).toMatch(/SOP Fasilitasi Narasumber:[^\n]*five decisions in all/);
  });

  test('calendar24x7 is not described as the default; kalbarCalendar is', () => {
    const entry = /#### `calendar24x7`\n\n([^\n]+)/.exec(read('docs/api.md'))?.[1];
    expect(entry).toBeDefined();
    expect(entry).not.toMatch(/uses it when no calendar|by default|the default/i);
    expect(entry).toContain('kalbarCalendar');
  });

  test('the rendering guide says the browser test is skipped without chromium, and required in CI', () => {
    const guide = read('docs/rendering.md');
    // the browser tests start chromium through test/support/chromium.ts, which reads the variable
    expect(read('test/browser/render.test.ts')).toMatch(/useChromium\(/);
    expect(read('test/support/chromium.ts')).toMatch(/SOP_AP_REQUIRE_BROWSER === '1'/);
    expect(guide).not.toMatch(/Without `\/usr\/bin\/chromium` the test fails/);
    expect(guide).toMatch(/Without `\/usr\/bin\/chromium` the browser test is\s+reported as skipped/);
    expect(guide).toContain('SOP_AP_REQUIRE_BROWSER=1');
  });
});
