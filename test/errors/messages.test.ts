// The message catalogue (src/errors/messages.ts): every code has a Bahasa Indonesia and an
// English text, as zod checks its locales; the codes the library raises are the catalogue's;
// and nothing in src/ throws anything but a SopError.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEVIATION_MESSAGES, ERROR_MESSAGES, LOG_PROBLEM_MESSAGES, REFUSAL_MESSAGES, SIMULATION_MESSAGES, STORE_REFUSAL_MESSAGES } from 'sop-ap';
import { DeviationKindSchema, LogProblemCodeSchema } from 'sop-ap/schemas';

/** Parameters that answer every name a template reads, so each text shows what it is built of. */
const params = new Proxy({} as Record<string, unknown>, {
  get: (_, key) => {
    if (typeof key !== 'string') return undefined;
    if (key === 'at' || key === 'last') return Date.UTC(2026, 2, 2, 1, 0);
    if (key === 'zone') return 'Asia/Pontianak';
    if (key === 'acting') return { role: 'kepala-dinas', as: 'plt' };
    if (key === 'minutes' || key === 'found' || key === 'width' || key === 'revision' || key === 'line') return 7;
    if (key === 'decision' || key === 'integer') return true;
    return `«${key}»`;
  },
});

const CATALOGUES = {
  ERROR_MESSAGES,
  REFUSAL_MESSAGES,
  STORE_REFUSAL_MESSAGES,
  LOG_PROBLEM_MESSAGES,
  DEVIATION_MESSAGES,
  SIMULATION_MESSAGES,
} as const;

describe('the message catalogue', () => {
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    test(`${name}: every entry has both texts, non-empty, in two languages`, () => {
      const entries = Object.entries(catalogue as Record<string, { id: (p: never) => string; en: (p: never) => string }>);
      expect(entries.length).toBeGreaterThan(0);
      for (const [key, texts] of entries) {
        expect(Object.keys(texts).sort(), key).toEqual(['en', 'id']);
        const id = texts.id(params as never);
        const en = texts.en(params as never);
        expect(id.trim(), `${name}.${key}.id`).not.toBe('');
        expect(en.trim(), `${name}.${key}.en`).not.toBe('');
        expect(id, `${name}.${key}: the two texts are the same`).not.toBe(en);
        expect(`${id} ${en}`, `${name}.${key}: a parameter printed as undefined`).not.toMatch(/undefined|\[object Object\]/);
      }
    });
  }

  test('refusal keys are REASON or REASON.variant in upper snake case; log and deviation keys are kebab-case', () => {
    for (const key of [...Object.keys(REFUSAL_MESSAGES), ...Object.keys(STORE_REFUSAL_MESSAGES)]) expect(key).toMatch(/^[A-Z][A-Z_]*(\.[a-z-]+)?$/);
    for (const key of Object.keys(ERROR_MESSAGES)) expect(key).toMatch(/^[A-Z][A-Z_]*$/);
    for (const key of [...Object.keys(LOG_PROBLEM_MESSAGES), ...Object.keys(DEVIATION_MESSAGES)]) expect(key).toMatch(/^[a-z-]+(\.[a-z-]+)?$/);
  });

  test('the zod enums of log problems and deviation kinds are read from the catalogue', () => {
    expect(LogProblemCodeSchema.options).toEqual([...new Set(Object.keys(LOG_PROBLEM_MESSAGES).map((k) => k.split('.')[0]))]);
    expect(DeviationKindSchema.options).toEqual([...new Set(Object.keys(DEVIATION_MESSAGES).map((k) => k.split('.')[0]))]);
    // a variant only words its kind: a missing decision says what the flow's refusal does
    expect(Object.keys(DEVIATION_MESSAGES).filter((k) => k.startsWith('missing-decision'))).toEqual(['missing-decision', 'missing-decision.rework', 'missing-decision.forward', 'missing-decision.end']);
  });

  test('every code written in src/ as a SopError, refusal or log problem is a key of the catalogue', () => {
    const src = sources('src');
    const known = new Set([...Object.keys(ERROR_MESSAGES), ...Object.keys(REFUSAL_MESSAGES), ...Object.keys(STORE_REFUSAL_MESSAGES), ...Object.keys(LOG_PROBLEM_MESSAGES)]);
    const used = new Set<string>();
    for (const { text } of src) {
      for (const m of text.matchAll(/\b(?:refusalOf|refuse\(judge,|storeRefusal|logProblem|cliError\([^,]+, io,)\s*\(?\s*'([A-Za-z_.-]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/new (?:SopError|StoreError)\(\s*'([A-Z_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
  });

  test('every SimulationError in src/ is worded from SIMULATION_MESSAGES (both languages), never from a bare string', () => {
    const offenders: string[] = [];
    const keys = new Set<string>();
    for (const { file, text } of sources('src')) {
      for (const m of text.matchAll(/new SimulationError\(\s*([^,)]*)/g)) {
        const arg = m[1]!;
        const key = /^simulationDetail\('([a-z-]+)'/.exec(arg)?.[1];
        if (key === undefined) {
          if (!/^detail$/.test(arg.trim())) offenders.push(`${file}: new SimulationError(${arg}`);
        } else keys.add(key);
      }
    }
    expect(offenders).toEqual([]);
    expect(keys.size).toBeGreaterThan(15);
    expect([...keys].filter((k) => !(k in SIMULATION_MESSAGES))).toEqual([]);
  });
});

/** Every .ts file under a folder, with its text. */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

describe('nothing in src/ throws anything but a SopError', () => {
  const files = sources('src');
  // class X extends Y, across src/
  const parent = new Map<string, string>();
  for (const { text } of files) for (const m of text.matchAll(/class (\w+)(?:<[^>]*>)? extends (\w+)/g)) parent.set(m[1]!, m[2]!);
  const isSopError = (name: string): boolean => {
    for (let n: string | undefined = name, hops = 0; n !== undefined && hops < 10; n = parent.get(n), hops++) if (n === 'SopError') return true;
    return false;
  };

  test('every `throw new X(…)` in src/ constructs a subclass of SopError', () => {
    const offenders: string[] = [];
    let count = 0;
    for (const { file, text } of files) {
      text.split('\n').forEach((line, i) => {
        if (/^\s*(\*|\/\/)/.test(line)) return; // documentation
        for (const m of line.matchAll(/throw new (\w+)\(/g)) {
          count++;
          if (!isSopError(m[1]!)) offenders.push(`${file}:${i + 1}: throw new ${m[1]}`);
        }
      });
    }
    expect(count).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  test('no plain Error, TypeError or RangeError is made in src/ to be thrown', () => {
    const offenders: string[] = [];
    for (const { file, text } of files) {
      text.split('\n').forEach((line, i) => {
        if (/^\s*(\*|\/\/)/.test(line)) return; // documentation
        if (/\bthrow\b.*\bnew (Error|TypeError|RangeError)\(/.test(line) || /throw Object\.assign\(new Error/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
