/**
 * A parsed scenario turned into what the event loop reads: per SOP its step table (from
 * `compileStepTable`, i.e. from `compileFlow`), refusal vector and sampling parameters; per role
 * its officials; per official the working time they can take work in.
 */
import { DateTime } from 'luxon';
import type { AnySopDefinition } from '../definition/index.js';
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import { nominalLeadTime, type DurationModel } from '../simulation/index.js';
import { compileStepTable, type StepTable } from '../simulation/step-table.js';
import { MULBERRY32_GAMMA } from '../simulation/random.js';
import { refusalVector } from '../simulation/refusal.js';
import { kalbarCalendar, toEpochMs, type WorkCalendar } from '../time/index.js';
import type { CapacityDurations, CapacityScenario, Person } from './schema.js';
import { WorkTable, type Ranges } from './work-table.js';

const MINUTE = 60_000;

/** Sampling kinds: 0 fixed `a`; 1 triangular (a, b, c, fc); 2 `a`·lognormal(μ = b, σ = c); 3 exponential with mean `a`. */
export const FIXED = 0;
export const TRIANGULAR = 1;
export const LOGNORMAL = 2;
export const EXPONENTIAL = 3;
/** Uniform draws each kind takes. */
export const UNIFORMS = [0, 1, 2, 1] as const;

/** One SOP of the scenario, ready for the event loop. */
export interface CompiledSop {
  readonly def: AnySopDefinition;
  readonly table: StepTable;
  readonly n: number;
  /** Refusal probability per step. */
  readonly p: Float64Array;
  readonly kind: Uint8Array;
  readonly pa: Float64Array;
  readonly pb: Float64Array;
  readonly pc: Float64Array;
  readonly pd: Float64Array;
  /** Role indices of each step's performers. */
  readonly roles: readonly (readonly number[])[];
  /** The SOP's mutu baku: its nominal lead time in working minutes (every decision SETUJU). */
  readonly nominal: number;
  /** The seed of the stream the SOP's cases draw their durations and decisions from. */
  readonly caseSeed: number;
  /** The seed of its arrival stream. */
  readonly arrivalSeed: number;
  /**
   * For skipping a case's draws without walking every step: from state `s`, the first state on
   * the SETUJU path (`s` itself included) that draws a decision (a refusal probability above
   * zero) or ends the case (`jumpTo`); the steps passed before it (`jumpVisits`), and the stream
   * advance of their duration draws (`jumpGamma`, γ times their uniforms, modulo 2^32).
   */
  readonly jumpTo: Int32Array;
  readonly jumpVisits: Int32Array;
  readonly jumpGamma: Int32Array;
}

/** The officials: anonymous ones per role and named people, as persons and (person, role) units. */
export interface Staffing {
  /** Role ids by index. */
  readonly roles: readonly string[];
  /** Per role: unlimited, or the units that can take its work. */
  readonly unlimited: Uint8Array;
  readonly unitsOfRole: readonly Int32Array[];
  /** Per unit: its person, its role, and when it can take work. */
  readonly unitPerson: Int32Array;
  readonly unitRole: Int32Array;
  readonly unitTable: readonly WorkTable[];
  /** Per person: the working time their work runs on, whether it is the office's, their units, their name. */
  readonly personTable: readonly WorkTable[];
  readonly personPlain: Uint8Array;
  readonly unitsOfPerson: readonly Int32Array[];
  readonly personName: readonly string[];
}

/** A 32-bit mix (murmur3's finaliser) for deriving independent stream seeds from the scenario's seed. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seed of stream `n`: stream 0 is the scenario's seed itself (so the first SOP's cases draw
 * exactly what `simulate` draws with that seed), the others are mixed from it.
 */
export function streamSeed(seed: number, n: number): number {
  return n === 0 ? seed >>> 0 : mix32((seed >>> 0) ^ Math.imul(n, 0x9e3779b9));
}

/** The simulation's origin: `start`, or 1 January of the calendar's first year with data (2026 when it has none). */
export function originOf(scenario: CapacityScenario, calendar: WorkCalendar): number {
  if (scenario.start !== undefined) return Math.floor(toEpochMs(scenario.start, { field: 'start' }) / MINUTE) * MINUTE;
  const years = (calendar as { years?: readonly number[] }).years;
  const year = years?.[0] ?? 2026;
  return DateTime.fromObject({ year, month: 1, day: 1 }, { zone: calendar.zone }).toMillis();
}

function sampling(sopId: string, table: StepTable, model: CapacityDurations, minutesPerDay: number) {
  const n = table.ids.length;
  const kind = new Uint8Array(n);
  const pa = new Float64Array(n);
  const pb = new Float64Array(n);
  const pc = new Float64Array(n);
  const pd = new Float64Array(n);
  const fitted = typeof model === 'object' && model.kind === 'fitted' ? model : undefined;
  if (fitted !== undefined) {
    for (const id of Object.keys(fitted.steps)) {
      if (!table.ids.includes(id)) throw new SimulationError(simulationDetail('fitted-not-a-step', { step: id }), { sopId, stepId: id, field: 'durations.steps' });
    }
  }
  for (let i = 0; i < n; i++) {
    const b = table.budget[i]!;
    const fit = fitted?.steps[table.ids[i]!];
    const m: DurationModel | { kind: 'exponential' } = fitted === undefined ? (model as DurationModel | { kind: 'exponential' }) : fitted.fallback;
    if (fit !== undefined) {
      kind[i] = LOGNORMAL;
      pa[i] = 1;
      pb[i] = fit.mu;
      pc[i] = fit.sigma;
    } else if (m === 'fixed') {
      kind[i] = FIXED;
      pa[i] = b;
    } else if (m.kind === 'exponential') {
      kind[i] = EXPONENTIAL;
      pa[i] = b;
    } else if (m.kind === 'triangular') {
      if (!(m.low <= m.mode && m.mode <= m.high && m.low < m.high)) {
        throw new SimulationError(simulationDetail('triangular', { low: m.low, mode: m.mode, high: m.high }), { sopId, field: 'durations' });
      }
      kind[i] = TRIANGULAR;
      pa[i] = m.low * b;
      pb[i] = m.high * b;
      pc[i] = m.mode * b;
      pd[i] = (m.mode - m.low) / (m.high - m.low);
    } else {
      const s2 = Math.log(1 + m.cv * m.cv);
      kind[i] = LOGNORMAL;
      pa[i] = b;
      pb[i] = -s2 / 2;
      pc[i] = Math.sqrt(s2);
    }
  }
  void minutesPerDay;
  return { kind, pa, pb, pc, pd };
}

/**
 * The step table and mutu baku of a definition on a calendar, compiled once and shared by every
 * run that simulates them (what-if pairs, repeated runs): both depend on these two only, and the
 * event loop never writes into them.
 */
const compiled = new WeakMap<AnySopDefinition, WeakMap<WorkCalendar, { readonly table: StepTable; readonly nominal: number }>>();

function compiledOf(def: AnySopDefinition, calendar: WorkCalendar): { readonly table: StepTable; readonly nominal: number } {
  let byCalendar = compiled.get(def);
  if (byCalendar === undefined) compiled.set(def, (byCalendar = new WeakMap()));
  let c = byCalendar.get(calendar);
  if (c === undefined) byCalendar.set(calendar, (c = { table: compileStepTable(def, calendar), nominal: nominalLeadTime(def, { calendar }).workingMinutes }));
  return c;
}

/**
 * The jump tables of {@link CompiledSop.jumpTo}: each state's run of draw-only steps along
 * `next`, compressed. A run that loops without a decision (no case could end on it) is not
 * compressed: its states jump to themselves and are walked one by one, so the visit limit still
 * stops such a case.
 */
function jumps(table: StepTable, p: Float64Array, kind: Uint8Array): Pick<CompiledSop, 'jumpTo' | 'jumpVisits' | 'jumpGamma'> {
  const n = table.ids.length;
  const jumpTo = new Int32Array(n).fill(-1);
  const jumpVisits = new Int32Array(n);
  const jumpGamma = new Int32Array(n);
  const done = new Uint8Array(n); // 0 not yet, 1 on the current run, 2 done
  const stack: number[] = [];
  for (let from = 0; from < n; from++) {
    let s = from;
    // follow `next` through draw-only states not yet done
    while (s >= 0 && done[s] === 0 && !(p[s]! > 0)) {
      done[s] = 1;
      stack.push(s);
      s = table.next[s]!;
    }
    if (s >= 0 && done[s] === 1) {
      // a loop of draw-only states: leave its states to the step-by-step walk
      for (const x of stack) {
        done[x] = 2;
        jumpTo[x] = x;
      }
      stack.length = 0;
      continue;
    }
    // s ends the run: the end of the case, a decision, or a state already done
    let to = s;
    let visits = 0;
    let gamma = 0;
    if (s >= 0 && p[s]! > 0) {
      done[s] = 2;
      jumpTo[s] = s;
    } else if (s >= 0) {
      // a state done before: continue its jump (a state left to the walk jumps to itself, with
      // nothing to add, so runs into it stop there)
      to = jumpTo[s]!;
      visits = jumpVisits[s]!;
      gamma = jumpGamma[s]!;
    }
    while (stack.length > 0) {
      const x = stack.pop()!;
      visits++;
      gamma = (gamma + UNIFORMS[kind[x]! as 0 | 1 | 2 | 3] * MULBERRY32_GAMMA) | 0;
      jumpTo[x] = to;
      jumpVisits[x] = visits;
      jumpGamma[x] = gamma;
      done[x] = 2;
    }
  }
  return { jumpTo, jumpVisits, jumpGamma };
}

/** Compiles the scenario's SOPs (role indices are assigned in order of first appearance). */
export function compileSops(scenario: CapacityScenario, calendar: WorkCalendar, roleIndex: Map<string, number>): CompiledSop[] {
  return scenario.sops.map((entry, k) => {
    const def = entry.sop;
    const { table, nominal } = compiledOf(def, calendar);
    const p = refusalVector(table, entry.refusal ?? scenario.refusal);
    const s = sampling(def.id, table, entry.durations ?? scenario.durations, calendar.minutesPerDay);
    const roles = table.roles.map((rs) =>
      rs.map((r) => {
        if (!roleIndex.has(r)) roleIndex.set(r, roleIndex.size);
        return roleIndex.get(r)!;
      }),
    );
    return {
      def,
      table,
      n: table.ids.length,
      p,
      ...s,
      ...jumps(table, p, s.kind),
      roles,
      nominal,
      caseSeed: streamSeed(scenario.seed, 2 * k),
      arrivalSeed: streamSeed(scenario.seed, 2 * k + 1),
    };
  });
}

/** Local dates `from`–`to` (inclusive) in `zone` as minutes from the origin. */
function dayRange(from: string, to: string, zone: string, origin: number): [number, number] {
  const a = DateTime.fromISO(from, { zone }).startOf('day').toMillis();
  const b = DateTime.fromISO(to, { zone }).startOf('day').plus({ days: 1 }).toMillis();
  return [(a - origin) / MINUTE, (b - origin) / MINUTE];
}

function leaveRanges(person: Person, zone: string, origin: number): Ranges {
  const r = person.leave.map((x) => (typeof x === 'string' ? dayRange(x, x, zone, origin) : dayRange(x.from, x.to, zone, origin)));
  return r.sort((x, y) => x[0] - y[0]);
}

/** Builds the officials of the scenario: `staff` counts, named `people`, `defaultStaff` for the rest. */
export function compileStaff(scenario: CapacityScenario, calendar: WorkCalendar, origin: number, office: WorkTable, roleIndex: Map<string, number>): Staffing {
  const roles = [...roleIndex.keys()];
  for (const r of Object.keys(scenario.staff)) {
    if (!roleIndex.has(r)) throw new SimulationError(simulationDetail('unknown-staff-role', { role: r, roles: roles.join(', ') }), { field: `staff.${r}` });
  }
  const unlimited = new Uint8Array(roles.length);
  const unitsOfRole: number[][] = roles.map(() => []);
  const unitPerson: number[] = [];
  const unitRole: number[] = [];
  const unitTable: WorkTable[] = [];
  const personTable: WorkTable[] = [];
  const personPlain: number[] = [];
  const unitsOfPerson: number[][] = [];
  const personName: string[] = [];
  const addUnit = (person: number, role: number, table: WorkTable) => {
    unitsOfRole[role]!.push(unitPerson.length);
    unitsOfPerson[person]!.push(unitPerson.length);
    unitPerson.push(person);
    unitRole.push(role);
    unitTable.push(table);
  };
  const addPerson = (name: string, table: WorkTable) => {
    personTable.push(table);
    personPlain.push(table === office ? 1 : 0);
    unitsOfPerson.push([]);
    personName.push(name);
    return personTable.length - 1;
  };
  const named = new Set<string>();
  for (const [i, person] of scenario.people.entries()) {
    const cal = person.calendar ?? calendar;
    const block = leaveRanges(person, cal.zone, origin);
    const table = cal === calendar && block.length === 0 ? office : new WorkTable(cal, origin, undefined, block);
    const p = addPerson(person.name, table);
    for (const held of person.roles) {
      const role = typeof held === 'string' ? held : held.role;
      const r = roleIndex.get(role);
      if (r === undefined) continue; // a role no SOP of the scenario uses
      named.add(role);
      if (typeof held === 'string') addUnit(p, r, table);
      else {
        if (held.to < held.from) throw new SimulationError(simulationDetail('dates-reversed', { from: held.from, to: held.to }), { field: `people.${i}.roles` });
        addUnit(p, r, new WorkTable(cal, origin, [dayRange(held.from, held.to, cal.zone, origin)], block));
      }
    }
  }
  for (const [r, role] of roles.entries()) {
    const count = scenario.staff[role] ?? (named.has(role) ? 0 : scenario.defaultStaff);
    if (count === 'unlimited') unlimited[r] = 1;
    else for (let k = 0; k < count; k++) addUnit(addPerson(`${role} ${k + 1}`, office), r, office);
  }
  return {
    roles,
    unlimited,
    unitsOfRole: unitsOfRole.map((u) => Int32Array.from(u)),
    unitPerson: Int32Array.from(unitPerson),
    unitRole: Int32Array.from(unitRole),
    unitTable,
    personTable,
    personPlain: Uint8Array.from(personPlain),
    unitsOfPerson: unitsOfPerson.map((u) => Int32Array.from(u)),
    personName,
  };
}

/** The default calendar. */
export const defaultCalendar = (scenario: CapacityScenario): WorkCalendar => scenario.calendar ?? kalbarCalendar;
