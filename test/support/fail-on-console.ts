// A test that writes to the console fails: output is either asserted or it is noise.
// (After zod's scripts/fail-on-console.ts.)
import { afterEach, beforeEach, vi } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const seen = calls.join('\n');
    calls = [];
    throw new Error(`The test wrote to the console:\n${seen}`);
  }
});
