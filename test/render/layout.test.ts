// Geometry of the flowchart, checked on the layout itself (an internal module).
import { describe, expect, it } from 'vitest';
import { compileFlow, type AnySopDefinition } from 'sop-ap';
import { baseRows, layoutFlow, type FlowLayout, type PlacedSymbol } from '../../src/render/layout.js';
import { laneOrder } from '../../src/render/lanes.js';
import { izin, jahat, panjang, suratTugas } from './fixtures.js';

function layout(def: AnySopDefinition, capacity: number, width = 90): FlowLayout {
  const lanes = laneOrder(def).map((l) => l.role);
  return layoutFlow(def, lanes, width, baseRows(compileFlow(def)), () => capacity);
}

/** Whether point p lies on the outline of symbol s (within half a pixel). */
function onOutline(p: readonly [number, number], s: PlacedSymbol): boolean {
  const [x, y] = p;
  const dx = Math.abs(x - s.x);
  const dy = Math.abs(y - s.y);
  if (s.kind === 'decision') {
    // The diamond's vertices (arrows leave and enter there).
    return (dx < 0.5 && Math.abs(dy - s.h / 2) < 0.5) || (dy < 0.5 && Math.abs(dx - s.w / 2) < 0.5);
  }
  const onV = Math.abs(dx - s.w / 2) < 0.5 && dy <= s.h / 2 + 0.5;
  const onH = Math.abs(dy - s.h / 2) < 0.5 && dx <= s.w / 2 + 0.5;
  return onV || onH;
}
function overlap(a: PlacedSymbol, b: PlacedSymbol): boolean {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;
}

describe('flowchart layout', () => {
  for (const [def, capacity, width] of [
    [suratTugas, Infinity],
    [izin, Infinity],
    [jahat, 140],
    [panjang, Infinity],
    [panjang, 500],
    [panjang, 260],
    [panjang, 500, 70],
    [panjang, 500, 240],
  ] as const) {
    it(`${def.id} (page height ${capacity}, lanes ${width ?? 90} px): arrows run along the grid from symbol to symbol, symbols never overlap`, () => {
      const l = layout(def, capacity, width);
      if (capacity !== Infinity) expect(l.pages.length).toBeGreaterThan(1);
      for (const page of l.pages) {
        const width = l.lanes.count * l.lanes.width;
        for (const s of page.symbols) {
          expect(s.x - s.w / 2).toBeGreaterThanOrEqual(0);
          expect(s.x + s.w / 2).toBeLessThanOrEqual(width);
          expect(s.y - s.h / 2).toBeGreaterThanOrEqual(0);
          expect(s.y + s.h / 2).toBeLessThanOrEqual(page.height);
        }
        page.symbols.forEach((a, i) => page.symbols.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.title} / ${b.title}`).toBe(false)));
        for (const p of page.paths.filter((q) => q.kind === 'arrow')) {
          for (let k = 1; k < p.points.length; k++) {
            const [a, b] = [p.points[k - 1]!, p.points[k]!];
            expect(a[0] === b[0] || a[1] === b[1], `segment ${a} ${b}`).toBe(true);
          }
          const first = p.points[0]!;
          const last = p.points[p.points.length - 1]!;
          expect(page.symbols.some((s) => onOutline(first, s)), `start of ${p.data.from}>${p.data.to}`).toBe(true);
          expect(page.symbols.some((s) => onOutline(last, s)), `end of ${p.data.from}>${p.data.to}`).toBe(true);
          const [pa, pb] = [p.points[p.points.length - 2]!, last];
          // Room for the arrowhead.
          expect(Math.hypot(pb[0] - pa[0], pb[1] - pa[1])).toBeGreaterThanOrEqual(8);
        }
      }
    });
  }

  it('puts a step done by several roles in each of their lanes, joined by a tie', () => {
    const l = layout(izin, Infinity);
    const page = l.pages[0]!;
    const copies = page.symbols.filter((s) => s.data.step === 'periksa' && s.kind === 'activity');
    expect(copies.map((s) => s.data.role)).toEqual(['kepala-sub-bidang', 'pendamping-plut']);
    expect(copies[1]!.data.joint).toBe('true');
    expect(copies[0]!.y).toBe(copies[1]!.y);
    expect(page.paths.filter((p) => p.kind === 'tie')).toHaveLength(1);
  });
});

describe('a rework that crosses a page', () => {
  it('leaves the decision into a lettered connector and enters the rework step from its twin', () => {
    const l = layout(jahat, 140);
    const pageOf = (step: string) => l.pages.findIndex((p) => p.symbols.some((s) => s.data.step === step && s.kind !== 'terminal'));
    expect(pageOf('dua')).toBeGreaterThan(pageOf('satu'));
    const decision = l.pages[pageOf('dua')]!.symbols.find((s) => s.data.step === 'dua')!;
    const target = l.pages[pageOf('satu')]!.symbols.find((s) => s.data.step === 'satu')!;
    // Each connector sits in its step's row.
    const out = l.pages[pageOf('dua')]!.symbols.find((s) => s.kind === 'connector' && s.data.direction === 'out' && s.y === decision.y);
    const inn = l.pages[pageOf('satu')]!.symbols.find((s) => s.kind === 'connector' && s.data.direction === 'in' && s.y === target.y);
    expect(out?.text).toMatch(/^[A-Z]$/);
    expect(inn?.text).toBe(out?.text);
    expect(out!.title).toBe(`ke halaman ${pageOf('satu') + 1}, langkah 1<b>`);
  });
});

describe('decision vertices', () => {
  it('each side vertex of a diamond carries at most one arrow (catalogue and fixtures)', async () => {
    const { catalogue } = await import('sop-ap/machines');
    for (const def of [suratTugas, izin, panjang, jahat, ...Object.values(catalogue)] as AnySopDefinition[]) {
      for (const capacity of [Infinity, 400]) {
        for (const page of layout(def, capacity).pages) {
          for (const d of page.symbols.filter((s) => s.kind === 'decision' && s.data.joint === undefined)) {
            for (const vx of [d.x - d.w / 2, d.x + d.w / 2]) {
              const touching = page.paths.filter((p) => p.kind === 'arrow' && [p.points[0]!, p.points[p.points.length - 1]!].some(([x, y]) => Math.abs(x - vx) < 0.5 && Math.abs(y - d.y) < 0.5));
              expect(touching.length, `${def.id} step ${d.text}`).toBeLessThanOrEqual(1);
            }
          }
        }
      }
    }
  });
});

describe('a refusal that goes forward (issue 10)', () => {
  it("the Tidak arrow leaves the diamond's side vertex and runs down to the later row", async () => {
    const { catalogue } = await import('sop-ap/machines');
    for (const capacity of [Infinity, 400]) {
      const l = layout(catalogue['pendaftaran-narasumber'], capacity);
      const all = l.pages.flatMap((p) => p.paths.map((path) => ({ path, page: p })));
      const tidak = all.filter(({ path }) => path.data.from === 'persetujuan-ketua' && path.data.branch === 'tidak');
      expect(tidak.length, String(capacity)).toBeGreaterThanOrEqual(1);
      const { path, page } = tidak[0]!;
      const d = page.symbols.find((s) => s.kind === 'decision' && s.data.step === 'persetujuan-ketua')!;
      const [x0, y0] = path.points[0]!;
      expect(Math.abs(Math.abs(x0 - d.x) - d.w / 2), 'leaves by a side vertex').toBeLessThan(0.5);
      expect(y0).toBeCloseTo(d.y, 6);
      expect(path.label?.text).toBe('Tidak');
      // It ends at row 5 (same page) or at a connector whose twin enters row 5.
      const end = tidak[tidak.length - 1]!;
      const target = end.page.symbols.find((s) => s.data.step === 'kirim-surat-keterangan' && s.kind !== 'terminal')!;
      const [x1, y1] = end.path.points[end.path.points.length - 1]!;
      expect(y1, 'enters the later row').toBeCloseTo(target.y, 6);
      expect(y1).toBeGreaterThan(y0 - (end.page === page ? 0 : Infinity));
      expect(Math.abs(Math.abs(x1 - target.x) - target.w / 2)).toBeLessThan(0.5);
    }
  });
});
