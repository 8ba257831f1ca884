/**
 * The two priority queues of the event loop, on typed arrays (no object per entry): the
 * future-event list, and a role's queue of waiting steps.
 */


/** The arrays of a queue that never had an entry (never written: the first push replaces them). */
const NO_F64 = new Float64Array(0);
const NO_I32 = new Int32Array(0);

/** `b` with `a`'s entries copied to its start (b is the larger). */
const resize = <T extends Float64Array | Int32Array>(a: T, b: T): T => {
  b.set(a);
  return b;
};

/**
 * The future events: a binary heap ordered by time, then by the order they were scheduled, so
 * simultaneous events always run in the same order. An event is a kind (0–3) and an integer,
 * kept in the heap itself as one number (no payload table to index through).
 */
export class EventHeap {
  // in heap order: each entry's time, scheduling order, and `arg · 4 + kind` (`arg` below 2^29:
  // case slots and officials)
  private hTime = new Float64Array(64);
  private hSeq = new Float64Array(64);
  private hLoad = new Int32Array(64);
  private counter = 0;
  /** Events waiting. */
  size = 0;
  /** The popped event's kind, and its integer. */
  kind = 0;
  argA = 0;
  /** The popped event's time. */
  at = 0;

  /** Schedules an event of kind `kind` (0–3) with the integer `a` (0 ≤ a < 2^29). */
  push(t: number, kind: number, a: number): void {
    if (this.size === this.hTime.length) {
      const n = 2 * this.size;
      this.hTime = resize(this.hTime, new Float64Array(n));
      this.hSeq = resize(this.hSeq, new Float64Array(n));
      this.hLoad = resize(this.hLoad, new Int32Array(n));
    }
    const seq = this.counter++;
    const load = (a << 2) | kind;
    const ht = this.hTime;
    const hs = this.hSeq;
    const hl = this.hLoad;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = ht[p]!;
      if (t > tp || (t === tp && seq > hs[p]!)) break;
      ht[i] = tp;
      hs[i] = hs[p]!;
      hl[i] = hl[p]!;
      i = p;
    }
    ht[i] = t;
    hs[i] = seq;
    hl[i] = load;
  }

  /**
   * Takes the order the next scheduled event would get, for an event kept outside the heap
   * (the next arrival of each SOP) that must sort among the heap's events as if it were in it.
   */
  order(): number {
    return this.counter++;
  }

  /** Whether the earliest event comes before an event at `t` of order `seq` (false when the heap is empty). */
  firstBefore(t: number, seq: number): boolean {
    if (this.size === 0) return false;
    const t0 = this.hTime[0]!;
    return t0 < t || (t0 === t && this.hSeq[0]! < seq);
  }

  /** Removes the earliest event into {@link at}, {@link kind} and {@link argA}; false when none is left. */
  pop(): boolean {
    if (this.size === 0) return false;
    const ht = this.hTime;
    const hs = this.hSeq;
    const hl = this.hLoad;
    const top = hl[0]!;
    this.at = ht[0]!;
    this.kind = top & 3;
    this.argA = top >>> 2;
    const n = --this.size;
    if (n === 0) return true;
    // sift the last entry down from the root
    const lt = ht[n]!;
    const ls = hs[n]!;
    const ll = hl[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let tc = ht[c]!;
      const r = c + 1;
      if (r < n) {
        const tr = ht[r]!;
        if (tr < tc || (tr === tc && hs[r]! < hs[c]!)) {
          c = r;
          tc = tr;
        }
      }
      if (tc > lt || (tc === lt && hs[c]! > ls)) break;
      ht[i] = tc;
      hs[i] = hs[c]!;
      hl[i] = hl[c]!;
      i = c;
    }
    ht[i] = lt;
    hs[i] = ls;
    hl[i] = ll;
    return true;
  }
}

/**
 * A role's queue of waiting steps, ordered by (key, order). With FIFO the key is the order
 * itself, which only grows, so the queue is a ring buffer (push and pop in constant time); with
 * due-date priority the key is the case's due instant and the queue is a binary heap. Entries
 * carry the case slot and a token; an entry whose token is stale (the step was taken from
 * another role's queue) is dropped when it reaches the head.
 */
export class JobQueue {
  // allocated on the first push (a scenario has many roles, most of them rarely queue)
  private key = NO_F64;
  private seq = NO_F64;
  private slot = NO_I32;
  private token = NO_I32;
  /** The ring buffer's head (FIFO only). */
  private head = 0;
  /** Entries, stale ones included. */
  size = 0;

  /** @param fifo - keys are the orders themselves, given in increasing order */
  constructor(private readonly fifo: boolean) {}

  private less(i: number, j: number): boolean {
    const ki = this.key[i]!;
    const kj = this.key[j]!;
    return ki < kj || (ki === kj && this.seq[i]! < this.seq[j]!);
  }

  private move(from: number, to: number): void {
    this.key[to] = this.key[from]!;
    this.seq[to] = this.seq[from]!;
    this.slot[to] = this.slot[from]!;
    this.token[to] = this.token[from]!;
  }

  private set(i: number, key: number, seq: number, slot: number, token: number): void {
    this.key[i] = key;
    this.seq[i] = seq;
    this.slot[i] = slot;
    this.token[i] = token;
  }

  private grow(): void {
    const n = this.key.length;
    if (this.fifo && this.head > 0) {
      // unroll the ring so the entries run from index 0
      const order = (a: Float64Array | Int32Array) => {
        const b = a.slice(this.head);
        a.set(a.subarray(0, this.head), n - this.head);
        a.set(b);
      };
      order(this.key);
      order(this.seq);
      order(this.slot);
      order(this.token);
      this.head = 0;
    }
    // the ring buffer's index mask needs a power of two
    const m = Math.max(16, 2 * n);
    this.key = resize(this.key, new Float64Array(m));
    this.seq = resize(this.seq, new Float64Array(m));
    this.slot = resize(this.slot, new Int32Array(m));
    this.token = resize(this.token, new Int32Array(m));
  }

  /** Adds a waiting step. */
  push(key: number, seq: number, slot: number, token: number): void {
    if (this.size === this.key.length) this.grow();
    if (this.fifo) {
      this.set((this.head + this.size++) & (this.key.length - 1), key, seq, slot, token);
      return;
    }
    // sift the hole up, then fill it
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const kp = this.key[p]!;
      if (key > kp || (key === kp && seq > this.seq[p]!)) break;
      this.move(p, i);
      i = p;
    }
    this.set(i, key, seq, slot, token);
  }

  /** Drops stale heads (whose token is no longer the case's, `cases` by slot); returns whether a live entry is at the head. */
  clean(cases: readonly { readonly token: number }[]): boolean {
    while (this.size > 0 && cases[this.slot[this.head]!]!.token !== this.token[this.head]!) this.popHead();
    return this.size > 0;
  }

  /** The head's key and order (call {@link clean} first). */
  headKey(): number {
    return this.key[this.head]!;
  }
  headSeq(): number {
    return this.seq[this.head]!;
  }
  headSlot(): number {
    return this.slot[this.head]!;
  }

  /** Removes the head. */
  popHead(): void {
    const n = --this.size;
    if (this.fifo) {
      this.head = n === 0 ? 0 : (this.head + 1) & (this.key.length - 1);
      return;
    }
    if (n === 0) return;
    // sift the last entry down from the root
    const key = this.key[n]!;
    const seq = this.seq[n]!;
    const slot = this.slot[n]!;
    const token = this.token[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.less(c + 1, c)) c++;
      const kc = this.key[c]!;
      if (kc > key || (kc === key && this.seq[c]! > seq)) break;
      this.move(c, i);
      i = c;
    }
    this.set(i, key, seq, slot, token);
  }
}
