import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { catalogueTable } from '../../docs/scripts/catalogue-table.js';
import { sopIds } from '../../machines/index.js';

test('docs/catalogue.md is what docs/scripts/catalogue-table.ts generates (run npm run catalogue:docs)', () => {
  const committed = readFileSync(new URL('../../docs/catalogue.md', import.meta.url), 'utf8');
  expect(committed).toBe(catalogueTable());
});

test('the table has one row per catalogue SOP', () => {
  const rows = catalogueTable().split('\n').filter((l) => l.startsWith('| `'));
  expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual(sopIds);
});
