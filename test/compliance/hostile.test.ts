import { describe, expect, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, LogError, readCsvLog, readXesLog, type LogEvent } from 'sop-ap';
import { wib } from './helpers.js';

// The four inputs of issue 15 that took 18 s to over 120 s with the hand-written readers and
// the replay. Each must now end within a second (the test's timeout, not a timed assertion).
// Their CPU time is 0.1–0.9 s. The project checks speed with benchmarks, not timed unit tests
// (machines are shared and noisy), so the default timeout is 10 s: still far below the 18–120 s
// of the quadratic paths, so a regression fails, but no CI run is lost to a busy neighbour.
// SOP_AP_HOSTILE=1 holds them to the 1 s on a quiet machine.
const within1s = { timeout: process.env.SOP_AP_HOSTILE === '1' ? 1000 : 10_000 };
const HEADER = 'case,step,role,started_at,completed_at,decision\n';
const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');

describe('hostile inputs end within 1 s', () => {
  it('a CSV field "a" followed by 400k double quotes: one malformed row, no hang', within1s, () => {
    const log = readCsvLog(`${HEADER}a${'"'.repeat(400_000)}\nSK-1,1,Kadis,,2026-01-05T07:34:00+07:00,\n`);
    expect(log.problems).toHaveLength(1);
    expect(log.problems[0]).toMatchObject({ line: 2, code: 'missing-field' });
    expect(log.events).toHaveLength(1);
  });

  it('a 100 KB XES attribute without "=": a LogError naming the line', within1s, () => {
    const text = `<log>\n<trace>\n<string key${'x'.repeat(100_000)}/>\n</trace>\n</log>`;
    expect(() => readXesLog(text)).toThrow(LogError);
    try {
      readXesLog(text);
    } catch (e) {
      expect((e as LogError).line).toBe(3);
    }
  });

  it('100k nested XES elements: read to the end, no event', within1s, () => {
    const text = `<log><trace>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</trace></log>`;
    expect(readXesLog(text)).toMatchObject({ events: [], problems: [] });
  });

  const base = wib('07:30');
  const event = (step: string, role: string, k: number, decision?: 'setuju' | 'tidak-setuju'): LogEvent => ({ case: 'BIG', step, role, completedAt: base + k * 1000, ...(decision ? { decision } : {}) });

  it('one case with 100k events in rework loops: aligned at cost 0', within1s, () => {
    const events: LogEvent[] = [event('1', 'kepala-dinas', 0), event('2', 'kepala-bidang', 1)];
    while (events.length < 100_000 - 5) {
      events.push(event('3', 'kasubbag-tu', events.length), event('4', 'kepala-bidang', events.length + 1, 'tidak-setuju'));
    }
    events.push(event('3', 'kasubbag-tu', events.length), event('4', 'kepala-bidang', events.length + 1, 'setuju'), event('5', 'kepala-dinas', events.length + 2), event('6', 'kepala-bidang', events.length + 3), event('7', 'tim-kerja', events.length + 4));
    const c = checkConformance(sk, { format: 'events', events, problems: [] }, { calendar: calendar24x7, steps: false }).cases[0]!;
    expect(c).toMatchObject({ cost: 0, fitness: 1, status: 'selesai', events: events.length });
    expect(c.reworks['susun-surat-tugas']).toBeGreaterThan(49_000);
  });

  it('one case with 100k events of the same step: 99 999 log moves and 6 model moves', within1s, () => {
    const events = Array.from({ length: 100_000 }, (_, k) => event('1', 'kepala-dinas', k));
    const c = checkConformance(sk, { format: 'events', events, problems: [] }, { calendar: calendar24x7, steps: false }).cases[0]!;
    expect(c.cost).toBe(99_999 + 6);
    expect(c.deviations.filter((d) => d.kind === 'inserted-step')).toHaveLength(99_999);
  });
});
