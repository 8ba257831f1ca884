/**
 * Arrival processes: each gives the next arrival, in minutes from the origin, drawing from its
 * own seeded stream.
 */
import { SimulationError } from '../errors/index.js';
import { simulationDetail } from '../errors/messages.js';
import { MULBERRY32_GAMMA, mulberry32At } from '../simulation/random.js';
import { toEpochMs, type WorkCalendar } from '../time/index.js';
import type { Arrivals } from './schema.js';
import type { WorkTable } from './work-table.js';

const MINUTE = 60_000;

/** A source of arrival instants (minutes from the origin, non-decreasing; `Infinity` when it has no more). */
export interface ArrivalSource {
  next(): number;
}

/** An exponential draw with mean 1 from a stream position. */
class Stream {
  constructor(private state: number) {}
  exp(): number {
    this.state = (this.state + MULBERRY32_GAMMA) >>> 0;
    return -Math.log(1 - mulberry32At(this.state));
  }
}

class Poisson implements ArrivalSource {
  private clock = 0;
  private limit: number | undefined;
  constructor(
    private readonly stream: Stream,
    private readonly mean: number,
    private readonly office: WorkTable | undefined,
    private readonly horizon: number,
  ) {}
  next(): number {
    this.clock += this.mean * this.stream.exp();
    if (this.office === undefined) return this.clock;
    // past the horizon the calendar is not asked (it may have no data there)
    this.limit ??= this.horizon === Infinity ? Infinity : this.office.worked(this.horizon);
    return this.clock >= this.limit ? Infinity : this.office.at(this.clock);
  }
}

class List implements ArrivalSource {
  private i = 0;
  constructor(private readonly at: Float64Array) {}
  next(): number {
    return this.i < this.at.length ? this.at[this.i++]! : Infinity;
  }
}

/**
 * `n` cases expected in every calendar month, spread evenly over that month's working time: a
 * unit-rate Poisson process in "expected cases", mapped month by month onto the working clock
 * with rate `n / (the month's working minutes)`.
 */
class PerMonth implements ArrivalSource {
  private level = 0; // expected cases so far (the unit-rate clock)
  private levelStart = 0; // at wFrom
  private month = 0;
  private wFrom = 0;
  private wTo = 0;
  private rate = 0; // expected cases per working minute in this month
  constructor(
    private readonly stream: Stream,
    private readonly perMonth: number,
    private readonly office: WorkTable,
    private readonly horizon: number,
  ) {
    this.enter();
  }
  private enter(): void {
    const m = this.office.month(this.month);
    if (m.start >= this.horizon) {
      this.rate = Infinity; // past the horizon: no more arrivals
      return;
    }
    if (m.start > 100 * 366 * 1440) throw new SimulationError(simulationDetail('no-working-time-century', {}), { field: 'arrivals.perMonth' });
    this.rate = m.whole > 0 ? this.perMonth / m.whole : 0;
    this.wFrom = m.from;
    this.wTo = m.to;
  }
  next(): number {
    this.level += this.stream.exp();
    for (;;) {
      if (this.rate === Infinity) return Infinity;
      const room = this.rate * (this.wTo - this.wFrom);
      if (this.rate > 0 && this.level <= this.levelStart + room) return this.office.at(this.wFrom + (this.level - this.levelStart) / this.rate);
      this.levelStart += room;
      this.month++;
      this.enter();
    }
  }
}

/** The arrival source of one SOP. */
export function arrivalSource(spec: Arrivals, seed: number, office: WorkTable, calendar: WorkCalendar, origin: number, horizon: number, sopId: string): ArrivalSource {
  const stream = new Stream(seed);
  if ('poisson' in spec) return new Poisson(stream, spec.poisson, spec.clock === 'working' ? office : undefined, horizon);
  if ('perMonth' in spec) return new PerMonth(stream, spec.perMonth, office, horizon);
  const at = spec.at.map((x, i) => {
    const ms = toEpochMs(x, { sopId, field: `arrivals.at.${i}` });
    if (ms < origin) throw new SimulationError(simulationDetail('arrival-before-start', { instant: new Date(ms).toISOString() }), { sopId, field: `arrivals.at.${i}` });
    return (ms - origin) / MINUTE;
  });
  return new List(Float64Array.from(at).sort());
}
