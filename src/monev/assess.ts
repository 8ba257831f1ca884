/**
 * What the data suggests for Tabel 7 (a Penilaian by a stated, configurable rule, and a drafted
 * Catatan), and the figures that bear on each evaluation criterion. The final Penilaian, the
 * Tindakan, the Paraf and every Ya/Tidak stay with the penilai.
 */
import type { DeviationKind } from 'sop-ap';
import { dec, pct, workingTime } from './format.js';
import type { MonevDecision, SopFigures } from './measure.js';

/**
 * The rule that suggests a Penilaian. The default is the issue's example: "Berjalan dengan
 * baik" when at least 80 % of the finished cases finish within mutu baku and no kind of
 * deviation other than over-budget touches more than 5 % of the cases.
 */
export interface PenilaianRule {
  /** The least share of finished cases within the nominal lead time. Default `0.8`. */
  readonly minWithinShare: number;
  /** The largest share of cases any one counted kind of deviation may touch. Default `0.05`. */
  readonly maxDeviationShare: number;
  /** Kinds of deviation the rule does not count. Default `['over-budget']` (time is judged by the first condition). */
  readonly ignoredKinds: readonly DeviationKind[];
  /** The fewest finished cases for any suggestion; below it the page says the data is not enough. Default `1`. */
  readonly minFinished: number;
}

/** The default {@link PenilaianRule}. */
export const DEFAULT_PENILAIAN_RULE: PenilaianRule = Object.freeze({
  minWithinShare: 0.8,
  maxDeviationShare: 0.05,
  ignoredKinds: Object.freeze(['over-budget'] as DeviationKind[]),
  minFinished: 1,
});

/** The two answers of Tabel 7's Penilaian column. */
export const PENILAIAN = { baik: 'Berjalan dengan baik', 'tidak-baik': 'Tidak berjalan dengan baik' } as const;

/** The data's suggestion for one SOP's row of Tabel 7. */
export interface MonevAssessment {
  /** `baik`, `tidak-baik`, or `null` when there are too few finished cases. */
  readonly suggestion: keyof typeof PENILAIAN | null;
  /** The suggestion in the form's words, or `Data belum cukup`. */
  readonly penilaian: string;
  /** Each condition of the rule with its figure and whether it holds (Bahasa Indonesia). */
  readonly reasons: readonly { readonly met: boolean; readonly text: string }[];
  /** A draft of the Catatan hasil penilaian, written from the figures (Bahasa Indonesia). */
  readonly catatan: string;
}

/** The deviation kinds in Bahasa Indonesia. */
export const DEVIATION_NAMES: Readonly<Record<DeviationKind, string>> = {
  'skipped-step': 'langkah dilewati',
  'out-of-order': 'langkah tidak berurutan',
  'wrong-performer': 'pelaksana tidak sesuai',
  'over-budget': 'melebihi waktu mutu baku',
  'missing-decision': 'keputusan tidak tercatat',
  'unexpected-decision': 'keputusan pada langkah bukan keputusan',
  'unknown-step': 'langkah tidak dikenal',
  'incomplete-case': 'kasus tidak selesai',
  'after-end': 'peristiwa setelah kasus berakhir',
  'inserted-step': 'langkah disisipkan',
  'acting-without-role': 'Plt./Plh. tanpa peran sendiri',
  'contradicted-decision': 'keputusan bertentangan dengan alur',
};

/**
 * What a decision's TIDAK SETUJU does, in words: `dikembalikan ke langkah 3`, `diteruskan ke
 * langkah 5, lalu kasus ditolak`, or `kasus ditolak`. @internal
 */
export function refusalEffect(d: Pick<MonevDecision, 'action' | 'toLabel'>): string {
  if (d.action === 'rework') return `dikembalikan ke langkah ${d.toLabel ?? '?'}`;
  if (d.action === 'forward') return `diteruskan ke langkah ${d.toLabel ?? '?'}, lalu kasus ditolak`;
  return 'kasus ditolak';
}

/**
 * The rule in words, as the page states it.
 *
 * @param rule - the rule
 * @returns one sentence in Bahasa Indonesia
 */
export function describeRule(rule: PenilaianRule): string {
  const ignored = rule.ignoredKinds.map((k) => DEVIATION_NAMES[k]).join(', ');
  return (
    `Saran "${PENILAIAN.baik}" bila sekurang-kurangnya ${pct(rule.minWithinShare)} kasus yang selesai diselesaikan dalam mutu baku waktu ` +
    `(jumlah waktu langkah-langkah pada jalur tanpa penolakan, dalam waktu kerja) dan tidak ada satu jenis penyimpangan` +
    `${ignored ? ` (selain ${ignored})` : ''} yang dialami lebih dari ${pct(rule.maxDeviationShare)} kasus; selain itu "${PENILAIAN['tidak-baik']}". ` +
    `Dengan kurang dari ${rule.minFinished} kasus selesai tidak ada saran.`
  );
}

/** Applies the rule to one SOP's figures. @internal */
export function assess(f: SopFigures, rule: PenilaianRule, minutesPerDay: number, roleName: (r: string) => string): MonevAssessment {
  const lt = f.leadTime;
  const reasons: { met: boolean; text: string }[] = [];
  const enough = lt.count >= rule.minFinished && lt.count > 0;
  if (enough) {
    reasons.push({
      met: (lt.withinShare ?? 0) + 1e-12 >= rule.minWithinShare,
      text: `${lt.within} dari ${lt.count} kasus selesai dalam mutu baku (${pct(lt.withinShare)}; syarat ≥ ${pct(rule.minWithinShare)})`,
    });
  }
  for (const d of f.deviations) {
    if (rule.ignoredKinds.includes(d.kind)) continue;
    const met = (d.caseShare ?? 0) <= rule.maxDeviationShare + 1e-12;
    reasons.push({ met, text: `${DEVIATION_NAMES[d.kind]}: ${d.cases} dari ${f.counts.total} kasus (${pct(d.caseShare)}; batas ${pct(rule.maxDeviationShare)})` });
  }
  const suggestion = !enough ? null : reasons.every((r) => r.met) ? 'baik' : 'tidak-baik';
  return {
    suggestion,
    penilaian: suggestion === null ? 'Data belum cukup' : PENILAIAN[suggestion],
    reasons,
    catatan: catatan(f, minutesPerDay, roleName),
  };
}

function catatan(f: SopFigures, mpd: number, roleName: (r: string) => string): string {
  const c = f.counts;
  const lt = f.leadTime;
  const out: string[] = [];
  if (c.total === 0) return 'Tidak ada kasus yang dimulai dalam periode ini; penerapan tidak dapat dinilai dari data.';
  out.push(
    `${c.total} kasus dimulai dalam periode: ${c.selesai} selesai, ${c.ditolak} ditolak, ${c.berjalan} masih berjalan` +
      `${c.berjalanOverdue > 0 ? ` (${c.berjalanOverdue} di antaranya sudah melewati mutu baku)` : ''}.`,
  );
  if (lt.count > 0) {
    out.push(
      `${lt.within} dari ${lt.count} kasus selesai (${pct(lt.withinShare)}) dalam mutu baku ${workingTime(lt.nominalMinutes, mpd)}; ` +
        `median ${workingTime(lt.medianMinutes, mpd)}, p90 ${workingTime(lt.p90Minutes, mpd)}.`,
    );
  }
  const slow = slowest(f.steps, 2).filter((s) => s.overBudget > 0);
  if (slow.length > 0) {
    out.push(
      `Langkah paling lambat: ${slow.map((s) => `langkah ${s.label} (p90 ${dec(s.p90Ratio ?? 0)}× waktu ${s.waktu}; ${s.overBudget} dari ${s.visits} melebihi)`).join('; ')}.`,
    );
  }
  const refused = f.decisions.filter((d) => d.tidakSetuju > 0);
  if (refused.length > 0) {
    out.push(
      `Tidak setuju: ${refused
        .map((d) => `langkah ${d.label} ${d.tidakSetuju} dari ${d.decisions} keputusan (${pct(d.refusalShare)}), ${refusalEffect(d)}${d.action === 'rework' ? '' : ` (${d.ditolak} kasus ditolak${d.ditolakPending > 0 ? `, ${d.ditolakPending} menuju ditolak` : ''})`}`)
        .join('; ')}.`,
    );
  }
  for (const w of f.wrongPerformer) {
    const who = Object.entries(w.actual)
      .map(([r, n]) => `${roleName(r)} (${n}×)`)
      .join(', ');
    out.push(`Langkah ${w.label} dilaksanakan oleh ${who}, seharusnya ${w.expected.map(roleName).join(' / ')}.`);
  }
  const other = f.deviations.filter((d) => d.kind !== 'over-budget' && d.kind !== 'wrong-performer');
  if (other.length > 0) {
    out.push(
      `Penyimpangan lain: ${other
        .map((d) => `${DEVIATION_NAMES[d.kind]} pada ${d.cases} kasus (${pct(d.caseShare)}; langkah ${Object.keys(d.byStep).join(', ')})`)
        .join('; ')}.`,
    );
  }
  if (f.deviations.every((d) => d.kind === 'over-budget')) out.push('Tidak ada penyimpangan alur atau pelaksana.');
  return out.join(' ');
}

/**
 * The slowest steps against their waktu: by p90 as a share of the waktu (the slow tail a
 * monitor looks for), then by median share, then by the share of completions over the waktu;
 * only steps with logged completions.
 *
 * @internal
 */
export function slowest<T extends { readonly p90Ratio: number | null; readonly medianRatio: number | null; readonly overShare: number | null; readonly visits: number }>(steps: readonly T[], n: number): T[] {
  return steps
    .filter((s) => s.visits > 0)
    .sort((a, b) => (b.p90Ratio ?? 0) - (a.p90Ratio ?? 0) || (b.medianRatio ?? 0) - (a.medianRatio ?? 0) || (b.overShare ?? 0) - (a.overShare ?? 0))
    .slice(0, n);
}
