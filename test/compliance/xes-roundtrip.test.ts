import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getSop } from 'sop-ap/machines';
import { calendar24x7, checkConformance, createSopMachine, dispatch, historyFromContext, readCsvLog, readXesLog, writeXes, type SopContext } from 'sop-ap';
import { fixture, wib } from './helpers.js';

const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');

function runCase() {
  const machine = createSopMachine(sk, { calendar: calendar24x7 });
  const actor = createActor(machine, { input: { caseId: 'SK-RT', startedAt: wib('07:30') } }).start();
  const steps: [string, string, string][] = [
    ['SELESAI', 'kepala-dinas', '07:34'],
    ['SELESAI', 'kepala-bidang', '07:38'],
    ['SELESAI', 'kasubbag-tu', '07:58'],
    ['TIDAK_SETUJU', 'kepala-bidang', '08:08'],
    ['SELESAI', 'kasubbag-tu', '08:20'],
    ['TIDAK_SETUJU', 'kepala-bidang', '08:30'],
    ['SELESAI', 'kasubbag-tu', '08:40'],
    ['SETUJU', 'kepala-bidang', '08:50'],
    ['SELESAI', 'kepala-dinas', '08:55'],
    ['SELESAI', 'kepala-bidang', '08:58'],
    ['SELESAI', 'tim-kerja', '09:00'],
  ];
  for (const [type, role, at] of steps) {
    const r = dispatch(actor, { type: type as 'SELESAI', actor: { role: role as 'kepala-dinas', name: `pegawai ${role}` }, at: wib(at) });
    if (!r.accepted) throw new Error(r.refusal.message);
  }
  return actor.getSnapshot().context as SopContext;
}

describe('XES round trip', () => {
  const context = runCase();
  const history = historyFromContext(context);
  const xes = writeXes(history, { definition: sk });

  it('history has one event per closed visit with the performer, the decision and the start', () => {
    expect(history).toHaveLength(11);
    expect(history[3]).toMatchObject({ case: 'SK-RT', step: 'koreksi-konsep-surat', role: 'kepala-bidang', decision: 'tidak-setuju', startedAt: wib('07:58'), completedAt: wib('08:08') });
  });

  it('declares the standard extensions, globals and classifiers that ProM and PM4Py expect', () => {
    for (const prefix of ['concept', 'time', 'org', 'lifecycle']) {
      expect(xes).toMatch(new RegExp(`<extension name="\\w+" prefix="${prefix}" uri="http://www\\.xes-standard\\.org/${prefix}\\.xesext"/>`));
    }
    expect(xes).toContain('<global scope="trace">');
    expect(xes).toContain('<global scope="event">');
    expect(xes).toContain('<classifier name="Activity" keys="concept:name"/>');
    expect(xes).toContain('xes.version="1849-2016"');
    // every event carries every event-global key (ProM rejects a log where one is missing)
    const events = xes.split('<event>').slice(1);
    expect(events).toHaveLength(22);
    for (const ev of events) for (const key of ['concept:name', 'time:timestamp', 'lifecycle:transition', 'org:role', 'org:resource']) expect(ev).toContain(`key="${key}"`);
    // UTC, because some readers drop offsets: 07:30 WIB is 00:30Z
    expect(xes).toContain('<date key="time:timestamp" value="2026-01-05T00:30:00.000Z"/>');
    expect(xes).not.toContain('+07:00"/>');
    // org:resource: the actor (here named), else the role
    expect(xes).toContain('<string key="org:resource" value="pegawai kepala-dinas"/>');
    expect(writeXes([{ case: 'A', step: '1', role: 'kepala-dinas', completedAt: wib('07:34') }])).toContain('<string key="org:resource" value="kepala-dinas"/>');
  });

  it('reads back to the same events, which check conformant with both reworks counted', () => {
    const back = readXesLog(xes);
    expect(back.problems).toEqual([]);
    expect(back.events.map(({ line: _line, ...e }) => e)).toEqual(history);
    const report = checkConformance(sk, back, { calendar: calendar24x7 });
    expect(report.cases[0]).toMatchObject({ case: 'SK-RT', conformant: true, fitness: 1, status: 'selesai' });
    expect(report.cases[0]!.reworks).toEqual({ 'susun-surat-tugas': 2, 'koreksi-konsep-surat': 2 });
    // the replay measures each step as the live machine did
    expect(report.cases[0]!.steps.map((s) => s.elapsedMinutes)).toEqual(context.visits.map((v) => v.elapsedMinutes));
  });

  it('writes a log read from CSV too, escaping what XML needs', () => {
    const log = readCsvLog(fixture('sk-conformant.csv'));
    const out = writeXes(log.events, { name: 'SK <Bidang 3> & "uji"' });
    expect(out).toContain('value="SK &lt;Bidang 3&gt; &amp; &quot;uji&quot;"');
    const back = readXesLog(out);
    expect(back.events.map((e) => [e.step, e.role, e.completedAt, e.decision])).toEqual(log.events.map((e) => [e.step, e.role, e.completedAt, e.decision]));
  });
});
