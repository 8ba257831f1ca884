/**
 * The two priority queues of the event loop, on typed arrays (no object per entry): the
 * future-event list, and a role's queue of waiting steps.
 */

const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
  const b = make(a.length * 2);
  b.set(a);
  return b;
};

/**
 * The future events: a binary heap ordered by time, then by the order they were scheduled, so
 * simultaneous events always run in the same order. An event is a kind and two integers.
 */
export class EventHeap {
  // the heap, in heap order: each entry's time and scheduling order (compared without
  // indirection) and the id of its payload
  private hTime = new Float64Array(1024);
  private hSeq = new Float64Array(1024);
  private hId = new Int32Array(1024);
  // payloads by id, ids recycled
  private kindA = new Int32Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private free = new Int32Array(1024);
  private nFree = 0;
  private used = 0;
  private counter = 0;
  /** Events waiting. */
  size = 0;
  /** The popped event's kind, and its two integers. */
  kind = 0;
  argA = 0;
  argB = 0;
  /** The popped event's time. */
  at = 0;

  private growAll(): void {
    this.hTime = grow(this.hTime, (n) => new Float64Array(n));
    this.hSeq = grow(this.hSeq, (n) => new Float64Array(n));
    this.hId = grow(this.hId, (n) => new Int32Array(n));
    this.kindA = grow(this.kindA, (n) => new Int32Array(n));
    this.a = grow(this.a, (n) => new Int32Array(n));
    this.b = grow(this.b, (n) => new Int32Array(n));
    this.free = grow(this.free, (n) => new Int32Array(n));
  }

  /** Schedules an event. */
  push(t: number, kind: number, a: number, b: number): void {
    let id: number;
    if (this.nFree > 0) id = this.free[--this.nFree]!;
    else {
      if (this.used === this.kindA.length) this.growAll();
      id = this.used++;
    }
    const seq = this.counter++;
    this.kindA[id] = kind;
    this.a[id] = a;
    this.b[id] = b;
    const ht = this.hTime;
    const hs = this.hSeq;
    const hi = this.hId;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = ht[p]!;
      if (t > tp || (t === tp && seq > hs[p]!)) break;
      ht[i] = tp;
      hs[i] = hs[p]!;
      hi[i] = hi[p]!;
      i = p;
    }
    ht[i] = t;
    hs[i] = seq;
    hi[i] = id;
  }

  /** Removes the earliest event into {@link at}, {@link kind}, {@link argA}, {@link argB}; false when none is left. */
  pop(): boolean {
    if (this.size === 0) return false;
    const ht = this.hTime;
    const hs = this.hSeq;
    const hi = this.hId;
    const top = hi[0]!;
    this.at = ht[0]!;
    this.kind = this.kindA[top]!;
    this.argA = this.a[top]!;
    this.argB = this.b[top]!;
    this.free[this.nFree++] = top;
    const n = --this.size;
    if (n === 0) return true;
    // sift the last entry down from the root
    const lt = ht[n]!;
    const ls = hs[n]!;
    const lid = hi[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (ht[r]! < ht[c]! || (ht[r] === ht[c] && hs[r]! < hs[c]!))) c = r;
      const tc = ht[c]!;
      if (tc > lt || (tc === lt && hs[c]! > ls)) break;
      ht[i] = tc;
      hs[i] = hs[c]!;
      hi[i] = hi[c]!;
      i = c;
    }
    ht[i] = lt;
    hs[i] = ls;
    hi[i] = lid;
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
  private key = new Float64Array(64);
  private seq = new Float64Array(64);
  private slot = new Int32Array(64);
  private token = new Int32Array(64);
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
    this.key = grow(this.key, (m) => new Float64Array(m));
    this.seq = grow(this.seq, (m) => new Float64Array(m));
    this.slot = grow(this.slot, (m) => new Int32Array(m));
    this.token = grow(this.token, (m) => new Int32Array(m));
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

  /** Drops stale heads (whose token is no longer the case's, `tokens` by slot); returns whether a live entry is at the head. */
  clean(tokens: Int32Array): boolean {
    while (this.size > 0 && tokens[this.slot[this.head]!] !== this.token[this.head]!) this.popHead();
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
