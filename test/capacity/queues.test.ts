// The event loop's two priority queues against a sorted reference: the future-event heap (time,
// then scheduling order), and a role's queue (FIFO ring buffer, or due-date heap) with stale
// entries dropped at the head.
import { describe, expect, it } from 'vitest';
import { Series } from '../../src/capacity/engine.js';
import { EventHeap, JobQueue } from '../../src/capacity/queues.js';

/** A small deterministic generator (tests only). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('EventHeap', () => {
  it('pops events by time, simultaneous ones in the order they were scheduled, across growth and reuse', () => {
    const rnd = lcg(3);
    const heap = new EventHeap();
    const ref: { t: number; order: number; a: number }[] = [];
    let order = 0;
    const popped: number[] = [];
    const kinds = new Map<number, number>();
    const expected: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      if (rnd() < 0.55 || ref.length === 0) {
        // few distinct times, so ties are common
        const t = Math.floor(rnd() * 50) + Math.floor(i / 100);
        heap.push(t, order % 4, order);
        kinds.set(order, order % 4);
        ref.push({ t, order, a: order });
        order++;
      } else {
        ref.sort((x, y) => x.t - y.t || x.order - y.order);
        expected.push(ref.shift()!.a);
        expect(heap.pop()).toBe(true);
        popped.push(heap.argA);
        expect(heap.kind).toBe(kinds.get(heap.argA));
      }
    }
    while (heap.pop()) popped.push(heap.argA);
    ref.sort((x, y) => x.t - y.t || x.order - y.order);
    expected.push(...ref.map((x) => x.a));
    expect(popped).toEqual(expected);
    expect(heap.size).toBe(0);
  });
});

describe('EventHeap.order and firstBefore: an event kept outside the heap sorts among its events', () => {
  it('ties at one instant go by the order each event was scheduled in', () => {
    const heap = new EventHeap();
    heap.push(10, 1, 0); // order 0
    const outside = heap.order(); // order 1, at 10 too
    heap.push(10, 1, 1); // order 2
    heap.push(5, 1, 2); // order 3
    expect(heap.firstBefore(10, outside)).toBe(true); // the event at 5
    expect(heap.pop() && heap.argA).toBe(2);
    expect(heap.firstBefore(10, outside)).toBe(true); // scheduled before it at the same instant
    expect(heap.pop() && heap.argA).toBe(0);
    expect(heap.firstBefore(10, outside)).toBe(false); // scheduled after it
    expect(heap.firstBefore(10.5, heap.order())).toBe(true);
    expect(heap.pop() && heap.argA).toBe(1);
    expect(heap.firstBefore(0, 0)).toBe(false); // empty
  });
});

describe('JobQueue', () => {
  for (const fifo of [true, false]) {
    it(`${fifo ? 'FIFO (ring buffer)' : 'due date (heap)'}: serves the least (key, order) first and drops stale heads, across growth and wrap-around`, () => {
      const rnd = lcg(fifo ? 11 : 12);
      const q = new JobQueue(fifo);
      // the cases by slot, each with its token (1: served or taken elsewhere, its entries stale)
      const cases = Array.from({ length: 100_000 }, () => ({ token: 0 }));
      const ref: { key: number; seq: number; slot: number }[] = [];
      let seq = 0;
      const served: number[] = [];
      const expected: number[] = [];
      const serve = () => {
        // the reference: live entries by (key, order)
        const live = ref.filter((e) => cases[e.slot]!.token === 0).sort((x, y) => x.key - y.key || x.seq - y.seq);
        if (!q.clean(cases)) {
          expect(live).toEqual([]);
          return;
        }
        const head = live[0]!;
        expect([q.headKey(), q.headSeq()]).toEqual([head.key, head.seq]);
        expected.push(head.slot);
        served.push(q.headSlot());
        q.popHead();
        cases[head.slot]!.token = 1; // served: its entries elsewhere are stale
        ref.splice(ref.indexOf(head), 1);
      };
      for (let i = 0; i < 30_000; i++) {
        const r = rnd();
        if (r < 0.5) {
          const s = seq++;
          const key = fifo ? s : Math.floor(rnd() * 200) + i / 50;
          q.push(key, s, s, 0);
          ref.push({ key, seq: s, slot: s });
        } else if (r < 0.6 && ref.length > 0) {
          // the step was taken from another role's queue: its entry here goes stale
          const e = ref[Math.floor(rnd() * ref.length)]!;
          cases[e.slot]!.token = 1;
          ref.splice(ref.indexOf(e), 1);
        } else serve();
        // bursts make the queue grow while its head has moved on (the ring wraps)
        if (i % 5000 === 0) for (let k = 0; k < 300; k++) {
          const s = seq++;
          const key = fifo ? s : Math.floor(rnd() * 200) + i / 50;
          q.push(key, s, s, 0);
          ref.push({ key, seq: s, slot: s });
        }
      }
      while (ref.length > 0) serve();
      expect(q.clean(cases)).toBe(false);
      expect(served).toEqual(expected);
      expect(served.length).toBeGreaterThan(10_000);
    });
  }
});

describe('Series', () => {
  it('keeps every value in order across chunks that double from 256 to 65,536 entries', () => {
    const series = new Series();
    const n = 200_000;
    for (let i = 0; i < n; i++) series.push(i % 7 === 0 ? -i : i + 0.5);
    expect(series.length).toBe(n);
    const sizes = series.chunks.map((c) => c.length);
    expect(sizes.slice(0, 3)).toEqual([256, 512, 1024]);
    expect(Math.max(...sizes)).toBe(65_536);
    const back: number[] = [];
    for (let k = 0; k < series.chunks.length; k++) back.push(...series.chunk(k));
    expect(back.length).toBe(n);
    expect(back.every((x, i) => x === (i % 7 === 0 ? -i : i + 0.5))).toBe(true);
  });

  it('is empty until the first value', () => {
    const series = new Series();
    expect([series.length, series.chunks.length]).toEqual([0, 0]);
    series.push(-0);
    expect(Object.is(series.chunk(0)[0], -0)).toBe(true);
    expect(series.chunk(0).length).toBe(1);
  });
});
