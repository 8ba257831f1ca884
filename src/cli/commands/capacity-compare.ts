/**
 * `sop-ap capacity … --vs-staff role=n,…`: the what-if of the command, the output of
 * `compareCapacity` (the library's comparison, not a second one) as a side-by-side table or JSON.
 */
import type { CapacityComparison, CapacityResult, SopFigures } from 'sop-ap/capacity';
import { formatWorkingTime, num, table } from '../format.js';
import { provisionalLine } from '../shared.js';

/** One side of the comparison in the single run's key names (`sop-ap capacity --json`). */
export interface ComparisonSideJson {
  readonly cases: number;
  readonly cycleTime: CapacityResult['cycleTime'];
  readonly waiting: CapacityResult['waiting'];
  readonly processing: CapacityResult['processing'];
  readonly utilisation: CapacityResult['utilisation'];
  readonly withinMutuBaku: number;
  /** Roles whose offered load is 1 or more (`CapacityResult.overloaded`). */
  readonly overloaded: CapacityResult['overloaded'];
}

/**
 * The JSON of `--vs-staff … --json` (documented in docs/capacity.md; keep it stable):
 * `base` and `variant` in the single run's key names, then `compareCapacity`'s `total`, `sops`,
 * `roles` and `bottleneck` as it gives them, a missing bottleneck (nobody waits) as `null`.
 */
export interface ComparisonJson {
  readonly base: ComparisonSideJson;
  readonly variant: ComparisonSideJson;
  readonly total: CapacityComparison['total'];
  readonly sops: CapacityComparison['sops'];
  readonly roles: CapacityComparison['roles'];
  readonly bottleneck: { readonly base: string | null; readonly variant: string | null };
}

const side = (r: CapacityResult): ComparisonSideJson => ({
  cases: r.cases,
  cycleTime: r.cycleTime,
  waiting: r.waiting,
  processing: r.processing,
  utilisation: r.utilisation,
  withinMutuBaku: r.withinMutuBaku,
  overloaded: r.overloaded,
});

/** The comparison as the command's JSON (see {@link ComparisonJson}). */
export function comparisonJson(c: CapacityComparison): ComparisonJson {
  return {
    base: side(c.base),
    variant: side(c.variant),
    total: c.total,
    sops: c.sops,
    roles: c.roles,
    bottleneck: { base: c.bottleneck.base ?? null, variant: c.bottleneck.variant ?? null },
  };
}

const pct = (x: number | null) => (x === null ? 'tak terbatas' : `${num(x * 100, 1)}%`);

/**
 * The warning of a run in which some roles get more work than their officials have working
 * time (`CapacityResult.overloaded`), or undefined when every role keeps up.
 *
 * @param label - which scenario, in a comparison (`dasar`, `varian`)
 */
export function overloadLine(r: CapacityResult, label?: string): string | undefined {
  if (r.overloaded.length === 0) return undefined;
  const roles = r.overloaded.map((role) => {
    const load = r.roles.find((x) => x.role === role)?.load ?? null;
    return load === null ? `${role} (tanpa waktu kerja dalam jendela)` : `${role} (beban ${pct(load)})`;
  });
  return [
    `Peringatan${label === undefined ? '' : ` (${label})`}: ${roles.join(', ')} menerima lebih banyak pekerjaan daripada waktu kerja pejabatnya.`,
    'Antrean terus memanjang selama kasus datang: waktu tunggu di atas hanya berlaku untuk lama simulasi ini dan makin panjang bila simulasi diperpanjang. Tambah pejabat (--staff) atau kurangi kedatangan.',
  ].join('\n');
}

const officials = (n: number | 'unlimited') => (n === 'unlimited' ? 'tak terbatas' : String(n));

/**
 * The change of a time, signed, with its share of the base: `-2 jam 5 menit (-15,0%)`,
 * `-<1 menit (-4,2%)` under half a minute, or `tetap` when equal.
 */
function timeChange(base: number, variant: number, perDay: number): string {
  const d = variant - base;
  if (Math.abs(d) < 1e-9 * Math.max(1, Math.abs(base))) return 'tetap';
  const sign = d > 0 ? '+' : '-';
  const size = Math.abs(d) < 0.5 ? '<1 menit' : formatWorkingTime(Math.abs(d), perDay);
  return `${sign}${size}${base > 0 ? ` (${sign}${num((Math.abs(d) / base) * 100, 1)}%)` : ''}`;
}

/** The change of a share in percentage points: `+13,0 poin`, or `tetap`. */
function shareChange(base: number, variant: number): string {
  const d = (variant - base) * 100;
  if (Math.abs(d) < 0.05) return 'tetap';
  return `${d > 0 ? '+' : '-'}${num(Math.abs(d), 1)} poin`;
}

/** The rows of one SOP (or of all SOPs): mean and p90 cycle, mean waiting, within mutu baku. */
function sopRows(name: string, a: SopFigures, b: SopFigures, perDay: number): string[][] {
  const t = (m: number) => formatWorkingTime(m, perDay);
  return [
    [name, 'Siklus rata-rata', t(a.meanCycle), t(b.meanCycle), timeChange(a.meanCycle, b.meanCycle, perDay)],
    ['', 'Siklus p90', t(a.p90Cycle), t(b.p90Cycle), timeChange(a.p90Cycle, b.p90Cycle, perDay)],
    ['', 'Tunggu rata-rata', t(a.meanWaiting), t(b.meanWaiting), timeChange(a.meanWaiting, b.meanWaiting, perDay)],
    ['', 'Dalam mutu baku', pct(a.withinMutuBaku), pct(b.withinMutuBaku), shareChange(a.withinMutuBaku, b.withinMutuBaku)],
  ];
}

/** `kepala-bidang (62,0% dari seluruh waktu tunggu)`, or `tidak ada antrean`. */
function bottleneckText(r: CapacityResult): string {
  const b = r.bottlenecks[0];
  return b !== undefined && b.waitingShare > 0 ? `${b.role} (${pct(b.waitingShare)} dari seluruh waktu tunggu)` : 'tidak ada antrean';
}

/**
 * The comparison as the command's side-by-side table: per SOP (all SOPs first) the base, the
 * variant and the change; per role officials, utilisation and mean wait, base → variant; the
 * bottleneck of each.
 *
 * @param c - the comparison
 * @param perDay - the calendar's working minutes per day (for `1 hari 2 jam`)
 * @param change - the `--vs-staff` value as given (named in the heading)
 */
export function comparisonText(c: CapacityComparison, perDay: number, change: string): string {
  const { base, variant } = c;
  const t = (m: number) => formatWorkingTime(m, perDay);
  const sops = c.sops.length > 1 ? [sopRows('Semua SOP', c.total.base, c.total.variant, perDay)] : [];
  for (const s of c.sops) sops.push(sopRows(s.id, s.base, s.variant, perDay));
  const rank = new Map(base.bottlenecks.map((b, i) => [b.role, i]));
  const roles = [...c.roles].sort((x, y) => (rank.get(x.role) ?? Infinity) - (rank.get(y.role) ?? Infinity));
  const out = [
    `Perbandingan kapasitas: dasar (--staff) dan varian (--vs-staff ${change}), benih ${base.seed} untuk keduanya:`,
    'setiap kasus datang pada saat yang sama dan membawa pekerjaan yang sama di kedua skenario.',
    `${base.cases.toLocaleString('id-ID')} kasus diukur per skenario (${base.window.from.slice(0, 10)} s.d. ${base.window.to.slice(0, 10)}), kalender ${base.calendar}`,
    '',
    'Waktu siklus per SOP (menit kerja), dasar → varian:',
    table(['SOP', 'Ukuran', 'Dasar', 'Varian', 'Perubahan'], sops.flat(), ['left', 'left', 'left', 'left', 'left']).trimEnd(),
    '',
    'Per peran, dasar → varian:',
    table(
      ['Peran', 'Pejabat', 'Utilisasi', 'Tunggu rata-rata', 'Perubahan tunggu'],
      roles.map((r) => [
        r.role,
        r.base.officials === r.variant.officials ? officials(r.base.officials) : `${officials(r.base.officials)} → ${officials(r.variant.officials)}`,
        `${pct(r.base.utilisation)} → ${pct(r.variant.utilisation)}`,
        `${t(r.base.meanWait)} → ${t(r.variant.meanWait)}`,
        timeChange(r.base.meanWait, r.variant.meanWait, perDay),
      ]),
      ['left', 'right', 'right', 'left', 'left'],
    ).trimEnd(),
    '',
    `Hambatan utama: dasar ${bottleneckText(base)}; varian ${bottleneckText(variant)}`,
    `Kasus berjalan (WIP) rata-rata ${num(base.wip.mean, 2)} → ${num(variant.wip.mean, 2)}`,
  ];
  for (const [r, label] of [[base, 'dasar'], [variant, 'varian']] as const) {
    const warning = overloadLine(r, label);
    if (warning !== undefined) out.push(warning);
  }
  const note = provisionalLine([...new Set([...base.provisional, ...variant.provisional])].sort((x, y) => x - y));
  if (note !== undefined) out.push(note);
  return `${out.join('\n')}\n`;
}
