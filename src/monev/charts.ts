/**
 * The monitoring charts as static SVG, drawn on the server by Apache ECharts' SSR SVG renderer
 * (no DOM, no canvas, no script in the output). Only the parts used are imported, so the rest
 * of ECharts is never loaded.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, MarkAreaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { escapeXml } from '../render/escape.js'; // a pure function: a bundled copy is harmless
import { dec, pct, workingTime } from './format.js';
import type { SopMonev } from './monev.js';

echarts.use([BarChart, GridComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);

const FONT = 'Arial, Liberation Sans, Helvetica, sans-serif';
const INK = '#222';
const GRID = '#d0d0d0';
const WITHIN = '#3b6ea5';
const OVER = '#c0504d';
const LIGHT = '#9cb9d9';

type Option = Record<string, unknown>;

/**
 * Draws one chart to an SVG string. The hover-only stylesheet and ECharts' per-instance class
 * names and metadata attributes are removed, so the same figures give the same bytes and
 * several charts can sit in one page; the root gets `role="img"`, a label and `data-chart`.
 */
function draw(kind: string, label: string, width: number, height: number, option: Option): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 10, color: INK }, ...option });
    const svg = chart.renderToSVGString();
    return svg
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
      .replace(/\n+/g, '\n')
      .replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(label)}" data-chart="${escapeXml(kind)}" class="chart" `);
  } finally {
    chart.dispose();
  }
}

const axisText = { color: INK, fontSize: 9, fontFamily: FONT };
const splitLine = { lineStyle: { color: GRID } };

const STEPS = [0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10];

/**
 * The distribution of the finished cases' lead time (working time) as a percentage of the
 * mutu baku, so that a bin edge falls exactly on the mutu baku (100 %): bars within it in blue,
 * over it in red, with the mutu baku, the median and the p90 marked.
 *
 * @internal
 */
export function leadTimeChart(s: SopMonev, width = 350, height = 210): string {
  const lt = s.leadTime;
  const nominal = lt.nominalMinutes;
  const ratios = lt.values.map((v) => v / nominal);
  const top = Math.max(1, ...ratios) * 1.02;
  const step = STEPS.find((w) => top / w <= 12) ?? top / 12;
  const bins = Math.max(1, Math.ceil(top / step - 1e-9));
  const counts = new Array<number>(bins).fill(0);
  // A bin holds (lower, upper]: a case exactly at the mutu baku falls in the last bin within it.
  for (const r of ratios) counts[Math.min(bins - 1, Math.max(0, Math.ceil(r / step - 1e-9) - 1))]!++;
  const grid = { left: 36, right: 16, top: 26, bottom: 34 };
  const barWidth = Math.max(2, ((width - grid.left - grid.right) / bins) * 0.86);
  const p = (r: number) => Math.round(r * 1000) / 10;
  const lines: Option[] = [{ xAxis: 100, lineStyle: { color: INK, type: 'solid', width: 1.5 }, label: { formatter: `mutu baku ${workingTime(nominal, s.minutesPerDay)}`, color: INK, fontSize: 9, position: 'end' } }];
  if (lt.medianMinutes !== null) lines.push({ xAxis: p(lt.medianMinutes / nominal), lineStyle: { color: '#555', type: 'dashed' }, label: { formatter: 'median', color: '#555', fontSize: 8, position: 'insideEndTop' } });
  if (lt.p90Minutes !== null) lines.push({ xAxis: p(lt.p90Minutes / nominal), lineStyle: { color: '#555', type: 'dotted' }, label: { formatter: 'p90', color: '#555', fontSize: 8, position: 'insideEndBottom' } });
  const max = p(bins * step);
  return draw('lead-time', `Sebaran waktu penyelesaian ${lt.count} kasus selesai terhadap mutu baku`, width, height, {
    grid,
    xAxis: { type: 'value', min: 0, max, interval: p(step * Math.ceil(bins / 6)), name: '% dari mutu baku waktu', nameLocation: 'middle', nameGap: 20, nameTextStyle: axisText, axisLabel: { ...axisText, formatter: '{value}%' }, splitLine: { show: false } },
    yAxis: { type: 'value', minInterval: 1, name: 'kasus', nameTextStyle: axisText, axisLabel: axisText, splitLine },
    series: [
      {
        type: 'bar',
        barWidth,
        data: counts.map((n, i) => ({ value: [p((i + 0.5) * step), n], itemStyle: { color: (i + 1) * step <= 1 + 1e-9 ? WITHIN : OVER } })),
        markLine: { silent: true, symbol: 'none', data: lines },
      },
    ],
  });
}

/**
 * Each step's median and p90 time as a share of its waktu (100 % = the waktu), one row per
 * step in document order.
 *
 * @internal
 */
export function stepChart(s: SopMonev, width = 350): string {
  const steps = [...s.steps].reverse();
  const height = Math.max(150, 46 + steps.length * 16);
  const ratio = (r: number | null) => (r === null ? 0 : Math.round(r * 1000) / 10);
  const max = Math.max(110, ...steps.map((x) => ratio(x.p90Ratio)));
  return draw('steps', 'Waktu tiap langkah (median dan p90) terhadap waktu mutu baku', width, height, {
    grid: { left: 34, right: 18, top: 24, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: Math.ceil(max / 50) * 50, name: '% dari waktu mutu baku', nameLocation: 'middle', nameGap: 18, nameTextStyle: axisText, axisLabel: { ...axisText, formatter: '{value}%' }, splitLine },
    yAxis: { type: 'category', data: steps.map((x) => x.label), name: 'langkah', nameTextStyle: axisText, axisLabel: axisText },
    series: [
      { type: 'bar', name: 'p90', barGap: '-100%', barWidth: 10, data: steps.map((x) => ({ value: ratio(x.p90Ratio), itemStyle: { color: (x.p90Ratio ?? 0) > 1 ? '#e6b8b7' : LIGHT } })) },
      {
        type: 'bar',
        name: 'median',
        barWidth: 6,
        data: steps.map((x) => ({ value: ratio(x.medianRatio), itemStyle: { color: (x.medianRatio ?? 0) > 1 ? OVER : WITHIN } })),
        markLine: { silent: true, symbol: 'none', data: [{ xAxis: 100, lineStyle: { color: INK, type: 'solid' }, label: { formatter: 'waktu', color: INK, fontSize: 9 } }] },
      },
    ],
  });
}

/**
 * The share of the cases finished in each month of the period that finished within mutu
 * baku, with the rule's threshold marked; each bar is labelled `within/finished`.
 *
 * @internal
 */
export function monthChart(s: SopMonev, threshold: number, width = 350, height = 190): string {
  const short = (label: string) => `${label.slice(0, 3)} ${label.slice(-2)}`;
  return draw('months', 'Persentase kasus selesai dalam mutu baku per bulan', width, height, {
    grid: { left: 40, right: 14, top: 22, bottom: 26 },
    xAxis: { type: 'category', data: s.months.map((m) => short(m.label)), axisLabel: axisText },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { ...axisText, formatter: '{value}%' }, splitLine },
    series: [
      {
        type: 'bar',
        barWidth: '55%',
        data: s.months.map((m) => ({
          value: m.withinShare === null ? 0 : Math.round(m.withinShare * 1000) / 10,
          itemStyle: { color: m.withinShare !== null && m.withinShare + 1e-12 >= threshold ? WITHIN : OVER },
          label: { show: true, position: 'top', formatter: m.finished === 0 ? 'tidak ada' : `${m.within}/${m.finished}`, fontSize: 8, color: INK },
        })),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: threshold * 100, lineStyle: { color: INK, type: 'dashed' }, label: { formatter: `batas ${pct(threshold)}`, color: INK, fontSize: 8, position: 'insideEndTop' } }] },
      },
    ],
  });
}

/**
 * Working hours per role over the period, with the number of step completions on each bar.
 *
 * @internal
 */
export function workloadChart(s: SopMonev, width = 350): string {
  const rows = [...s.workload].reverse();
  const height = Math.max(120, 40 + rows.length * 22);
  return draw('workload', 'Beban kerja per peran (jam kerja)', width, height, {
    grid: { left: 128, right: 60, top: 14, bottom: 28 },
    xAxis: { type: 'value', name: 'jam kerja', nameLocation: 'middle', nameGap: 16, nameTextStyle: axisText, axisLabel: { ...axisText, formatter: (v: number) => dec(v, 1) }, splitLine },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { ...axisText, width: 120, overflow: 'break', lineHeight: 10 } },
    series: [
      {
        type: 'bar',
        barWidth: 12,
        data: rows.map((r) => ({ value: Math.round((r.minutes / 60) * 100) / 100, itemStyle: { color: WITHIN } })),
        label: { show: true, position: 'right', fontSize: 8, color: INK, formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex]!.steps} langkah` },
      },
    ],
  });
}
