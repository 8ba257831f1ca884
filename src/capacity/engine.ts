/**
 * The event loop of the capacity simulation: arrivals, step starts and ends on a binary heap of
 * future events; per role a queue of waiting steps; per official a busy flag and the working
 * time they take work in. Cases live in typed arrays indexed by a recycled slot, so the loop
 * allocates nothing per event.
 *
 * Random numbers: every case of SOP k draws its step durations and decisions from one stream
 * (`caseSeed`), in the same order as `simulate` draws them for one run: for each step visited,
 * the duration's uniforms, then (at a decision with a refusal probability above zero) one
 * uniform for the decision. The stream is advanced past a case when it arrives (durations are
 * skipped by adding γ, decisions are drawn to know the path); the case keeps its own position
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

const ARRIVAL = 0;
const END = 1;
const WAKE = 2;

/** Entries per chunk of the work-in-progress log (a power of two). */
export const WIP_CHUNK = 4096;

const growF = (a: Float64Array) => {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
};
const growI = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

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
 * Per-SOP tallies of measured cases: each case's cycle time (working and calendar), sums of the
 * rest. Steps are tallied by their index in document order (a step reachable with a forward
 * refusal pending has several states in the step table; its visits add up here), outcomes by
 * the final state the case reached (`selesai` 0, `ditolak` 1).
 */
export class SopTally {
  cycleW: Float64Array;
  cycleT: Float64Array;
  count = 0;
  waitSum = 0;
  procSum = 0;
  refused = 0;
  /** Per outcome (0 selesai, 1 ditolak): cases, and the sums of their working and calendar cycle times. */
  readonly outcomeCases = new Float64Array(2);
  readonly outcomeW = new Float64Array(2);
  readonly outcomeT = new Float64Array(2);
  stepWait: Float64Array;
  stepProc: Float64Array;
  stepVisits: Float64Array;
  stepWithin: Float64Array;
  constructor(n: number, expected: number) {
    const size = Math.max(256, Math.min(expected, 1 << 20));
    this.cycleW = new Float64Array(size);
    this.cycleT = new Float64Array(size);
    this.stepWait = new Float64Array(n);
    this.stepProc = new Float64Array(n);
    this.stepVisits = new Float64Array(n);
    this.stepWithin = new Float64Array(n);
  }
  add(w: number, t: number, wait: number, proc: number, refused: boolean): void {
    if (this.count === this.cycleW.length) {
      this.cycleW = growF(this.cycleW);
      this.cycleT = growF(this.cycleT);
    }
    const i = this.count++;
    this.cycleW[i] = w;
    this.cycleT[i] = t;
    this.waitSum += wait;
    this.procSum += proc;
    const o = refused ? 1 : 0;
    this.refused += o;
    this.outcomeCases[o]!++;
    this.outcomeW[o]! += w;
    this.outcomeT[o]! += t;
  }
}

/** The event loop. Construct, {@link Engine.run}, then read the tallies. */
export class Engine {
  // cases, by slot
  private cSop = new Int32Array(64);
  private cState = new Int32Array(64);
  private cStep = new Int32Array(64);
  private cNext = new Int32Array(64);
  private cToken = new Int32Array(64);
  private cUnit = new Int32Array(64);
  private cMeasured = new Int32Array(64);
  private cDur = new Float64Array(64);
  private cArr = new Float64Array(64);
  private cStart = new Float64Array(64);
  private cWait = new Float64Array(64);
  /** Office working minutes (from the origin) when the case entered its step, and when the step started. */
  private cWEnter = new Float64Array(64);
  private cWStart = new Float64Array(64);
  private cProc = new Float64Array(64);
  private cDue = new Float64Array(64);
  private freeSlots = new Int32Array(64);
  private nFree = 0;
  private nSlots = 0;

  private readonly events = new EventHeap();
  private readonly queues: JobQueue[];
  private readonly busy: Uint8Array;
  private readonly wakeAt: Float64Array;
  private readonly sopState: Int32Array;
  private seq = 0;

  /** Per role: live waiting steps, their time integral over the window, steps taken, working minutes waited, busy minutes. */
  readonly rCount: Float64Array;
  readonly rArea: Float64Array;
  private readonly rLast: Float64Array;
  readonly rMaxQueue: Float64Array;
  readonly rJobs: Float64Array;
  readonly rWait: Float64Array;
  readonly rBusy: Float64Array;
  /** Per role: working minutes of work the measured cases brought to it (their steps' processing, drain included). */
  readonly rWork: Float64Array;
  /** Per SOP tallies. */
  readonly tallies: SopTally[];
  /**
   * Work in progress: its changes in time order, an arrival as its time `t`, an end as `-t` (−0
   * at 0), in chunks of {@link WIP_CHUNK} (a long run's log is never copied to grow it).
   */
  readonly wipLog: Float64Array[] = [];
  wipChanges = 0;
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
    const nr = staff.roles.length;
    this.queues = staff.roles.map(() => new JobQueue(!o.byDue));
    this.busy = new Uint8Array(staff.personTable.length);
    this.wakeAt = new Float64Array(staff.personTable.length).fill(Infinity);
    this.sopState = Int32Array.from(sops, (s) => s.caseSeed | 0);
    this.rCount = new Float64Array(nr);
    this.rArea = new Float64Array(nr);
    this.rLast = new Float64Array(nr);
    this.rMaxQueue = new Float64Array(nr);
    this.rJobs = new Float64Array(nr);
    this.rWait = new Float64Array(nr);
    this.rBusy = new Float64Array(nr);
    this.rWork = new Float64Array(nr);
    const expected = sops.length === 1 && Number.isFinite(o.maxMeasured) ? o.maxMeasured : 256;
    this.tallies = sops.map((s) => new SopTally(s.table.steps, expected));
    if (o.horizon !== Infinity) this.w1 = o.horizon;
    if (o.warmupCases === 0) this.w0 = o.warmupUntil;
    for (const sop of sops) for (let i = 0; i < sop.n; i++) for (const r of sop.roles[i]!) if (staff.unlimited[r] === 1) sop.unlimited[i] = 1;
  }

  /** Runs until every arrived case has finished. */
  run(): void {
    for (let k = 0; k < this.sops.length; k++) this.scheduleArrival(k);
    const ev = this.events;
    while (ev.pop()) {
      const t = ev.at;
      this.now = t;
      if (ev.kind === END) this.end(ev.argA, t);
      else if (ev.kind === ARRIVAL) this.arrive(ev.argA, t);
      else this.wake(ev.argA, t);
    }
  }

  private scheduleArrival(k: number): void {
    if (this.measuredArrivals >= this.o.maxMeasured) return;
    const t = this.sources[k]!.next();
    if (t < this.o.horizon) this.events.push(t, ARRIVAL, k);
  }

  private slot(): number {
    if (this.nFree > 0) return this.freeSlots[--this.nFree]!;
    if (this.nSlots === this.cSop.length) this.growCases();
    return this.nSlots++;
  }

  private growCases(): void {
    this.cSop = growI(this.cSop);
    this.cState = growI(this.cState);
    this.cStep = growI(this.cStep);
    this.cNext = growI(this.cNext);
    this.cToken = growI(this.cToken);
    this.cUnit = growI(this.cUnit);
    this.cMeasured = growI(this.cMeasured);
    this.freeSlots = growI(this.freeSlots);
    this.cDur = growF(this.cDur);
    this.cArr = growF(this.cArr);
    this.cStart = growF(this.cStart);
    this.cWait = growF(this.cWait);
    this.cWEnter = growF(this.cWEnter);
    this.cWStart = growF(this.cWStart);
    this.cProc = growF(this.cProc);
    this.cDue = growF(this.cDue);
  }

  /**
   * Advances SOP k's case stream past one case (durations skipped, decisions drawn), checking it
   * ends: from decision to decision along the compiled jumps, a state left to the walk (a loop
   * without a decision) one step at a time.
   */
  private skipCase(sop: CompiledSop, state: number): number {
    const { jumpTo, jumpVisits, jumpGamma, p, kind } = sop;
    const { next, refuse } = sop.table;
    const max = this.o.maxVisits;
    let s = sop.table.start;
    let visits = 0;
    while (s >= 0) {
      const to = jumpTo[s]!;
      if (to !== s) {
        // the draw-only steps up to the next decision or the end
        state = (state + jumpGamma[s]!) | 0;
        visits += jumpVisits[s]!;
        s = to;
      } else {
        // a decision, or a state left to the walk: its duration's draws, then its decision's
        state = (state + UNIFORMS[kind[s]! as 0 | 1 | 2 | 3] * MULBERRY32_GAMMA) | 0;
        const ps = p[s]!;
        if (ps > 0) {
          state = (state + MULBERRY32_GAMMA) | 0;
          s = mulberry32At(state) < ps ? refuse[s]! : next[s]!;
        } else s = next[s]!;
        visits++;
      }
      if (visits > max) {
        throw new SimulationError(simulationDetail('max-visits', { max }), { sopId: sop.def.id, field: 'maxVisitsPerCase' });
      }
    }
    return state;
  }

  private arrive(k: number, t: number): void {
    if (this.measuredArrivals >= this.o.maxMeasured) return;
    const sop = this.sops[k]!;
    const c = this.slot();
    const state = this.sopState[k]!;
    this.sopState[k] = this.skipCase(sop, state);
    const index = this.arrivals++;
    this.lastArrival = t;
    const measured = index >= this.o.warmupCases && t >= this.o.warmupUntil;
    if (measured) {
      if (this.w0 === Infinity) this.w0 = t;
      this.measuredArrivals++;
    }
    this.cSop[c] = k;
    this.cState[c] = state;
    this.cMeasured[c] = measured ? 1 : 0;
    this.cArr[c] = t;
    this.cWait[c] = 0;
    this.cProc[c] = 0;
    this.cDue[c] = this.o.byDue ? this.office.worked(t) + sop.nominal : 0;
    this.wip(t, 1);
    this.scheduleArrival(k);
    if (this.measuredArrivals >= this.o.maxMeasured && this.w1 === Infinity) this.w1 = t;
    this.enter(c, sop.table.start, t);
  }

  private wip(t: number, d: number): void {
    const i = this.wipChanges++ & (WIP_CHUNK - 1);
    if (i === 0) this.wipLog.push(new Float64Array(WIP_CHUNK));
    this.wipLog[this.wipLog.length - 1]![i] = d > 0 ? t : -t;
  }

  /** Draws the step's duration and decision from the case's own stream position. */
  private draw(c: number, sop: CompiledSop, s: number): void {
    let state = this.cState[c]!;
    const kind = sop.kind[s]!;
    let d: number;
    if (kind === FIXED) d = sop.pa[s]!;
    else if (kind === TRIANGULAR) {
      state = (state + MULBERRY32_GAMMA) | 0;
      d = sampleTriangular(mulberry32At(state), sop.pa[s]!, sop.pb[s]!, sop.pc[s]!, sop.pd[s]!);
    } else if (kind === LOGNORMAL) {
      state = (state + MULBERRY32_GAMMA) | 0;
      const u1 = 1 - mulberry32At(state);
      state = (state + MULBERRY32_GAMMA) | 0;
      d = sop.pa[s]! * lognormalDraw(u1, mulberry32At(state), sop.pb[s]!, sop.pc[s]!);
    } else {
      void EXPONENTIAL;
      state = (state + MULBERRY32_GAMMA) | 0;
      d = -sop.pa[s]! * Math.log(1 - mulberry32At(state));
    }
    const p = sop.p[s]!;
    let next = sop.table.next[s]!;
    if (p > 0) {
      state = (state + MULBERRY32_GAMMA) | 0;
      if (mulberry32At(state) < p) next = sop.table.refuse[s]!;
    }
    this.cState[c] = state;
    this.cDur[c] = d;
    this.cNext[c] = next;
  }

  /** The case enters step s at t: it starts at once with a free official, else waits in its roles' queues. */
  private enter(c: number, s: number, t: number): void {
    const sop = this.sops[this.cSop[c]!]!;
    this.draw(c, sop, s);
    this.cStep[c] = s;
    this.cWEnter[c] = this.office.worked(t);
    if (sop.unlimited[s] === 1) return this.start(c, -1, t);
    const roles = sop.roles[s]!;
    const st = this.staff;
    for (let i = 0; i < roles.length; i++) {
      const r = roles[i]!;
      if (this.rCount[r]! > 0) continue; // others wait for this role already: join the queue
      const units = st.unitsOfRole[r]!;
      for (let j = 0; j < units.length; j++) {
        const u = units[j]!;
        if (this.busy[st.unitPerson[u]!] === 0 && st.unitTable[u]!.isOpen(t)) return this.start(c, u, t);
      }
    }
    const token = ++this.cToken[c]!;
    const key = this.o.byDue ? this.cDue[c]! : this.seq;
    const seq = this.seq++;
    for (let i = 0; i < roles.length; i++) {
      const r = roles[i]!;
      this.queues[r]!.push(key, seq, c, token);
      this.queueChange(r, t, 1);
      // an idle official of the role is off duty now: wake them at their next opening
      const units = st.unitsOfRole[r]!;
      for (let j = 0; j < units.length; j++) {
        const u = units[j]!;
        const p = st.unitPerson[u]!;
        if (this.busy[p] === 0) this.wakeLater(p, st.unitTable[u]!.nextOpen(t));
      }
    }
  }

  private queueChange(r: number, t: number, d: number): void {
    const a = Math.max(this.rLast[r]!, this.w0);
    const b = Math.min(t, this.w1);
    if (b > a) this.rArea[r]! += this.rCount[r]! * (b - a);
    this.rLast[r] = t;
    const n = (this.rCount[r]! += d);
    if (n > this.rMaxQueue[r]! && t >= this.w0 && t <= this.w1) this.rMaxQueue[r] = n;
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
    const d = this.cDur[c]!;
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
    this.cWStart[c] = w;
    if (end === Infinity || Number.isNaN(end)) throw new SimulationError(simulationDetail('official-no-time', {}), { sopId: this.sops[this.cSop[c]!]!.def.id });
    this.cUnit[c] = u;
    this.cStart[c] = begin;
    this.events.push(end, END, c);
  }

  /** The step of case c ends at t: tally it, free the official, move the case on. */
  private end(c: number, t: number): void {
    this.stepEvents++;
    const st = this.staff;
    const k = this.cSop[c]!;
    const sop = this.sops[k]!;
    const s = this.cStep[c]!;
    const u = this.cUnit[c]!;
    const d = this.cDur[c]!;
    const office = this.office;
    // = office.between(enter, start), from the working minutes noted then
    let wait = this.cWStart[c]! - this.cWEnter[c]!;
    const p = u < 0 ? -1 : st.unitPerson[u]!;
    // an official on another calendar (or on leave mid-step): the step's other office time is waiting too
    if (p >= 0 && st.personPlain[p] === 0) wait = Math.max(0, wait + office.between(this.cStart[c]!, t) - d);
    this.cWait[c]! += wait;
    this.cProc[c]! += d;
    const r = u < 0 ? sop.roles[s]![0]! : st.unitRole[u]!;
    if (this.cMeasured[c] === 1) {
      const tally = this.tallies[k]!;
      const i = sop.table.step[s]!;
      tally.stepWait[i]! += wait;
      tally.stepProc[i]! += d;
      tally.stepVisits[i]!++;
      if (wait + d <= sop.table.budget[s]! + 1e-9) tally.stepWithin[i]!++;
      this.rJobs[r]!++;
      this.rWork[r]! += d;
      this.rWait[r]! += wait;
    }
    const a = Math.max(this.cStart[c]!, this.w0);
    const b = Math.min(t, this.w1);
    // the step ran d working minutes on its official's calendar (end = add(start, d)); only a
    // step cut by the window's edges needs the calendar again
    if (a === this.cStart[c] && b === t) this.rBusy[r]! += d;
    else if (b > a) this.rBusy[r]! += p < 0 ? office.between(a, b) : st.personTable[p]!.between(a, b);
    const next = this.cNext[c]!;
    if (next >= 0) this.enter(c, next, t);
    else this.finish(c, k, next, t);
    if (p >= 0) {
      this.busy[p] = 0;
      // an official with one role and nobody waiting for it has nothing to take (the common case)
      const units = st.unitsOfPerson[p]!;
      if (units.length !== 1 || this.queues[st.unitRole[units[0]!]!]!.size > 0) this.take(p, t);
    }
  }

  private finish(c: number, k: number, outcome: number, t: number): void {
    this.wip(t, -1);
    if (this.cMeasured[c] === 1) {
      this.tallies[k]!.add(this.cWait[c]! + this.cProc[c]!, t - this.cArr[c]!, this.cWait[c]!, this.cProc[c]!, outcome === REFUSED);
    }
    this.cToken[c]!++;
    this.freeSlots[this.nFree++] = c;
    this.finished++;
    if (this.o.onProgress !== undefined && this.finished % this.o.progressEvery === 0) this.o.onProgress(this.finished, this.o.maxMeasured);
  }

  /** An idle official looks for work at t in the queues of the roles they can act in now. */
  private take(p: number, t: number): void {
    const st = this.staff;
    const units = st.unitsOfPerson[p]!;
    let best = -1;
    let bestUnit = -1;
    let bestKey = Infinity;
    let bestSeq = Infinity;
    let closedWithWork = Infinity;
    for (let j = 0; j < units.length; j++) {
      const u = units[j]!;
      const q = this.queues[st.unitRole[u]!]!;
      if (!q.clean(this.cToken)) continue;
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
    this.cToken[best]!++;
    const roles = this.sops[this.cSop[best]!]!.roles[this.cStep[best]!]!;
    for (let i = 0; i < roles.length; i++) this.queueChange(roles[i]!, t, -1);
    this.start(best, bestUnit, t);
  }
}
