/**
 * The event loop of the capacity simulation: step ends and officials' wake-ups on a binary heap
 * of future events, each SOP's next arrival beside it; per role a queue of waiting steps; per
 * official a busy flag and the working time they take work in. Every SOP's states are read from
 * one set of flat tables, a case is an object kept in a recycled slot (see {@link Case} for why
 * cases and tallies are objects), and what a run records grows in chunks, so the loop allocates
 * nothing per event.
 *
 * Random numbers: every case of SOP k draws its step durations and decisions from one stream
 * (`caseSeed`), in the same order as `simulate` draws them for one run: for each step visited,
 * the duration's uniforms, then (at a decision with a refusal probability above zero) one
 * uniform for the decision. The stream is advanced past a case when it arrives (durations are
 * skipped by adding γ, a whole run of steps between decisions at once; decisions are drawn to
 * know the path); the case keeps its own position
 * and replays its draws as it moves. So case i of SOP 0 gets exactly the draws of run i of
 * `simulate` with the same seed, whatever the queues do, and two scenarios with the same seed
 * give each case the same work (common random numbers for what-if comparisons).
 */
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import { lognormalDraw, sampleTriangular } from '../simulation/durations.js';
import { REFUSED } from '../simulation/step-table.js';
import { MULBERRY32_GAMMA, mulberry32At } from '../simulation/random.js';
import type { ArrivalSource } from './arrivals.js';
import { EXPONENTIAL, FIXED, LOGNORMAL, TRIANGULAR, UNIFORMS, type CompiledSop, type Staffing } from './compile.js';
import { EventHeap, JobQueue } from './queues.js';
import type { WorkTable } from './work-table.js';

const END = 1;
const WAKE = 2;

const growI = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * A case in the loop, kept in its slot and reused when it finishes. An object, not a row of
 * typed arrays: its fields are read and written a few dozen times per step, and in a process
 * that has ever detached an ArrayBuffer (any `fetch()`, PGlite, a worker's transfer, tsx's
 * loader) V8 checks on every typed-array access that the buffer is still attached; an object's
 * fields need no such check. A role's and a step's tallies are objects for the same reason. The
 * states' tables (read only) and the officials' busy flags measured no faster as objects, in
 * paired runs, and stay typed arrays.
 */
class Case {
  /** Its stream position. */
  state = 0;
  /** Its state (global number), the state it goes to next. */
  g = 0;
  next = 0;
  /** Its queue entries carry it: a stale entry's differs. */
  token = 0;
  /** The unit serving its step (-1: an unlimited role), and whether it is measured (1). */
  unit = 0;
  measured = 0;
  // (NaN: these fields hold doubles from the start)
  /** The step's duration; the case's arrival; the step's start; waiting and processing so far. */
  dur = NaN;
  arr = NaN;
  start = NaN;
  wait = NaN;
  /** Office working minutes (from the origin) when the case entered its step, and when the step started. */
  wEnter = NaN;
  wStart = NaN;
  proc = NaN;
  due = NaN;
}

/** A role's tallies over a run. */
export class RoleTally {
  /** Live waiting steps; their time integral over the window; the last change; the longest queue. */
  count = 0;
  area = 0;
  last = 0;
  maxQueue = 0;
  /** Steps measured cases took, their working minutes of waiting, and of work brought to the role. */
  jobs = 0;
  wait = 0;
  work = 0;
  /** Busy minutes within the window. */
  busy = 0;
}

/** A step's tallies over a run: measured visits, their working minutes of waiting and processing, how many stayed within the waktu. */
export class StepTally {
  visits = 0;
  wait = 0;
  proc = 0;
  within = 0;
}

/** What the loop is told about the run. */
export interface EngineOptions {
  /** Stop arrivals once this many measured cases have arrived (`Infinity` with a horizon). */
  readonly maxMeasured: number;
  /** Minutes from the origin; arrivals at or after it are not simulated. */
  readonly horizon: number;
  /** Arrivals before this index are warm-up. */
  readonly warmupCases: number;
  /** Arrivals before this minute are warm-up. */
  readonly warmupUntil: number;
  /** Serve queues by due instant (true) or first come first served. */
  readonly byDue: boolean;
  readonly maxVisits: number;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
  readonly progressEvery: number;
}

/**
 * A growing series of numbers in typed-array chunks that double in size (256 up to 65,536
 * entries): a short run allocates little, a long one never copies what it has.
 */
export class Series {
  /** The chunks; every one but the last is full. */
  readonly chunks: Float64Array[] = [];
  /** How many values it holds. */
  length = 0;
  private last: Float64Array = NO_ENTRIES;
  private at = 0;

  /** Appends a value. */
  push(x: number): void {
    if (this.at === this.last.length) {
      this.last = new Float64Array(Math.min(65_536, Math.max(256, 2 * this.last.length)));
      this.chunks.push(this.last);
      this.at = 0;
    }
    this.last[this.at++] = x;
    this.length++;
  }

  /** The filled part of chunk i. */
  chunk(i: number): Float64Array {
    const c = this.chunks[i]!;
    return i === this.chunks.length - 1 ? c.subarray(0, this.at) : c;
  }
}

const NO_ENTRIES = new Float64Array(0);

/**
 * Per-SOP tallies of measured cases: each case's cycle time (working and calendar), sums of the
 * rest, and per outcome (0 `selesai`, 1 `ditolak`, the final state the case reached) the cases
 * and the sums of their working and calendar cycle times. The SOP's steps are tallied in the
 * engine's step tables (see {@link Engine.stepTallies}).
 */
export class SopTally {
  readonly cycleW = new Series();
  readonly cycleT = new Series();
  count = 0;
  waitSum = 0;
  procSum = 0;
  refused = 0;
  /** Cases, working and calendar cycle time sums: `[cases, w, t]` of selesai, then of ditolak. */
  readonly outcomes = new Float64Array(6);
  add(w: number, t: number, wait: number, proc: number, refused: boolean): void {
    this.count++;
    this.cycleW.push(w);
    this.cycleT.push(t);
    this.waitSum += wait;
    this.procSum += proc;
    const o = refused ? 3 : 0;
    this.refused += refused ? 1 : 0;
    this.outcomes[o]!++;
    this.outcomes[o + 1]! += w;
    this.outcomes[o + 2]! += t;
  }
}

/**
 * Every SOP's states in one set of flat tables, indexed by a global state number (SOP k's state
 * `s` is `base[k] + s`; the ends keep their negative codes), and the officials as index ranges:
 * the event loop reads plain typed arrays, never a compiled SOP's or a role's definition.
 */
interface Flat {
  readonly sopOf: Int32Array;
  readonly kind: Uint8Array;
  readonly pa: Float64Array;
  readonly pb: Float64Array;
  readonly pc: Float64Array;
  readonly pd: Float64Array;
  readonly p: Float64Array;
  readonly next: Int32Array;
  readonly refuse: Int32Array;
  readonly jumpTo: Int32Array;
  readonly jumpVisits: Int32Array;
  readonly jumpGamma: Int32Array;
  /** The state's step, as a global step number (the tallies' index). */
  readonly tally: Int32Array;
  readonly budget: Float64Array;
  /** The state's roles: `roles[roleFrom[g] .. roleFrom[g + 1])`. */
  readonly roleFrom: Int32Array;
  readonly roles: Int32Array;
  readonly unlimited: Uint8Array;
  /** Per SOP: its first state and the first step number of its tallies. */
  readonly start: Int32Array;
  readonly stepBase: Int32Array;
  readonly steps: number;
  /** Per role, its units `roleUnits[roleUnitFrom[r] .. roleUnitFrom[r + 1])`; per person, theirs. */
  readonly roleUnitFrom: Int32Array;
  readonly roleUnits: Int32Array;
  readonly personUnitFrom: Int32Array;
  readonly personUnits: Int32Array;
}

const toGlobal = (base: number, s: number) => (s < 0 ? s : base + s);

function ranges(lists: readonly ArrayLike<number>[]): { from: Int32Array; items: Int32Array } {
  const from = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) from[i + 1] = from[i]! + lists[i]!.length;
  const items = new Int32Array(from[lists.length]!);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i]!;
    const at = from[i]!;
    for (let j = 0; j < list.length; j++) items[at + j] = list[j]!;
  }
  return { from, items };
}

function flatten(sops: readonly CompiledSop[], staff: Staffing): Flat {
  const total = sops.reduce((n, x) => n + x.n, 0);
  const roles = ranges(sops.flatMap((x) => x.roles));
  const roleUnits = ranges(staff.unitsOfRole);
  const personUnits = ranges(staff.unitsOfPerson);
  // one literal with every field (an object spread from this many gives one V8 reads slowly)
  const f: Flat = {
    sopOf: new Int32Array(total),
    kind: new Uint8Array(total),
    pa: new Float64Array(total),
    pb: new Float64Array(total),
    pc: new Float64Array(total),
    pd: new Float64Array(total),
    p: new Float64Array(total),
    next: new Int32Array(total),
    refuse: new Int32Array(total),
    jumpTo: new Int32Array(total),
    jumpVisits: new Int32Array(total),
    jumpGamma: new Int32Array(total),
    tally: new Int32Array(total),
    budget: new Float64Array(total),
    roleFrom: roles.from,
    roles: roles.items,
    unlimited: new Uint8Array(total),
    start: new Int32Array(sops.length),
    stepBase: new Int32Array(sops.length),
    steps: sops.reduce((n, x) => n + x.table.steps, 0),
    roleUnitFrom: roleUnits.from,
    roleUnits: roleUnits.items,
    personUnitFrom: personUnits.from,
    personUnits: personUnits.items,
  };
  let base = 0;
  let steps = 0;
  for (let k = 0; k < sops.length; k++) {
    const sop = sops[k]!;
    const t = sop.table;
    f.start[k] = toGlobal(base, t.start);
    f.stepBase[k] = steps;
    for (let s = 0; s < sop.n; s++) {
      const g = base + s;
      f.sopOf[g] = k;
      f.kind[g] = sop.kind[s]!;
      f.pa[g] = sop.pa[s]!;
      f.pb[g] = sop.pb[s]!;
      f.pc[g] = sop.pc[s]!;
      f.pd[g] = sop.pd[s]!;
      f.p[g] = sop.p[s]!;
      f.budget[g] = t.budget[s]!;
      f.jumpVisits[g] = sop.jumpVisits[s]!;
      f.jumpGamma[g] = sop.jumpGamma[s]!;
      f.next[g] = toGlobal(base, t.next[s]!);
      f.refuse[g] = toGlobal(base, t.refuse[s]!);
      f.jumpTo[g] = toGlobal(base, sop.jumpTo[s]!);
      f.tally[g] = steps + t.step[s]!;
      for (const r of sop.roles[s]!) if (staff.unlimited[r] === 1) f.unlimited[g] = 1;
    }
    base += sop.n;
    steps += t.steps;
  }
  return f;
}

/** The event loop. Construct, {@link Engine.run}, then read the tallies. */
export class Engine {
  /** The cases, by slot. */
  private readonly cases: Case[] = [];
  private freeSlots = new Int32Array(64);
  private nFree = 0;
  private nSlots = 0;

  private readonly f: Flat;
  private readonly events = new EventHeap();
  private readonly queues: JobQueue[];
  private readonly busy: Uint8Array;
  private readonly wakeAt: Float64Array;
  private readonly sopState: Int32Array;
  /** Per SOP: its next arrival's instant (`Infinity`: none) and order among the events. */
  private readonly arrT: Float64Array;
  private readonly arrSeq: Float64Array;
  private seq = 0;

  /** Per role, its tallies. */
  readonly roleTally: readonly RoleTally[];
  /** Per step of every SOP (global step number), its tallies. */
  private readonly steps: readonly StepTally[];

  /**
   * Step `i` (in document order) of SOP `k`: its measured visits, and their working minutes of
   * waiting and processing, and how many stayed within the step's waktu.
   */
  stepTallies(k: number, i: number): StepTally {
    return this.steps[this.f.stepBase[k]! + i]!;
  }
  /** Per SOP tallies. */
  readonly tallies: SopTally[];
  /** Work in progress: its changes in time order, an arrival as its time `t`, an end as `-t` (−0 at 0). */
  readonly wipLog = new Series();
  /** The measurement window, minutes from the origin (known once the first and last measured case arrive). */
  w0 = Infinity;
  w1 = Infinity;
  /** Step completions simulated, arrivals made, measured arrivals, cases finished. */
  stepEvents = 0;
  arrivals = 0;
  measuredArrivals = 0;
  finished = 0;
  /** The last event's time, and the last arrival's. */
  now = 0;
  lastArrival = 0;

  constructor(
    private readonly sops: readonly CompiledSop[],
    private readonly staff: Staffing,
    private readonly office: WorkTable,
    private readonly sources: readonly ArrivalSource[],
    private readonly o: EngineOptions,
  ) {
    this.f = flatten(sops, staff);
    this.queues = staff.roles.map(() => new JobQueue(!o.byDue));
    this.busy = new Uint8Array(staff.personTable.length);
    this.wakeAt = new Float64Array(staff.personTable.length).fill(Infinity);
    this.sopState = Int32Array.from(sops, (s) => s.caseSeed | 0);
    this.arrT = new Float64Array(sops.length).fill(Infinity);
    this.arrSeq = new Float64Array(sops.length);
    this.roleTally = staff.roles.map(() => new RoleTally());
    const steps = this.f.steps;
    this.steps = Array.from({ length: steps }, () => new StepTally());
    this.tallies = sops.map(() => new SopTally());
    if (o.horizon !== Infinity) this.w1 = o.horizon;
    if (o.warmupCases === 0) this.w0 = o.warmupUntil;
  }

  /** Runs until every arrived case has finished. */
  run(): void {
    for (let k = 0; k < this.sops.length; k++) this.scheduleArrival(k);
    const ev = this.events;
    const arrT = this.arrT;
    let k = this.firstArrival();
    for (;;) {
      if (k >= 0 && !ev.firstBefore(arrT[k]!, this.arrSeq[k]!)) {
        const t = arrT[k]!;
        arrT[k] = Infinity;
        this.now = t;
        this.arrive(k, t);
        k = this.firstArrival();
      } else if (ev.pop()) {
        const t = ev.at;
        this.now = t;
        if (ev.kind === END) this.end(ev.argA, t);
        else this.wake(ev.argA, t);
      } else break;
    }
  }

  /**
   * The next arrival of SOP k, kept beside the heap (one per SOP: the heap holds only the cases'
   * steps and the officials' wake-ups), with the order it would have had in the heap.
   */
  private scheduleArrival(k: number): void {
    if (this.measuredArrivals >= this.o.maxMeasured) return;
    const t = this.sources[k]!.next();
    if (t < this.o.horizon) {
      this.arrT[k] = t;
      this.arrSeq[k] = this.events.order();
    }
  }

  /** The SOP whose next arrival comes first (by time, then order), or -1 when none is due. */
  private firstArrival(): number {
    const arrT = this.arrT;
    const arrSeq = this.arrSeq;
    let best = -1;
    let bt = Infinity;
    let bs = Infinity;
    for (let k = 0; k < arrT.length; k++) {
      const t = arrT[k]!;
      if (t < bt || (t === bt && t !== Infinity && arrSeq[k]! < bs)) {
        best = k;
        bt = t;
        bs = arrSeq[k]!;
      }
    }
    return best;
  }

  private slot(): number {
    if (this.nFree > 0) return this.freeSlots[--this.nFree]!;
    if (this.nSlots === this.freeSlots.length) this.freeSlots = growI(this.freeSlots);
    this.cases.push(new Case());
    return this.nSlots++;
  }

  /**
   * Advances SOP k's case stream past one case (durations skipped, decisions drawn), checking it
   * ends: from decision to decision along the compiled jumps, a state left to the walk (a loop
   * without a decision) one step at a time.
   */
  private skipCase(k: number, state: number): number {
    const { jumpTo, jumpVisits, jumpGamma, p, kind, next, refuse } = this.f;
    const max = this.o.maxVisits;
    let g = this.f.start[k]!;
    let visits = 0;
    while (g >= 0) {
      const to = jumpTo[g]!;
      if (to !== g) {
        // the draw-only steps up to the next decision or the end
        state = (state + jumpGamma[g]!) | 0;
        visits += jumpVisits[g]!;
        g = to;
      } else {
        // a decision, or a state left to the walk: its duration's draws, then its decision's
        state = (state + UNIFORMS[kind[g]! as 0 | 1 | 2 | 3] * MULBERRY32_GAMMA) | 0;
        const pg = p[g]!;
        if (pg > 0) {
          state = (state + MULBERRY32_GAMMA) | 0;
          g = mulberry32At(state) < pg ? refuse[g]! : next[g]!;
        } else g = next[g]!;
        visits++;
      }
      if (visits > max) {
        throw new SimulationError(simulationDetail('max-visits', { max }), { sopId: this.sops[k]!.def.id, field: 'maxVisitsPerCase' });
      }
    }
    return state;
  }

  private arrive(k: number, t: number): void {
    if (this.measuredArrivals >= this.o.maxMeasured) return;
    const c = this.slot();
    const x = this.cases[c]!;
    const state = this.sopState[k]!;
    this.sopState[k] = this.skipCase(k, state);
    const index = this.arrivals++;
    this.lastArrival = t;
    const measured = index >= this.o.warmupCases && t >= this.o.warmupUntil;
    if (measured) {
      if (this.w0 === Infinity) this.w0 = t;
      this.measuredArrivals++;
    }
    x.state = state;
    x.measured = measured ? 1 : 0;
    x.arr = t;
    x.wait = 0;
    x.proc = 0;
    x.due = this.o.byDue ? this.office.worked(t) + this.sops[k]!.nominal : 0;
    this.wip(t, 1);
    this.scheduleArrival(k);
    if (this.measuredArrivals >= this.o.maxMeasured && this.w1 === Infinity) this.w1 = t;
    this.enter(c, this.f.start[k]!, t);
  }

  private wip(t: number, d: number): void {
    this.wipLog.push(d > 0 ? t : -t);
  }

  /**
   * The case enters state g at t: it draws the step's duration and decision from its own stream
   * position, then starts at once with a free official, else waits in its roles' queues.
   */
  private enter(c: number, g: number, t: number): void {
    const f = this.f;
    const x = this.cases[c]!;
    let state = x.state;
    const kind = f.kind[g]!;
    let d: number;
    if (kind === FIXED) d = f.pa[g]!;
    else if (kind === TRIANGULAR) {
      state = (state + MULBERRY32_GAMMA) | 0;
      d = sampleTriangular(mulberry32At(state), f.pa[g]!, f.pb[g]!, f.pc[g]!, f.pd[g]!);
    } else if (kind === LOGNORMAL) {
      state = (state + MULBERRY32_GAMMA) | 0;
      const u1 = 1 - mulberry32At(state);
      state = (state + MULBERRY32_GAMMA) | 0;
      d = f.pa[g]! * lognormalDraw(u1, mulberry32At(state), f.pb[g]!, f.pc[g]!);
    } else {
      void EXPONENTIAL;
      state = (state + MULBERRY32_GAMMA) | 0;
      d = -f.pa[g]! * Math.log(1 - mulberry32At(state));
    }
    const p = f.p[g]!;
    let next = f.next[g]!;
    if (p > 0) {
      state = (state + MULBERRY32_GAMMA) | 0;
      if (mulberry32At(state) < p) next = f.refuse[g]!;
    }
    x.state = state;
    x.dur = d;
    x.next = next;
    x.g = g;
    x.wEnter = this.office.worked(t);
    if (f.unlimited[g] === 1) return this.start(c, -1, t);
    const st = this.staff;
    const r0 = f.roleFrom[g]!;
    const r1 = f.roleFrom[g + 1]!;
    for (let i = r0; i < r1; i++) {
      const r = f.roles[i]!;
      if (this.roleTally[r]!.count > 0) continue; // others wait for this role already: join the queue
      const u1 = f.roleUnitFrom[r + 1]!;
      for (let j = f.roleUnitFrom[r]!; j < u1; j++) {
        const u = f.roleUnits[j]!;
        if (this.busy[st.unitPerson[u]!] === 0 && st.unitTable[u]!.isOpen(t)) return this.start(c, u, t);
      }
    }
    this.wait(c, r0, r1, t);
  }

  /** No official of the step's roles can start it now: the case waits in every one of their queues (`roles[r0 .. r1)`). */
  private wait(c: number, r0: number, r1: number, t: number): void {
    const f = this.f;
    const st = this.staff;
    const x = this.cases[c]!;
    const token = ++x.token;
    const key = this.o.byDue ? x.due : this.seq;
    const seq = this.seq++;
    for (let i = r0; i < r1; i++) {
      const r = f.roles[i]!;
      this.queues[r]!.push(key, seq, c, token);
      this.queueChange(r, t, 1);
      // an idle official of the role is off duty now: wake them at their next opening
      const u1 = f.roleUnitFrom[r + 1]!;
      for (let j = f.roleUnitFrom[r]!; j < u1; j++) {
        const u = f.roleUnits[j]!;
        const p = st.unitPerson[u]!;
        if (this.busy[p] === 0) this.wakeLater(p, st.unitTable[u]!.nextOpen(t));
      }
    }
  }

  private queueChange(r: number, t: number, d: number): void {
    const x = this.roleTally[r]!;
    const a = Math.max(x.last, this.w0);
    const b = Math.min(t, this.w1);
    if (b > a) x.area += x.count * (b - a);
    x.last = t;
    const n = (x.count += d);
    if (n > x.maxQueue && t >= this.w0 && t <= this.w1) x.maxQueue = n;
  }

  private wakeLater(p: number, at: number): void {
    if (at < this.wakeAt[p]! && at !== Infinity) {
      this.wakeAt[p] = at;
      this.events.push(at, WAKE, p);
    }
  }

  private wake(p: number, t: number): void {
    if (this.wakeAt[p] === t) this.wakeAt[p] = Infinity;
    if (this.busy[p] === 0) this.take(p, t);
  }

  /** Starts the case's step at t with unit u (-1: an unlimited role, on the office calendar). */
  private start(c: number, u: number, t: number): void {
    const st = this.staff;
    const x = this.cases[c]!;
    const d = x.dur;
    const office = this.office;
    let end: number;
    let begin = t;
    let w: number;
    if (u < 0) {
      begin = office.nextOpen(t);
      end = office.add(t, d);
      w = office.startedAt;
    } else {
      const p = st.unitPerson[u]!;
      this.busy[p] = 1;
      const table = st.personTable[p]!;
      end = table.add(t, d);
      w = table === office ? table.startedAt : office.worked(t);
    }
    // office working time at the start (= at `begin`: closed time adds none)
    x.wStart = w;
    if (end === Infinity || Number.isNaN(end)) throw new SimulationError(simulationDetail('official-no-time', {}), { sopId: this.sops[this.f.sopOf[x.g]!]!.def.id });
    x.unit = u;
    x.start = begin;
    this.events.push(end, END, c);
  }

  /** The step of case c ends at t: tally it, free the official, move the case on. */
  private end(c: number, t: number): void {
    this.stepEvents++;
    const st = this.staff;
    const f = this.f;
    const x = this.cases[c]!;
    const g = x.g;
    const u = x.unit;
    const d = x.dur;
    // = office.between(enter, start), from the working minutes noted then
    let wait = x.wStart - x.wEnter;
    const p = u < 0 ? -1 : st.unitPerson[u]!;
    // an official on another calendar (or on leave mid-step): the step's other office time is waiting too
    if (p >= 0 && st.personPlain[p] === 0) wait = Math.max(0, wait + this.office.between(x.start, t) - d);
    x.wait += wait;
    x.proc += d;
    const role = this.roleTally[u < 0 ? f.roles[f.roleFrom[g]!]! : st.unitRole[u]!]!;
    if (x.measured === 1) {
      const i = f.tally[g]!;
      const y = this.steps[i]!;
      y.wait += wait;
      y.proc += d;
      y.visits++;
      if (wait + d <= f.budget[g]! + 1e-9) y.within++;
      role.jobs++;
      role.work += d;
      role.wait += wait;
    }
    const begin = x.start;
    const a = Math.max(begin, this.w0);
    const b = Math.min(t, this.w1);
    // the step ran d working minutes on its official's calendar (end = add(start, d)); only a
    // step cut by the window's edges needs the calendar again
    if (a === begin && b === t) role.busy += d;
    else if (b > a) role.busy += p < 0 ? this.office.between(a, b) : st.personTable[p]!.between(a, b);
    const next = x.next;
    if (next >= 0) this.enter(c, next, t);
    else this.finish(c, f.sopOf[g]!, next, t);
    if (p >= 0) {
      this.busy[p] = 0;
      // an official with one role and nobody waiting for it has nothing to take (the common case)
      const u0 = f.personUnitFrom[p]!;
      if (f.personUnitFrom[p + 1]! - u0 !== 1 || this.queues[st.unitRole[f.personUnits[u0]!]!]!.size > 0) this.take(p, t);
    }
  }

  private finish(c: number, k: number, outcome: number, t: number): void {
    this.wip(t, -1);
    const x = this.cases[c]!;
    if (x.measured === 1) {
      this.tallies[k]!.add(x.wait + x.proc, t - x.arr, x.wait, x.proc, outcome === REFUSED);
    }
    x.token++;
    this.freeSlots[this.nFree++] = c;
    this.finished++;
    if (this.o.onProgress !== undefined && this.finished % this.o.progressEvery === 0) this.o.onProgress(this.finished, this.o.maxMeasured);
  }

  /** An idle official looks for work at t in the queues of the roles they can act in now. */
  private take(p: number, t: number): void {
    const st = this.staff;
    const f = this.f;
    let best = -1;
    let bestUnit = -1;
    let bestKey = Infinity;
    let bestSeq = Infinity;
    let closedWithWork = Infinity;
    const j1 = f.personUnitFrom[p + 1]!;
    for (let j = f.personUnitFrom[p]!; j < j1; j++) {
      const u = f.personUnits[j]!;
      const q = this.queues[st.unitRole[u]!]!;
      if (!q.clean(this.cases)) continue;
      const table = st.unitTable[u]!;
      if (!table.isOpen(t)) {
        closedWithWork = Math.min(closedWithWork, table.nextOpen(t));
        continue;
      }
      const key = q.headKey();
      const seq = q.headSeq();
      if (key < bestKey || (key === bestKey && seq < bestSeq)) {
        best = q.headSlot();
        bestUnit = u;
        bestKey = key;
        bestSeq = seq;
      }
    }
    if (best < 0) {
      this.wakeLater(p, closedWithWork);
      return;
    }
    this.queues[st.unitRole[bestUnit]!]!.popHead();
    const x = this.cases[best]!;
    x.token++;
    const g = x.g;
    const r1 = f.roleFrom[g + 1]!;
    for (let i = f.roleFrom[g]!; i < r1; i++) this.queueChange(f.roles[i]!, t, -1);
    this.start(best, bestUnit, t);
  }
}
