import { assign, emit, setup, type MetaObject, type NonReducibleUnknown, type StateMachine } from 'xstate';
import { compileFlow, replayFlow, type Flow, type FlowNode } from '../definition/index.js';
import { FINAL_STATES } from '../definition/index.js';
import type { AnySopDefinition, CaseOutcome, RoleOf, StepIdOf } from '../definition/index.js';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import type { WorkCalendar } from '../time/index.js';
import { kalbarCalendar } from '../time/index.js';
import { durationToMinutes } from '../time/index.js';
import { toEpochMs, type InstantInput } from '../time/index.js';
import { caseTimes, type RecordedActor, type SopContext, type Visit } from './context.js';
import type { SopEvent, SopRefusedEvent } from './events.js';
import { endsCase, judgeEvent, refusalOf, type Judge } from './judge.js';

/** Options of {@link createSopMachine}. */
export interface SopMachineOptions {
  /**
   * The calendar elapsed time is measured on (working minutes between two instants).
   * Default: `kalbarCalendar`, the working calendar of Kalimantan Barat; pass `calendar24x7`
   * for plain elapsed time.
   */
  readonly calendar?: WorkCalendar;
  /**
   * The clock that stamps events sent without `at`, in epoch milliseconds. Injected so
   * tests and simulations are deterministic. Default: `Date.now`.
   */
  readonly clock?: () => number;
  /** The role catalogue actors are checked against (an agency's extension). Default: the built-in roles. */
  readonly roles?: RoleRegistry<string>;
}

/** Input of an SOP machine's actor: the case id and when the case started (default: the clock's now). */
export interface SopInput {
  readonly caseId?: string | undefined;
  readonly startedAt?: InstantInput | undefined;
}

/** What a finished case outputs. */
export interface SopOutput {
  readonly sopId: string;
  readonly caseId: string | undefined;
  /** How the case ended: decided by a refusal (at once, or after a forward refusal's path), not by the last step. */
  readonly outcome: CaseOutcome;
  /** The decision step whose TIDAK SETUJU decided a `ditolak` outcome; absent for `selesai`. */
  readonly refusedAt?: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly totalMinutes: number;
  /** How many TIDAK SETUJU sent the case back to an earlier step for rework. */
  readonly reworks: number;
  /** Visits of a step beyond its first (what the reworks caused). */
  readonly revisits: number;
}

/**
 * Whether a closed visit is a rework: TIDAK SETUJU at a decision whose refusal sends the case
 * back (`FlowNode.refusal === 'rework'`, read from `compileFlow`; a refusal that ends the case
 * or goes forward is none). The one rule `serviceTime` and the machine's output count by. @internal
 */
export const isRework = (v: Visit, flow: Flow): boolean => v.event === 'TIDAK_SETUJU' && flow.byId.get(v.stepId)?.refusal === 'rework';

/**
 * The reworks of a case ({@link isRework}) and its revisits (visits beyond a step's first). @internal
 */
export function countReworks(visits: readonly Visit[], flow: Flow): { reworks: number; revisits: number } {
  let reworks = 0;
  let revisits = 0;
  for (const v of visits) {
    if (v.visit > 1) revisits++;
    if (isRework(v, flow)) reworks++;
  }
  return { reworks, revisits };
}

/** What the library keeps about each machine it built (for timing queries and snapshot checks). @internal */
export interface MachineInfo {
  readonly definition: AnySopDefinition;
  readonly flow: Flow;
  readonly calendar: WorkCalendar;
  readonly budgets: ReadonlyMap<string, number>;
  /** The machine's clock. */
  readonly clock: () => number;
  /** The machine's judge (conformance asks it who may perform a step). */
  readonly judge: Judge;
}

const machineInfo = new WeakMap<object, MachineInfo>();

/** @internal */
export function infoOf(machine: object): MachineInfo | undefined {
  return machineInfo.get(machine);
}

/** An open visit, with every key of a closed one present so both share one object shape. */
function newVisit(stepId: string, visit: number, at: number, budgetMinutes: number): Visit {
  return {
    stepId,
    visit,
    enteredAt: at,
    budgetMinutes,
    leftAt: undefined,
    elapsedMinutes: undefined,
    by: undefined,
    event: undefined,
    note: undefined,
  };
}

// Records are built with every key present (undefined where absent) so V8 keeps one object
// shape per kind of record: spreading or adding keys later costs the hot path dearly.
function recordActor(actor: SopEvent<string>['actor']): RecordedActor {
  const acting = actor.actingAs;
  return {
    role: actor.role,
    id: typeof actor.id === 'string' ? actor.id : undefined,
    name: typeof actor.name === 'string' ? actor.name : undefined,
    actingAs: acting === undefined ? undefined : { role: acting.role, as: acting.as },
  };
}

/**
 * What a machine reads besides its states: the compiled flow, each step's budget on the
 * calendar, the clock and the judge that rules on every event.
 */
function machineInfoOf(definition: AnySopDefinition, options: SopMachineOptions): MachineInfo {
  const flow = compileFlow(definition);
  const calendar = options.calendar ?? kalbarCalendar;
  const clock = options.clock ?? Date.now;
  const roles = options.roles ?? (defaultRoles as RoleRegistry<string>);
  const budgets = new Map<string, number>();
  const nodes = new Map<string, FlowNode & { performers: ReadonlySet<string> }>();
  for (const n of flow.nodes) {
    budgets.set(n.id, durationToMinutes(n.step.waktu, calendar.minutesPerDay));
    nodes.set(n.id, { ...n, performers: new Set(n.step.pelaksana) });
  }
  const judge: Judge = {
    sopId: definition.id,
    clock,
    calendar,
    nodes,
    knownRole: (r) => roles.has(r),
    suggestRole: (t) => roles.tryResolve(t),
    last: { event: undefined, context: undefined, verdict: undefined },
  };
  return { definition, flow, calendar, budgets, clock, judge };
}

/** Opens a visit of `stepId` at `at`, numbered after the step's last visit in `visits`. */
function openVisit(budgets: ReadonlyMap<string, number>, stepId: string, at: number, visits: readonly Visit[]): Visit {
  let visit = 1;
  for (let i = visits.length - 1; i >= 0; i--) {
    const v = visits[i]!;
    if (v.stepId === stepId) {
      visit = v.visit + 1;
      break;
    }
  }
  return newVisit(stepId, visit, at, budgets.get(stepId)!);
}

/** The state nodes: one per step with the transitions the flow gives it, and the finals. */
function stateNodes(flow: Flow): Record<string, object> {
  const states: Record<string, object> = {};
  for (const n of flow.nodes) {
    const guard = 'allowed';
    // Where the flow refuses forward, reaching the end gives `ditolak` while a refusal is pending.
    const onward =
      flow.refusesForward && n.next === FINAL_STATES.done
        ? [
            { guard: 'allowedWhileRefused', target: FINAL_STATES.refused, actions: 'record' },
            { guard, target: n.next, actions: 'record' },
          ]
        : { guard, target: n.next, actions: 'record' };
    states[n.id] =
      n.kind === 'task'
        ? { on: { SELESAI: onward } }
        : {
            on: {
              SETUJU: onward,
              TIDAK_SETUJU: { guard, target: n.refuse, actions: 'record', reenter: true },
            },
          };
  }
  states[FINAL_STATES.done] = { type: 'final' };
  if (flow.canRefuse) states[FINAL_STATES.refused] = { type: 'final' };
  return states;
}

/** The case's first context: its first visit opened at the start time (the clock's now by default). */
function initialContext(info: MachineInfo, input: SopInput | undefined): SopContext {
  const { definition, flow, calendar } = info;
  // startCase checks the input before any actor exists (checkInput); a bare createActor with
  // a bad start time fails here, as XState reports a failing context factory.
  const startedAt = toEpochMs(input?.startedAt === undefined ? info.clock() : input.startedAt, { sopId: definition.id, field: 'input.startedAt' }, calendar.zone);
  return {
    sopId: definition.id,
    revision: definition.revision,
    caseId: input?.caseId,
    visits: [newVisit(flow.start, 1, startedAt, info.budgets.get(flow.start)!)],
    totalMinutes: 0,
  };
}

/** What the wildcard emits for an event no step transition took. */
function refusalFor(info: MachineInfo, context: SopContext, event: unknown): SopRefusedEvent {
  // The wildcard runs only when no step transition was taken, and the judge refuses every
  // event a step has no transition for, so the verdict here is a refusal; should it ever
  // not be, the event is still reported as refused (nothing changed), never thrown.
  const v = judgeEvent(info.judge, context, event);
  if (!v.ok) return v.refusal;
  const at = context.visits[context.visits.length - 1];
  return refusalOf('INVALID_EVENT.not-taken', { sopId: info.definition.id, stepId: at?.stepId, field: 'type', eventType: String((event as { type?: unknown }).type) });
}

/** The context after an accepted event: the open visit closed and, unless the case ended, the next one opened. */
function recordEvent(info: MachineInfo, context: SopContext, event: SopEvent<string>): Partial<SopContext> {
  // The guard let the event through, so the verdict (cached for this event and context)
  // is an acceptance with the time, the elapsed working minutes and the target: nothing
  // here can throw.
  const verdict = judgeEvent(info.judge, context, event);
  if (!verdict.ok) return {};
  const { at, elapsed, target } = verdict;
  const before = context.visits;
  const n = before.length;
  const open = before[n - 1]!;
  const ended = endsCase(target);
  // The new list is allocated once at its final length (a slice and a push would copy twice).
  const visits: Visit[] = new Array<Visit>(ended ? n : n + 1);
  for (let i = 0; i < n - 1; i++) visits[i] = before[i]!;
  visits[n - 1] = {
    stepId: open.stepId,
    visit: open.visit,
    enteredAt: open.enteredAt,
    budgetMinutes: open.budgetMinutes,
    leftAt: at,
    elapsedMinutes: elapsed,
    by: recordActor(event.actor),
    event: event.type,
    note: typeof event.note === 'string' ? event.note : undefined,
  };
  if (!ended) visits[n] = openVisit(info.budgets, target, at, before);
  return { visits, totalMinutes: context.totalMinutes + elapsed };
}

/** What a finished case outputs; the outcome is the one the flow's transition rule gives for the recorded answers. */
function caseOutput(info: MachineInfo, context: SopContext): SopOutput {
  const { at, refusedAt } = replayFlow(info.flow, context.visits);
  const refused = at === FINAL_STATES.refused;
  const { reworks, revisits } = countReworks(context.visits, info.flow);
  const times = caseTimes(context);
  return {
    sopId: context.sopId,
    caseId: context.caseId,
    outcome: refused ? 'ditolak' : 'selesai',
    ...(refused && refusedAt !== undefined ? { refusedAt } : {}),
    startedAt: times.startedAt,
    endedAt: times.endedAt ?? times.lastAt,
    totalMinutes: context.totalMinutes,
    reworks,
    revisits,
  };
}

/**
 * Builds the XState v5 machine of an SOP: one state per step (the state key is the step id),
 * the final state `selesai`, and `ditolak` where a TIDAK SETUJU ends the case.
 *
 * - `SELESAI` completes an ordinary step; `SETUJU` / `TIDAK_SETUJU` answer a decision step.
 *   TIDAK SETUJU goes back to the rework step the definition names, ends the case, or goes
 *   forward to a later step; after a forward refusal the case ends in `ditolak` when its path
 *   finishes (the rule is `advance`, read from the flow).
 * - Only a role that performs the current step (its own role, or the role it acts for as
 *   Plt./Plh.) may move it. A refused event (wrong role, wrong event for the step, unknown
 *   event, malformed actor, unreadable time, a time earlier than the last recorded one)
 *   changes nothing and is emitted as `sop.refused` with a reason code and a message in
 *   English and Bahasa Indonesia. Use {@link dispatch} to get the verdict as a return value.
 * - The context is the service-time accumulator: one record per visit of a step (a rework
 *   visit is its own record) and the case's total, in working minutes on the calendar;
 *   {@link serviceTime} adds totals per step and rework counts. Timing never depends on
 *   XState `after` timers, so a restored case knows its timing from its timestamps alone.
 *
 * @param definition - a definition from `defineSop`
 * @param options - calendar, clock and role catalogue
 * @returns the machine; its state values are typed as the SOP's step ids plus the finals
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate'
 * const machine = createSopMachine(sop, { clock: () => Date.parse('2026-01-05T07:30:00+07:00') })
 * const actor = createActor(machine, { input: { caseId: 'SK-001' } }).start()
 * actor.send({ type: 'SELESAI', actor: { role: 'kepala-dinas' } })
 * actor.on('sop.refused', (e) => console.log(e.pesan))
 * ```
 */
export function createSopMachine<const D extends AnySopDefinition>(definition: D, options: SopMachineOptions = {}): SopMachine<D> {
  const info = machineInfoOf(definition, options);
  const { flow, judge } = info;
  type StateKey = StepIdOf<D> | typeof FINAL_STATES.done | typeof FINAL_STATES.refused;
  const machine = setup({
    types: {
      context: {} as SopContext,
      events: {} as SopEvent<RoleOf<D>>,
      input: {} as SopInput | undefined,
      emitted: {} as SopRefusedEvent,
      output: {} as SopOutput,
    },
    guards: {
      allowed: ({ context, event }) => judgeEvent(judge, context, event).ok,
      allowedWhileRefused: ({ context, event }) => judgeEvent(judge, context, event).ok && replayFlow(flow, context.visits).refusedAt !== undefined,
    },
    actions: {
      refuse: emit(({ context, event }) => refusalFor(info, context, event)),
      record: assign(({ context, event }) => recordEvent(info, context, event)),
    },
  }).createMachine({
    id: definition.id,
    initial: flow.start,
    context: ({ input }) => initialContext(info, input),
    on: { '*': { actions: 'refuse' } },
    states: stateNodes(flow) as Record<StateKey, { type?: 'final' }>,
    output: ({ context }) => caseOutput(info, context),
  });
  machineInfo.set(machine, info);
  // XState infers the same machine, but with a generic D it cannot reduce its routable-state
  // event term (never for these states), so the inferred type is named here by a cast;
  // test/machine/types.test-d.ts pins the state values, events and roles it must keep.
  return machine as unknown as SopMachine<D>;
}

/** The state values of an SOP's machine: its step ids and the final states `selesai` and `ditolak`. */
export type SopStateValue<D extends AnySopDefinition = AnySopDefinition> = StepIdOf<D> | typeof FINAL_STATES.done | typeof FINAL_STATES.refused;

/**
 * The machine type of a definition: what {@link createSopMachine} returns, written out with
 * XState's public `StateMachine` type parameters (context, events, children, actors, actions,
 * guards, delays, state value, tags, input, output, emitted events, meta, state schema), so
 * declarations and consumers name it instead of re-deriving XState's inferred machine type.
 * Valid for every xstate version of the peer range (the 15th parameter, transition meta, added
 * in later 5.x releases, defaults to the meta type).
 */
export type SopMachine<D extends AnySopDefinition = AnySopDefinition> = StateMachine<
  SopContext,
  SopEvent<RoleOf<D>>,
  {},
  never,
  { type: 'record'; params: NonReducibleUnknown } | { type: 'refuse'; params: NonReducibleUnknown },
  { type: 'allowed'; params: unknown },
  never,
  SopStateValue<D>,
  string,
  SopInput | undefined,
  SopOutput,
  SopRefusedEvent,
  MetaObject,
  { id: string; states: { [K in SopStateValue<D>]: {} } }
>;
