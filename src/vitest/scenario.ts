/**
 * A scenario builder: drives an SOP machine in a test with readable lines (who does which
 * step, after how long, with which decision) on a simulated clock.
 */
import { createActor, type Actor } from 'xstate';
import { compileFlow } from '../definition/index.js';
import type { AnySopDefinition } from '../definition/index.js';
import { ScenarioError } from '../errors/index.js';
import { createSopMachine, type SopMachine } from '../machine/index.js';
import { dispatch } from '../machine/index.js';
import type { SopContext } from '../machine/index.js';
import type { RefusalReason, SopRefusedEvent } from '../machine/index.js';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import type { ActingKind } from '../roles/index.js';
import type { WorkCalendar } from '../time/index.js';
import { durationToMinutes, parseDuration } from '../time/index.js';
import { toEpochMs, type InstantInput } from '../time/index.js';
import { resolveStep } from '../compliance/conformance.js';
import { type LogDecision, type LogEvent } from '../compliance/index.js';
import { parseDecision } from '../compliance/log.js';
import { historyFromContext } from '../compliance/index.js';
import { kalbarCalendar } from '../time/index.js';

/** Options of {@link scenario}. */
export interface ScenarioOptions {
  /** The calendar `after` counts working time on, and the machine measures on. Default: the library's default calendar. */
  readonly calendar?: WorkCalendar;
  /** The role catalogue. Default: the built-in roles. */
  readonly roles?: RoleRegistry<string>;
}

/** How long after the previous line (working time on the calendar: `'15 menit'`, `'2 jam'`, `'1 hari'`, or minutes), or exactly when. */
export interface ScenarioTiming {
  /** Working time after the previous line (or the start): a duration text or a number of minutes. */
  readonly after?: string | number;
  /** The exact instant instead (ISO 8601 with offset, epoch ms, Date). */
  readonly at?: InstantInput;
}

/** One line of a scenario: timing, the decision at a decision step, and optional actor details. */
export interface ScenarioStepOptions extends ScenarioTiming {
  /** At a decision step: `'setuju'` or `'tidak setuju'` (any spelling the log readers accept). */
  readonly decision?: string;
  /** A remark kept in the visit record. */
  readonly note?: string;
  /** The performer's name / NIP, kept in the visit record. */
  readonly name?: string;
  readonly id?: string;
  /** Acting for another role as Plt./Plh. (any spelling of the role). */
  readonly actingAs?: { readonly role: string; readonly as: ActingKind };
}

/** A running scenario: each call plays one line at once and returns the scenario for the next. */
export interface Scenario {
  /** Starts the case at an instant (ISO 8601 with offset, epoch ms or Date). */
  start(at: InstantInput, options?: { readonly caseId?: string }): Scenario;
  /**
   * The case is at `step` (its id or document number), and `role` (any spelling) completes
   * it, `after` some working time, with `decision` at a decision step.
   *
   * @throws `ScenarioError` when the case is at another step, or the machine refuses the event (with its reason)
   */
  step(step: string, role: string, options?: ScenarioStepOptions): Scenario;
  /**
   * Like {@link Scenario.step}, but the machine must REFUSE the event (with `reason`, if
   * given); nothing changes. The clock still moves by `after`. At a decision step with no
   * `decision`, the line sends `SETUJU`, so `{ reason: 'WRONG_ROLE' }` needs no decision;
   * `{ reason: 'WRONG_EVENT' }` sends `SELESAI`, the event a decision step does not take.
   *
   * @throws `ScenarioError` when the event is accepted, or refused for another reason
   */
  refused(step: string, role: string, options?: ScenarioStepOptions & { readonly reason?: RefusalReason }): Scenario;
  /** Moves the simulated clock on by working time (`'2 jam'`, or minutes) without an event. */
  wait(duration: string | number): Scenario;
  /** The machine's actor (for `serviceTime`, snapshots, the matchers). */
  readonly actor: Actor<SopMachine>;
  /** The simulated clock's current instant (epoch ms). */
  readonly now: number;
  /** The case's context (the service-time accumulator). */
  readonly context: SopContext;
  /** The refusals met by {@link Scenario.refused}, in order. */
  readonly refusals: readonly SopRefusedEvent[];
  /** The case so far as log events (for `writeXes`, `checkConformance`). */
  log(): LogEvent[];
}

/**
 * The event a line sends. A decision is sent as given. Without one, `.step` sends `SELESAI`
 * (so a decision step played without a decision fails with the machine's `WRONG_EVENT`), while
 * `.refused` at a decision step sends `SETUJU`: the line stands for either decision, so the
 * refusal checked is the role's or the time's, not the missing decision. `reason: 'WRONG_EVENT'`
 * keeps `SELESAI`, the event a decision step does not take.
 */
function eventType(decision: LogDecision | null | undefined, atDecision: boolean, expectRefusal: boolean, reason: RefusalReason | undefined): 'SETUJU' | 'TIDAK_SETUJU' | 'SELESAI' {
  if (decision === 'setuju') return 'SETUJU';
  if (decision === 'tidak-setuju') return 'TIDAK_SETUJU';
  return atDecision && expectRefusal && reason !== 'WRONG_EVENT' ? 'SETUJU' : 'SELESAI';
}

/**
 * Builds a scenario for an SOP: a machine on a simulated clock, driven one readable line at a
 * time. Each line checks that the case is where the line says, then sends the event through
 * the machine; a refusal fails the line with the machine's own reason.
 *
 * @param definition - the SOP
 * @param options - calendar and role catalogue
 * @returns a scenario; call `.start(…)` first
 *
 * @example
 * ```ts
 * const s = scenario(sk, { calendar: kalbarCalendar })
 *   .start('2026-01-05T07:30:00+07:00')
 *   .step('1', 'Kadis', { after: '5 menit' })
 *   .step('2', 'Kabid', { after: '5 menit' })
 *   .step('3', 'Kasubbag TU', { after: '25 menit' })
 *   .step('koreksi-konsep-surat', 'Kabid', { after: '15 menit', decision: 'tidak setuju' })
 * expect(s).toBeWaitingAt('susun-surat-tugas')
 * ```
 */
export function scenario<const D extends AnySopDefinition>(definition: D, options: ScenarioOptions = {}): Scenario {
  const calendar = options.calendar ?? kalbarCalendar;
  const roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
  const flow = compileFlow(definition);
  let now = Number.NaN;
  const machine = createSopMachine(definition, { calendar, roles, clock: () => now }) as unknown as SopMachine;
  let actor: Actor<SopMachine> | undefined;
  let line = 0;
  const refusals: SopRefusedEvent[] = [];
  const fail = (detail: string, stepId?: string): never => {
    throw new ScenarioError(line, detail, { sopId: definition.id, stepId });
  };
  const minutesOf = (d: string | number): number => (typeof d === 'number' ? d : durationToMinutes(parseDuration(d, { sopId: definition.id, field: 'after' }), calendar.minutesPerDay));
  const advance = (t: ScenarioTiming) => {
    if (t.at !== undefined) now = toEpochMs(t.at, { sopId: definition.id, field: 'at' });
    else if (t.after !== undefined) now = calendar.addWorkingMinutes(now, minutesOf(t.after));
  };
  const started = (): Actor<SopMachine> => actor ?? fail('call .start(at) before the first step');
  const play = (step: string, role: string, o: ScenarioStepOptions, expectRefusal: boolean, reason?: RefusalReason) => {
    line++;
    const a = started();
    const snap = a.getSnapshot();
    const current = snap.status === 'active' ? String(snap.value) : undefined;
    const node = resolveStep(flow, step, current);
    if (node === undefined) fail(`the SOP has no step "${step}"`);
    if (current === undefined) fail(`the case has already ended (${String(snap.value)}); step ${node!.step.label} cannot follow`, node!.id);
    if (node!.id !== current) {
      const here = flow.byId.get(current!)!;
      fail(`the case is at step ${here.step.label} (${here.id}), not at step ${node!.step.label} (${node!.id})`, node!.id);
    }
    advance(o);
    const decision = parseDecision(o.decision);
    if (decision === undefined) fail(`cannot read the decision "${o.decision}" (setuju or tidak setuju)`, node!.id);
    const type = eventType(decision, node!.kind === 'decision', expectRefusal, reason);
    const who: { role: string; id?: string; name?: string; actingAs?: { role: string; as: ActingKind } } = { role: roles.resolve(role) };
    if (o.name !== undefined) who.name = o.name;
    if (o.id !== undefined) who.id = o.id;
    if (o.actingAs !== undefined) who.actingAs = { role: roles.resolve(o.actingAs.role), as: o.actingAs.as };
    const r = dispatch(a, { type, actor: who as never, at: now, note: o.note });
    if (expectRefusal) {
      if (r.accepted) fail(`expected the machine to refuse ${type} by ${who.role} at step ${node!.step.label}, but it was accepted`, node!.id);
      else {
        if (reason !== undefined && r.refusal.reason !== reason) fail(`expected refusal ${reason}, got ${r.refusal.reason}: ${r.refusal.message}`, node!.id);
        refusals.push(r.refusal);
      }
    } else if (!r.accepted) {
      fail(`${r.refusal.reason}: ${r.refusal.message}`, node!.id);
    }
  };
  const self: Scenario = {
    start(at, o = {}) {
      if (actor !== undefined) fail('the scenario has already started');
      now = toEpochMs(at, { sopId: definition.id, field: 'start' });
      actor = createActor(machine, { input: { caseId: o.caseId, startedAt: now } }).start();
      return self;
    },
    step(step, role, o = {}) {
      play(step, role, o, false);
      return self;
    },
    refused(step, role, o = {}) {
      play(step, role, o, true, o.reason);
      return self;
    },
    wait(duration) {
      started();
      now = calendar.addWorkingMinutes(now, minutesOf(duration));
      return self;
    },
    get actor() {
      return started();
    },
    get now() {
      return now;
    },
    get context() {
      return started().getSnapshot().context as SopContext;
    },
    get refusals() {
      return refusals;
    },
    log() {
      return historyFromContext(started().getSnapshot().context as SopContext);
    },
  };
  return self;
}
