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
 * A role's queue of waiting steps: a binary heap on (key, order). With FIFO the key is the
 * order itself; with due-date priority it is the case's due instant. Entries carry the case
 * slot and a token; an entry whose token is stale (the step was taken from another role's
 * queue) is dropped when it reaches the head.
 */
export class JobQueue {
  private key = new Float64Array(64);
  private seq = new Float64Array(64);
  private slot = new Int32Array(64);
  private token = new Int32Array(64);
  /** Entries, stale ones included. */
  size = 0;

  private less(i: number, j: number): boolean {
    const ki = this.key[i]!;
    const kj = this.key[j]!;
    return ki < kj || (ki === kj && this.seq[i]! < this.seq[j]!);
  }

  private swap(i: number, j: number): void {
    const k = this.key[i]!;
    this.key[i] = this.key[j]!;
    this.key[j] = k;
    const s = this.seq[i]!;
    this.seq[i] = this.seq[j]!;
    this.seq[j] = s;
    const c = this.slot[i]!;
    this.slot[i] = this.slot[j]!;
    this.slot[j] = c;
    const t = this.token[i]!;
    this.token[i] = this.token[j]!;
    this.token[j] = t;
  }

  /** Adds a waiting step. */
  push(key: number, seq: number, slot: number, token: number): void {
    if (this.size === this.key.length) {
      this.key = grow(this.key, (n) => new Float64Array(n));
      this.seq = grow(this.seq, (n) => new Float64Array(n));
      this.slot = grow(this.slot, (n) => new Int32Array(n));
      this.token = grow(this.token, (n) => new Int32Array(n));
    }
    let i = this.size++;
    this.key[i] = key;
    this.seq[i] = seq;
    this.slot[i] = slot;
    this.token[i] = token;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Drops stale heads (whose token is no longer the case's, `tokens` by slot); returns whether a live entry is at the head. */
  clean(tokens: Int32Array): boolean {
    while (this.size > 0 && tokens[this.slot[0]!] !== this.token[0]!) this.popHead();
    return this.size > 0;
  }

  /** The head's key and order (call {@link clean} first). */
  headKey(): number {
    return this.key[0]!;
  }
  headSeq(): number {
    return this.seq[0]!;
  }
  headSlot(): number {
    return this.slot[0]!;
  }

  /** Removes the head. */
  popHead(): void {
    const n = --this.size;
    if (n === 0) return;
    this.swap(0, n);
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(r, l) ? r : l;
      if (!this.less(c, i)) break;
      this.swap(i, c);
      i = c;
    }
  }
}
