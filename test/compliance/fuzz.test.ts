import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, LogError, readCsvLog, readJsonLog, readLog, readXesLog, type ParsedLog } from 'sop-ap';
import { LogEventSchema, LogProblemSchema } from 'sop-ap/schemas';

// Every reader, on arbitrary and on almost-right input: it returns events and problems that
// satisfy their schemas, or throws a LogError, never anything else; and what it returns
// checks without error.
const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');

function sound(read: () => ParsedLog): void {
  let log: ParsedLog;
  try {
    log = read();
  } catch (e) {
    expect(e).toBeInstanceOf(LogError);
    return;
  }
  for (const e of log.events) LogEventSchema.parse(e);
  for (const p of log.problems) LogProblemSchema.parse(p);
  const report = checkConformance(sk, log, { calendar: calendar24x7 });
  expect(report.cases.reduce((n, c) => n + c.events, 0)).toBe(log.events.length);
  for (const c of report.cases) expect(c.fitness).toBeGreaterThanOrEqual(0);
}

const fieldArb = fc.oneof(
  fc.constantFrom('SK-1', 'SK-2', '1', '2', '3', '4', '5', '7', 'koreksi-konsep-surat', 'Kadis', 'Kabid', 'Kasubbag TU', 'Tim Kerja', 'Plt. Kadis', 'setuju', 'tidak setuju', 'nan', ''),
  fc.constantFrom('2026-01-05T07:30:00+07:00', '2026-01-05 08:00', '2026-02-30 08:00', '1767573000000', 'kemarin'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', ';', 'a', ' '), maxLength: 8 }),
);
const csvArb = fc
  .tuple(fc.constantFrom('case,step,role,started_at,completed_at,decision', 'completed_at;role;step;case', 'case,step,role,completed_at,acting_as', 'case,step'), fc.array(fc.array(fieldArb, { maxLength: 7 }), { maxLength: 12 }))
  .map(([head, rows]) => `${head}\n${rows.map((r) => r.map((f) => (f.includes(',') ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\n')}\n`);

const attrArb = fc
  .tuple(fc.constantFrom('string', 'date', 'float', 'int', 'boolean', 'list'), fc.constantFrom('concept:name', 'org:role', 'org:resource', 'time:timestamp', 'lifecycle:transition', 'sopap:decision', 'decision', 'x'), fieldArb)
  .map(([t, k, v]) => `<${t} key="${k}" value="${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"/>`);
const xesArb = fc
  .array(fc.tuple(fc.array(attrArb, { maxLength: 2 }), fc.array(fc.array(attrArb, { maxLength: 6 }), { maxLength: 6 })), { maxLength: 5 })
  .map((traces) => `<?xml version="1.0"?>\n<log xes.version="1849-2016">\n${traces.map(([ta, evs]) => `<trace>${ta.join('')}\n${evs.map((ev) => `<event>\n${ev.join('\n')}\n</event>`).join('\n')}</trace>`).join('\n')}\n</log>\n`);

const jsonArb = fc.array(fc.dictionary(fc.constantFrom('case', 'step', 'role', 'completed_at', 'completedAt', 'started_at', 'decision', 'acting_as'), fc.oneof(fieldArb, fc.integer(), fc.constant(null), fc.boolean())), { maxLength: 10 }).map((rows) => JSON.stringify(rows, null, 1));

describe('fuzzing the log readers', () => {
  it('CSV: arbitrary text, and rows of plausible and hostile fields', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), csvArb), (text) => sound(() => readCsvLog(text))), { numRuns: 400, seed: 151 });
  });

  it('XES: arbitrary text, and logs of plausible and hostile attributes', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), xesArb), (text) => sound(() => readXesLog(text))), { numRuns: 400, seed: 152 });
  });

  it('JSON: arbitrary text, and arrays of plausible and hostile entries', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), jsonArb, fc.json()), (text) => sound(() => readJsonLog(text))), { numRuns: 400, seed: 153 });
  });

  it('readLog: whatever the format it guesses', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), csvArb, xesArb, jsonArb), (text) => sound(() => readLog(text))), { numRuns: 300, seed: 154 });
  });

  it('a PM4Py decision <float value="nan"> reads as no decision, not a bad row', () => {
    const log = readXesLog(
      '<log><trace><string key="concept:name" value="A"/><event><string key="concept:name" value="1"/><string key="org:role" value="Kadis"/><date key="time:timestamp" value="2026-01-05T00:34:00.000Z"/><float key="decision" value="nan"/></event></trace></log>',
    );
    expect(log.problems).toEqual([]);
    expect(log.events[0]!.decision).toBeUndefined();
  });
});
