/**
 * `simulateCapacity`: cases of one or several SOPs competing for the same officials, on the
 * working calendar.
 */
import { DateTime } from 'luxon';
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import { percentiles } from '../simulation/monte-carlo.js';
import { provisionalYears, toEpochMs, type WorkCalendar } from '../time/index.js';
import { arrivalSource } from './arrivals.js';
import { compileSops, compileStaff, defaultCalendar, originOf, type CompiledSop, type Staffing } from './compile.js';
import { Engine, type Series, type SopTally } from './engine.js';
import { CapacityScenarioSchema, type CapacityScenario, type CapacityScenarioInput } from './schema.js';
import { WorkTable } from './work-table.js';

const MINUTE = 60_000;

/** Mean and nearest-rank percentiles. */
export interface Summary {
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
}

/** One step of an SOP in a capacity result (means per visit, working minutes). */
export interface CapacityStepResult {
  readonly id: string;
  readonly label: string;
  readonly roles: readonly string[];
  /** Visits per case (above 1 with reworks). */
  readonly visits: number;
  /** Waiting for an official, per visit. */
  readonly waiting: { readonly mean: number };
  /** Being worked on, per visit. */
  readonly processing: { readonly mean: number };
  /** The share of visits whose waiting plus processing stayed within the step's waktu. */
  readonly withinWaktu: number;
}

/** The cases that ended one way (`selesai` or `ditolak`) and their mean cycle time; the means are `null` when none did. */
export interface CapacityOutcome {
  readonly cases: number;
  /** Arrival to end, working minutes. */
  readonly cycleTime: { readonly mean: number | null };
  /** Arrival to end, elapsed minutes. */
  readonly calendarTime: { readonly mean: number | null };
}

/**
 * How the cases ended: `selesai` (the path reached its last step with every refusal undone) or
 * `ditolak` (a refusal ended it, at once or, for a forward refusal, when the path it goes on to
 * finishes), as `compileFlow`'s transition rule `advance` decides.
 */
export interface CapacityOutcomes {
  readonly selesai: CapacityOutcome;
  readonly ditolak: CapacityOutcome;
}

/** One SOP in a capacity result. */
export interface CapacitySopResult {
  readonly id: string;
  readonly nama: string;
  /** Measured cases (after the warm-up). */
  readonly cases: number;
  /** How they ended, with the mean cycle time of each outcome. */
  readonly outcomes: CapacityOutcomes;
  /** Arrival to end, in working minutes of the calendar. */
  readonly cycleTime: Summary;
  /** Arrival to end, in elapsed (calendar) minutes: nights, weekends and holidays included. */
  readonly calendarTime: Summary;
  /** Working minutes a case waits for officials, in total over its steps. */
  readonly waiting: { readonly mean: number };
  /** Working minutes a case is worked on. */
  readonly processing: { readonly mean: number };
  /** The SOP's mutu baku: the sum of the waktu on its path (every decision SETUJU), in working minutes. */
  readonly mutuBakuMinutes: number;
  /** The share of cases whose cycle time stays within the mutu baku. */
  readonly withinMutuBaku: number;
  readonly steps: readonly CapacityStepResult[];
}

/** One role in a capacity result. */
export interface CapacityRoleResult {
  readonly role: string;
  /** Officials who can act in the role (named ones included), or `'unlimited'`. */
  readonly officials: number | 'unlimited';
  /** Busy working minutes over available working minutes of its officials; `null` when unlimited. */
  readonly utilisation: number | null;
  /**
   * Offered load: the working minutes of work the measured cases brought to the role (their
   * steps' processing, finished after the window too) over the working minutes its officials
   * had in the window; `null` when unlimited or when they had no working time in the window.
   * At 1 or above the officials cannot keep up: the queue grows for as long as cases arrive, and
   * waiting and cycle times grow with the horizon instead of settling (utilisation, capped at 1,
   * does not show it).
   */
  readonly load: number | null;
  /** Mean officials busy in the role during working time. */
  readonly busy: number;
  /** Time-average of steps waiting for the role (elapsed time). */
  readonly meanQueue: number;
  /** The longest queue. */
  readonly maxQueue: number;
  /** Steps it took in the window. */
  readonly steps: number;
  /** Mean working minutes a step waited for it. */
  readonly meanWait: number;
}

/** A role in the bottleneck ranking. */
export interface Bottleneck {
  readonly role: string;
  /** Its share of all waiting (working minutes). */
  readonly waitingShare: number;
  readonly utilisation: number | null;
  readonly meanQueue: number;
  readonly meanWait: number;
}

/** One point of the work-in-progress series: the mean number of open cases over a stretch of time. */
export interface WipPoint {
  /** The stretch's start, ISO 8601 in the calendar's zone. */
  readonly at: string;
  /** Minutes from the start of the simulation. */
  readonly minutes: number;
  readonly wip: number;
}

/** The result of {@link simulateCapacity}. Times in working minutes unless named calendar/elapsed. */
export interface CapacityResult {
  readonly seed: number;
  readonly calendar: string;
  /** The simulation's start, and the measured window (after the warm-up, up to the last measured arrival or the horizon). */
  readonly start: string;
  readonly window: { readonly from: string; readonly to: string };
  /** Measured cases over all SOPs. */
  readonly cases: number;
  /** Over all SOPs' cases. */
  readonly cycleTime: Summary;
  readonly calendarTime: Summary;
  readonly waiting: { readonly mean: number };
  readonly processing: { readonly mean: number };
  readonly withinMutuBaku: number;
  /** How the cases of every SOP ended. */
  readonly outcomes: CapacityOutcomes;
  /** Utilisation per role (`null` for an unlimited role). */
  readonly utilisation: Readonly<Record<string, number | null>>;
  readonly sops: readonly CapacitySopResult[];
  readonly roles: readonly CapacityRoleResult[];
  /** Roles by the waiting they cause, most first. */
  readonly bottlenecks: readonly Bottleneck[];
  /**
   * Roles whose offered {@link CapacityRoleResult.load | load} is 1 or more, most loaded first:
   * the scenario is beyond their capacity, and its waiting figures describe this horizon only
   * (a longer run gives longer waits). Empty when every role keeps up.
   */
  readonly overloaded: readonly string[];
  /** Open cases over the window: time-average, maximum, and a series. */
  readonly wip: { readonly mean: number; readonly max: number; readonly series: readonly WipPoint[] };
  /** Measured arrivals per elapsed minute of the window (Little's law: `wip.mean ≈ arrivalRate × calendarTime.mean`). */
  readonly arrivalRate: number;
  /** Step completions simulated (warm-up and drain included). */
  readonly stepEvents: number;
  /**
   * The years the run touched that the calendar answers only provisionally (no SKB holiday
   * data: weekends and fixed-date national holidays only); empty when none.
   */
  readonly provisional: readonly number[];
}

/** Options of {@link simulateCapacity} that are not part of the scenario. */
export interface CapacityRunOptions {
  /** Called every `progressEvery` finished cases. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
}

/**
 * A scratch array for the percentiles (which rearrange what they read): a run summarises a few
 * dozen series one after the other, and a large typed array costs more to allocate than to
 * fill. Series longer than {@link SCRATCH_MAX} get their own array, so the scratch stays small.
 */
let scratch = new Float64Array(1024);
const SCRATCH_MAX = 1 << 16;

/** Mean and nearest-rank percentiles of the values of `parts`, taken in order. */
function summary(...parts: readonly Series[]): Summary {
  let n = 0;
  for (const p of parts) n += p.length;
  if (n === 0) return { mean: 0, p50: 0, p90: 0, p95: 0 };
  if (n > scratch.length && n <= SCRATCH_MAX) scratch = new Float64Array(Math.min(SCRATCH_MAX, Math.max(n, 2 * scratch.length)));
  const values = n <= scratch.length ? scratch.subarray(0, n) : new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    for (let i = 0; i < p.chunks.length; i++) {
      const c = p.chunk(i);
      values.set(c, at);
      at += c.length;
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const [p50 = 0, p90 = 0, p95 = 0] = percentiles(values, [0.5, 0.9, 0.95]);
  return { mean: sum / n, p50, p90, p95 };
}

/** Outcomes from per-outcome counts and sums (`[cases, working, calendar]` of selesai, then of ditolak). */
function outcomesOf(sums: ArrayLike<number>): CapacityOutcomes {
  const one = (o: number): CapacityOutcome => {
    const n = sums[3 * o]!;
    return { cases: n, cycleTime: { mean: n > 0 ? sums[3 * o + 1]! / n : null }, calendarTime: { mean: n > 0 ? sums[3 * o + 2]! / n : null } };
  };
  return { selesai: one(0), ditolak: one(1) };
}

function sopResult(sop: CompiledSop, tally: SopTally, stepTallies: (i: number) => ReturnType<Engine['stepTallies']>): CapacitySopResult {
  const n = tally.count;
  let within = 0;
  for (let k = 0; k < tally.cycleW.chunks.length; k++) {
    const w = tally.cycleW.chunk(k);
    for (let i = 0; i < w.length; i++) if (w[i]! <= sop.nominal + 1e-9) within++;
  }
  const t = sop.table;
  return {
    id: sop.def.id,
    nama: sop.def.nama,
    cases: n,
    outcomes: outcomesOf(tally.outcomes),
    cycleTime: summary(tally.cycleW),
    calendarTime: summary(tally.cycleT),
    waiting: { mean: n === 0 ? 0 : tally.waitSum / n },
    processing: { mean: n === 0 ? 0 : tally.procSum / n },
    mutuBakuMinutes: sop.nominal,
    withinMutuBaku: n === 0 ? 0 : within / n,
    // the first `steps` states of the table are the steps in document order
    steps: sop.def.steps.map((step, i) => {
      const x = stepTallies(i);
      const v = x.visits;
      return {
        id: step.id,
        label: step.label,
        roles: t.roles[i]!,
        visits: n === 0 ? 0 : v / n,
        waiting: { mean: v === 0 ? 0 : x.wait / v },
        processing: { mean: v === 0 ? 0 : x.proc / v },
        withinWaktu: v === 0 ? 0 : x.within / v,
      };
    }),
  };
}

function roleResults(engine: Engine, staff: Staffing, office: WorkTable, w0: number, w1: number): CapacityRoleResult[] {
  const span = w1 - w0;
  const officeMinutes = office.between(w0, w1);
  return staff.roles.map((role, r) => {
    const units = staff.unitsOfRole[r]!;
    const unlimited = staff.unlimited[r] === 1;
    let avail = 0;
    for (const u of units) avail += staff.unitTable[u]!.between(w0, w1);
    const x = engine.roleTally[r]!;
    return {
      role,
      officials: unlimited ? 'unlimited' : units.length,
      utilisation: unlimited ? null : avail > 0 ? x.busy / avail : 0,
      load: unlimited || !(avail > 0) ? null : x.work / avail,
      busy: officeMinutes > 0 ? x.busy / officeMinutes : 0,
      meanQueue: span > 0 ? x.area / span : 0,
      maxQueue: x.maxQueue,
      steps: x.jobs,
      meanWait: x.jobs > 0 ? x.wait / x.jobs : 0,
    };
  });
}

function wipResult(engine: Engine, w0: number, w1: number, points: number, iso: (m: number) => string): CapacityResult['wip'] {
  const span = w1 - w0;
  if (!(span > 0)) return { mean: 0, max: 0, series: [] };
  const width = span / points;
  const area = new Float64Array(points);
  let wip = 0;
  let last = w0;
  let total = 0;
  let max = 0;
  const log = engine.wipLog;
  const n = log.length;
  let k = 0;
  let chunk = 0;
  let entries = n > 0 ? log.chunk(0) : new Float64Array(0);
  let off = 0;
  // each change ends a stretch [a, b) at the current WIP, spread over the buckets it covers; after
  // the last change, the stretch up to the window's end (one loop, no closure: it runs per case)
  for (let i = 0; i <= n; i++) {
    let a: number;
    let b: number;
    let t = 0;
    let end = false;
    if (i < n) {
      if (off === entries.length) {
        entries = log.chunk(++chunk);
        off = 0;
      }
      const x = entries[off++]!;
      end = x < 0 || (x === 0 && 1 / x < 0);
      t = end ? -x : x;
      a = Math.max(last, w0);
      b = t > w0 ? Math.min(t, w1) : a;
    } else {
      a = last;
      b = w1 > last ? w1 : last;
    }
    if (b > a) {
      // stretches only move forward: start from the bucket the last one ended in
      while (k < points - 1 && a >= w0 + (k + 1) * width) k++;
      while (b > a) {
        const edge = k >= points - 1 ? b : Math.min(b, w0 + (k + 1) * width);
        if (edge > a) {
          area[k]! += wip * (edge - a);
          total += wip * (edge - a);
          a = edge;
        }
        if (b > a) k++;
      }
    }
    if (i === n) break;
    last = Math.max(last, Math.min(t, w1));
    wip += end ? -1 : 1;
    if (t >= w0 && t <= w1 && wip > max) max = wip;
  }
  return {
    mean: span > 0 ? total / span : 0,
    max,
    series: Array.from(area, (a, k) => ({ at: iso(w0 + k * width), minutes: w0 + k * width, wip: width > 0 ? a / width : 0 })),
  };
}

/**
 * Simulates cases of one or several SOPs competing for the same officials: cases arrive
 * (Poisson, a list, or per month), each step waits in a queue for an official of its role
 * (first come first served, or earliest due first), who works on it for a sampled number of
 * working minutes on their own calendar (working hours, holidays, leave); decisions are refused
 * with the given probabilities and the case goes where `compileFlow`'s transition rule sends it
 * (its states, `flowStates`: a forward refusal goes on to its later step and the case ends
 * `ditolak`; `outcomes` counts both endings). An event-driven
 * simulation on typed arrays; the same seed gives the same result in every process.
 *
 * With unlimited officials (`defaultStaff: 'unlimited'`), nobody waits and each case of the first
 * SOP takes exactly the working minutes of the same run of {@link simulate} with the same seed
 * and durations.
 *
 * @param input - the scenario (checked with {@link CapacityScenarioSchema})
 * @param options - a progress callback
 * @returns cycle times (working and calendar) with waiting and processing per step, the share
 * within mutu baku, utilisation and queues per role, the bottleneck ranking and a WIP series
 * @throws {@link SimulationError} for a bad scenario (naming the field), a case that never ends,
 * or officials with no working time left; `CalendarError` when the run reaches years the calendar
 * cannot answer for
 *
 * @example
 * ```ts
 * import { simulateCapacity } from 'sop-ap/capacity'
 * import { getSop } from 'sop-ap/machines'
 * const r = simulateCapacity({
 *   sops: [{ sop: getSop('pembuatan-sk-tim-kerja-bidang-3'), arrivals: { perMonth: 40 } }],
 *   staff: { 'kepala-dinas': 1 },
 *   durations: { kind: 'lognormal', cv: 0.5 },
 *   refusal: 0.1,
 *   horizon: { days: 300 },
 *   seed: 7,
 * })
 * r.cycleTime.p90, r.utilisation['kepala-dinas'], r.bottlenecks[0]?.role
 * ```
 */
export function simulateCapacity(input: CapacityScenarioInput, options: CapacityRunOptions = {}): CapacityResult {
  return prepareCapacity(input, options)();
}

/**
 * Checks a scenario and compiles it (its SOPs, officials and arrivals) without simulating: every
 * error of the scenario itself is thrown here, and the returned function runs it once. So
 * {@link compareCapacity} rejects a bad variant before it spends a run on the base.
 *
 * @internal
 */
export function prepareCapacity(input: CapacityScenarioInput, options: CapacityRunOptions = {}): () => CapacityResult {
  const parsed = CapacityScenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SimulationError(simulationDetail('scenario', { detail: issue?.message ?? 'invalid scenario' }), { field: issue?.path.join('.') || 'scenario' });
  }
  return prepare(parsed.data, options);
}

function prepare(scenario: CapacityScenario, options: CapacityRunOptions): () => CapacityResult {
  const calendar = defaultCalendar(scenario);
  const origin = originOf(scenario, calendar);
  const office = WorkTable.of(calendar, origin);
  const roleIndex = new Map<string, number>();
  const sops = compileSops(scenario, calendar, roleIndex);
  const staff = compileStaff(scenario, calendar, origin, office, roleIndex);
  let horizon = Infinity;
  if (scenario.horizon !== undefined) {
    horizon = 'days' in scenario.horizon ? scenario.horizon.days * 1440 : (toEpochMs(scenario.horizon.until, { field: 'horizon.until' }) - origin) / MINUTE;
  }
  const sources = scenario.sops.map((s, k) => arrivalSource(s.arrivals, sops[k]!.arrivalSeed, office, calendar, origin, horizon, sops[k]!.def.id));
  const onlyLists = scenario.sops.every((s) => 'at' in s.arrivals);
  const cases = scenario.horizon === undefined ? (scenario.cases ?? (onlyLists ? Infinity : 10_000)) : Infinity;
  const w = scenario.warmup;
  const engine = new Engine(sops, staff, office, sources, {
    maxMeasured: cases,
    horizon,
    warmupCases: w !== undefined && 'cases' in w ? w.cases : 0,
    warmupUntil: w !== undefined && 'days' in w ? w.days * 1440 : 0,
    byDue: scenario.queue === 'due',
    maxVisits: scenario.maxVisitsPerCase,
    onProgress: options.onProgress,
    progressEvery: options.progressEvery ?? 10_000,
  });
  return () => summarise(scenario, engine, { calendar, origin, office, sops, staff });
}

/** Runs the engine and gathers its result. */
function summarise(scenario: CapacityScenario, engine: Engine, c: { calendar: WorkCalendar; origin: number; office: WorkTable; sops: readonly CompiledSop[]; staff: Staffing }): CapacityResult {
  const { calendar, origin, office, sops, staff } = c;
  engine.run();
  if (engine.measuredArrivals === 0) throw new SimulationError(simulationDetail('no-arrivals', {}), { field: scenario.horizon === undefined ? 'warmup' : 'horizon' });
  const w0 = engine.w0;
  const w1 = engine.w1 === Infinity ? engine.lastArrival : engine.w1;
  const iso = isoFormatter(calendar.zone, origin, w0, w1);
  const all = engine.tallies;
  const perSop = sops.map((s, k) => sopResult(s, engine.tallies[k]!, (i) => engine.stepTallies(k, i)));
  const total = perSop.reduce((n, s) => n + s.cases, 0);
  const only = perSop.length === 1 ? perSop[0] : undefined;
  const roles = roleResults(engine, staff, office, w0, w1);
  const waitAll = roles.reduce((s, r) => s + r.meanWait * r.steps, 0);
  const bottlenecks = roles
    .map((r) => ({ role: r.role, waitingShare: waitAll > 0 ? (r.meanWait * r.steps) / waitAll : 0, utilisation: r.utilisation, meanQueue: r.meanQueue, meanWait: r.meanWait }))
    .sort((a, b) => b.waitingShare - a.waitingShare || (b.utilisation ?? 0) - (a.utilisation ?? 0) || (a.role < b.role ? -1 : 1));
  return {
    seed: scenario.seed,
    calendar: calendar.id,
    start: iso(0),
    window: { from: iso(w0), to: iso(w1) },
    cases: total,
    // every SOP's cycle times together
    cycleTime: only?.cycleTime ?? summary(...all.map((t) => t.cycleW)),
    calendarTime: only?.calendarTime ?? summary(...all.map((t) => t.cycleT)),
    waiting: only?.waiting ?? { mean: total === 0 ? 0 : all.reduce((x, t) => x + t.waitSum, 0) / total },
    processing: only?.processing ?? { mean: total === 0 ? 0 : all.reduce((x, t) => x + t.procSum, 0) / total },
    withinMutuBaku: total === 0 ? 0 : perSop.reduce((s, x) => s + x.withinMutuBaku * x.cases, 0) / total,
    outcomes: only?.outcomes ?? outcomesOf(sumOutcomes(all)),
    utilisation: Object.fromEntries(roles.map((r) => [r.role, r.utilisation])),
    sops: perSop,
    roles,
    bottlenecks,
    overloaded: overloadedRoles(roles, staff, engine),
    wip: wipResult(engine, w0, w1, scenario.wipPoints, iso),
    arrivalRate: w1 > w0 ? engine.measuredArrivals / (w1 - w0) : 0,
    stepEvents: engine.stepEvents,
    provisional: [...provisionalYears(calendar, origin, origin + engine.now * MINUTE)],
  };
}

/** Roles at or beyond their capacity, most loaded first (work but no working time at all counts as the most). */
function overloadedRoles(roles: readonly CapacityRoleResult[], staff: Staffing, engine: Engine): string[] {
  const load = (i: number) => roles[i]!.load ?? Infinity;
  return roles
    .map((_, i) => i)
    .filter((i) => staff.unlimited[i] !== 1 && engine.roleTally[i]!.work > 0 && load(i) >= 1)
    .sort((a, b) => load(b) - load(a) || (roles[a]!.role < roles[b]!.role ? -1 : 1))
    .map((i) => roles[i]!.role);
}

/** Per-outcome counts and sums over every SOP's tally. */
function sumOutcomes(all: readonly SopTally[]): Float64Array {
  const sums = new Float64Array(6);
  for (const x of all) for (let i = 0; i < 6; i++) sums[i]! += x.outcomes[i]!;
  return sums;
}

/** Per zone: its UTC offset (minutes) in January and in July of a year, `null` when they differ or luxon cannot tell. */
const fixedOffsets = new Map<string, Map<number, number | null>>();

/** The zone's one offset through `year` (January and July agree), else `null`; asked of luxon once per zone and year. */
function yearOffset(zone: string, year: number): number | null {
  let byYear = fixedOffsets.get(zone);
  if (byYear === undefined) fixedOffsets.set(zone, (byYear = new Map()));
  let offset = byYear.get(year);
  if (offset === undefined) {
    const jan = DateTime.fromObject({ year, month: 1, day: 15 }, { zone });
    const jul = DateTime.fromObject({ year, month: 7, day: 15 }, { zone });
    offset = jan.isValid && jul.isValid && jan.offset === jul.offset ? jan.offset : null;
    byYear.set(year, offset);
  }
  return offset;
}

/** The origin's offset, year and ISO offset suffix in a zone (`null` when luxon cannot tell), for the last few origins. */
const origins = new Map<string, { readonly offset: number; readonly year: number; readonly suffix: string } | null>();

function originIn(zone: string, origin: number): { readonly offset: number; readonly year: number; readonly suffix: string } | null {
  const key = `${zone} ${origin}`;
  let o = origins.get(key);
  if (o === undefined) {
    const d = DateTime.fromMillis(origin, { zone });
    o = d.isValid ? { offset: d.offset, year: d.year, suffix: d.toISO()!.slice(23) } : null; // "+07:00" or "Z"
    if (origins.size >= 16) origins.clear();
    origins.set(key, o);
  }
  return o;
}

/**
 * Formats minutes from the origin as ISO 8601 in the zone. When the zone keeps one offset over
 * the window (no daylight saving, as in every Indonesian zone: the same offset in January and
 * July of every year from the origin to the window's end), plain arithmetic; else luxon.
 */
function isoFormatter(zone: string, origin: number, w0: number, w1: number): (m: number) => string {
  const luxon = (m: number) => DateTime.fromMillis(origin + m * MINUTE, { zone }).toISO()!;
  const last = origin + Math.max(0, w0, w1) * MINUTE;
  if (!Number.isFinite(last)) return luxon;
  const first = originIn(zone, origin);
  if (first === null) return luxon;
  const { offset, year, suffix } = first;
  const lastYear = new Date(last + offset * MINUTE).getUTCFullYear();
  for (let y = year; y <= lastYear; y++) if (yearOffset(zone, y) !== offset) return luxon;
  return (m: number) => `${new Date(Math.round(origin + m * MINUTE) + offset * MINUTE).toISOString().slice(0, 23)}${suffix}`;
}
