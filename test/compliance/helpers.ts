import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of a fixture under test/fixtures/logs/. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/logs/${name}`, import.meta.url)), 'utf8');
}

/** Epoch ms of a WIB wall-clock time on 2026-01-05 (a Monday), e.g. `wib('08:10')`. */
export function wib(hhmm: string, date = '2026-01-05'): number {
  return Date.parse(`${date}T${hhmm}:00+07:00`);
}
