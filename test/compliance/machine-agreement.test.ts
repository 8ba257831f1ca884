import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { catalogue } from 'sop-ap/machines';
import { calendar24x7, checkConformance, compileFlow, createSopMachine, defaultRoles, dispatch, FINAL_STATES, type AnySopDefinition, type LogEvent } from 'sop-ap';

// On random logs, the alignment's verdict on every case it aligns at zero cost equals a
// replay of the same events through the SOP's own machine (createSopMachine): conformant
// exactly when the machine accepts every event and ends, and then with the same outcome.
const sops = Object.values(catalogue) as AnySopDefinition[];
const roleIds = defaultRoles.ids as readonly string[];
const T0 = Date.parse('2026-01-05T07:30:00+07:00');

/** A walk through the flow by random choices, each step an event; then some noise. */
const caseArb = fc.record({
  sop: fc.integer({ min: 0, max: sops.length - 1 }),
  choices: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 40, maxLength: 40 }),
  wrongRole: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 40, maxLength: 40 }),
  decisionNoise: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 40, maxLength: 40 }),
  stopAt: fc.integer({ min: 1, max: 45 }),
});

function walk(def: AnySopDefinition, c: { readonly choices: number[]; readonly wrongRole: number[]; readonly decisionNoise: number[]; readonly stopAt: number }): LogEvent[] {
  const flow = compileFlow(def);
  const events: LogEvent[] = [];
  let at: string = flow.start;
  for (let k = 0; k < c.stopAt && at !== FINAL_STATES.done && at !== FINAL_STATES.refused && k < 40; k++) {
    const node = flow.byId.get(at)!;
    const refuse = node.kind === 'decision' && c.choices[k]! < 3;
    const w = c.wrongRole[k]!;
    const role = w === 0 ? roleIds[c.choices[k]! % roleIds.length]! : node.step.pelaksana[0]!;
    const e: LogEvent = { case: 'R', step: node.id, role, completedAt: T0 + k * 6000, line: k + 2 };
    const noise = c.decisionNoise[k]!;
    if (node.kind === 'decision') {
      const decision = refuse ? 'tidak-setuju' : 'setuju';
      const logged = noise === 0 ? undefined : noise === 1 ? (refuse ? 'setuju' : 'tidak-setuju') : decision;
      events.push(logged === undefined ? e : { ...e, decision: logged });
    } else events.push(noise === 0 ? { ...e, decision: 'tidak-setuju' } : e);
    at = refuse ? node.refuse! : node.next;
  }
  return events;
}

function replay(def: AnySopDefinition, events: readonly LogEvent[]): { ok: boolean; status: string } {
  const actor = createActor(createSopMachine(def, { calendar: calendar24x7 }), { input: { caseId: 'R', startedAt: events[0]!.completedAt } }).start();
  let ok = true;
  for (const e of events) {
    const type = e.decision === undefined ? 'SELESAI' : e.decision === 'setuju' ? 'SETUJU' : 'TIDAK_SETUJU';
    if (!dispatch(actor, { type, actor: { role: e.role as 'kepala-dinas' }, at: e.completedAt }).accepted) ok = false;
  }
  const snap = actor.getSnapshot();
  const status = snap.status === 'done' ? String(snap.value) : 'berjalan';
  const overBudget = (snap.context as { visits: { elapsedMinutes?: number; budgetMinutes: number }[] }).visits.some((v) => (v.elapsedMinutes ?? 0) > v.budgetMinutes);
  return { ok: ok && snap.status === 'done' && !overBudget, status };
}

describe('alignment and machine agree on zero-cost traces', () => {
  it('conformant exactly when the machine accepts every event and ends, with the same outcome', () => {
    let zeroCost = 0;
    let deviating = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const def = sops[c.sop]!;
        const events = walk(def, c);
        const result = checkConformance(def, { format: 'events', events, problems: [] }, { calendar: calendar24x7 }).cases[0]!;
        // every event lies on a path of the flow, so only an unfinished walk has model moves
        if (result.cost !== 0) return;
        zeroCost++;
        const machine = replay(def, events);
        expect(result.conformant, JSON.stringify({ sop: def.id, events: events.map((e) => [e.step, e.role, e.decision]), deviations: result.deviations.map((d) => d.kind) })).toBe(machine.ok);
        if (machine.ok) expect(result.status).toBe(machine.status);
        else deviating++;
      }),
      { numRuns: 300, seed: 1515 },
    );
    // both verdicts occur: wrong performers, missing and contradicted decisions, TIDAK SETUJU on a task
    expect(zeroCost).toBeGreaterThan(100);
    expect(deviating).toBeGreaterThan(30);
    expect(zeroCost - deviating).toBeGreaterThan(30);
  });
});
