// The public API is listed once (docs/public-api.md): each folder's index names what it
// offers, the root re-exports the folders, the zod schemas live on sop-ap/schemas, and the
// internals named in the document are exported nowhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as api from 'sop-ap';
import * as schemas from 'sop-ap/schemas';

const doc = readFileSync('docs/public-api.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };

describe('the public API', () => {
  test('src/index.ts re-exports the folders and names nothing itself', () => {
    const code = readFileSync('src/index.ts', 'utf8')
      .replace(/\/\*\*[\s\S]*?\*\//g, '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(code.length).toBeGreaterThan(5);
    for (const line of code) expect(line).toMatch(/^export \* from '\.\/[a-z]+\/index\.js';$/);
  });

  test('no folder index exports an @internal name', () => {
    const folders = readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const f of folders) {
      let text = '';
      try {
        text = readFileSync(`src/${f.name}/index.ts`, 'utf8');
      } catch {
        continue;
      }
      expect(text, `src/${f.name}/index.ts`).not.toContain('@internal');
    }
  });

  test('the zod schemas are on sop-ap/schemas, not on sop-ap', () => {
    const isSchema = (v: unknown) => typeof v === 'object' && v !== null && '_zod' in v;
    const onRoot = Object.entries(api).filter(([, v]) => isSchema(v)).map(([k]) => k);
    expect(onRoot).toEqual([]);
    const onSchemas = Object.entries(schemas).filter(([, v]) => isSchema(v));
    expect(onSchemas.length).toBeGreaterThan(40);
  });

  test('every entry point of package.json is in the document', () => {
    for (const key of Object.keys(pkg.exports)) {
      if (key === './package.json') continue;
      expect(doc, key).toContain(`\`sop-ap${key.slice(1)}\``);
    }
  });

  test('the names the document calls internal are exported from neither entry', () => {
    const section = doc.slice(doc.indexOf('## No longer exported'));
    const names = [...section.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1]!).filter((n) => !['readLog', 'readCsvLog', 'readJsonLog', 'readXesLog', 'checkLogFile', 'nominalLeadTime', 'expectedLeadTime', 'simulate', 'LogProblem'].includes(n));
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) {
      expect(n in api, `${n} on sop-ap`).toBe(false);
      expect(n in schemas, `${n} on sop-ap/schemas`).toBe(false);
    }
  });
});
