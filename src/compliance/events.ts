/**
 * The compact store of a log's events while it is checked: one row of typed columns per
 * event (about 40 bytes), cases and step texts and performers interned, and each case's
 * events chained in file order, so a log of millions of events is held without an object
 * per event. @internal
 */
import type { LogEvent } from './log.js';

const DECISION_CODE = { setuju: 1, 'tidak-setuju': 2 } as const;

/** A performer as the log names it: the role, and the role acted for as Plt./Plh. @internal */
export interface Performer {
  readonly role: string;
  readonly actingAs: LogEvent['actingAs'];
}

function grow<T extends Int32Array | Float64Array | Int8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

/** The events of a log in typed columns. @internal */
export class EventStore {
  size = 0;
  caseOf = new Int32Array(1024);
  step = new Int32Array(1024);
  performer = new Int32Array(1024);
  completedAt = new Float64Array(1024);
  /** NaN when the log gives no start. */
  startedAt = new Float64Array(1024);
  /** 0 none, 1 setuju, 2 tidak setuju. */
  decision = new Int8Array(1024);
  /** 0 when unknown. */
  line = new Int32Array(1024);
  /** The case's next event in file order, or −1. */
  next = new Int32Array(1024);

  /** Case ids in order of first appearance, and each case's first and last event and count. */
  readonly cases: string[] = [];
  first = new Int32Array(256);
  last = new Int32Array(256);
  count = new Int32Array(256);
  private readonly caseIndex = new Map<string, number>();

  /** Step texts as the log writes them. */
  readonly steps: string[] = [];
  private readonly stepIndex = new Map<string, number>();
  readonly performers: Performer[] = [];
  private readonly performerIndex = new Map<string, number>();

  private intern(text: string, index: Map<string, number>, list: string[]): number {
    let k = index.get(text);
    if (k === undefined) {
      k = list.length;
      list.push(text);
      index.set(text, k);
    }
    return k;
  }

  private performerOf(e: LogEvent): number {
    const key = e.actingAs === undefined ? e.role : `${e.role}\u0000${e.actingAs.as}\u0000${e.actingAs.role}`;
    let k = this.performerIndex.get(key);
    if (k === undefined) {
      k = this.performers.length;
      this.performers.push({ role: e.role, actingAs: e.actingAs });
      this.performerIndex.set(key, k);
    }
    return k;
  }

  private caseOfId(id: string): number {
    let c = this.caseIndex.get(id);
    if (c === undefined) {
      c = this.cases.length;
      this.cases.push(id);
      this.caseIndex.set(id, c);
      if (c === this.first.length) {
        this.first = grow(this.first, c * 2);
        this.last = grow(this.last, c * 2);
        this.count = grow(this.count, c * 2);
      }
      this.first[c] = -1;
      this.last[c] = -1;
      this.count[c] = 0;
    }
    return c;
  }

  private ensure(): void {
    if (this.size < this.caseOf.length) return;
    const n = this.size * 2;
    this.caseOf = grow(this.caseOf, n);
    this.step = grow(this.step, n);
    this.performer = grow(this.performer, n);
    this.completedAt = grow(this.completedAt, n);
    this.startedAt = grow(this.startedAt, n);
    this.decision = grow(this.decision, n);
    this.line = grow(this.line, n);
    this.next = grow(this.next, n);
  }

  add(e: LogEvent): void {
    this.ensure();
    const i = this.size++;
    const c = this.caseOfId(e.case);
    this.caseOf[i] = c;
    this.step[i] = this.intern(e.step, this.stepIndex, this.steps);
    this.performer[i] = this.performerOf(e);
    this.completedAt[i] = e.completedAt;
    this.startedAt[i] = e.startedAt ?? Number.NaN;
    this.decision[i] = e.decision === undefined ? 0 : DECISION_CODE[e.decision];
    this.line[i] = e.line ?? 0;
    this.next[i] = -1;
    if (this.last[c]! === -1) this.first[c] = i;
    else this.next[this.last[c]!] = i;
    this.last[c] = i;
    this.count[c]!++;
  }

  /** A case's events in time order (completion time; file order among equals). */
  eventsOf(c: number): Int32Array {
    const out = new Int32Array(this.count[c]!);
    let sorted = true;
    for (let i = this.first[c]!, k = 0; i !== -1; i = this.next[i]!, k++) {
      out[k] = i;
      if (k > 0 && this.completedAt[i]! < this.completedAt[out[k - 1]!]!) sorted = false;
    }
    if (!sorted) {
      const list = Array.from(out).sort((a, b) => this.completedAt[a]! - this.completedAt[b]! || a - b);
      out.set(list);
    }
    return out;
  }
}
