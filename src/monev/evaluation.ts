/**
 * The evaluation sheet: the criteria agencies use to evaluate an SOP AP (citing Permenpan RB
 * 35/2012), each beside the figures of the period that bear on it. The Ya/Tidak is the
 * evaluator's; the data only shows what it can.
 */
import type { AnySopDefinition } from 'sop-ap';
import { DEVIATION_NAMES, refusalEffect } from './assess.js';
import { dec, pct, workingTime } from './format.js';
import type { MonevDeviation, SopFigures } from './measure.js';

/** One evaluation criterion. */
export interface EvaluationCriterion {
  /** A stable key. */
  readonly id: string;
  /** As agencies' evaluation tools write it. */
  readonly kriteria: string;
  /**
   * `umum`: one of the six criteria found word for word in agencies' tools that cite the
   * regulation; `tambahan`: the seventh that several add (the exact list in the regulation
   * itself was not verified).
   */
  readonly source: 'umum' | 'tambahan';
}

/**
 * The evaluation criteria, in order (see `shared/reference/monev.md`): six found word for word
 * in many agencies' SOP evaluation tools citing Permenpan RB 35/2012, and a seventh on synergy
 * that several add.
 */
export const EVALUATION_CRITERIA: readonly EvaluationCriterion[] = Object.freeze([
  { id: 'kinerja', kriteria: 'Mampu mendorong peningkatan kinerja', source: 'umum' },
  { id: 'dipahami', kriteria: 'Mudah dipahami', source: 'umum' },
  { id: 'dilaksanakan', kriteria: 'Mudah dilaksanakan', source: 'umum' },
  { id: 'peran', kriteria: 'Semua orang dapat menjalankan perannya masing-masing', source: 'umum' },
  { id: 'permasalahan', kriteria: 'Mampu mengatasi permasalahan yang berkaitan dengan proses', source: 'umum' },
  { id: 'kebutuhan', kriteria: 'Mampu menjawab kebutuhan peningkatan kinerja organisasi', source: 'umum' },
  { id: 'sinergi', kriteria: 'Sinergi satu dengan lainnya (tidak ada tumpang tindih tugas antarpelaksana)', source: 'tambahan' },
] as const);

/** A criterion with the period's figures that bear on it; the answer is left to the evaluator. */
export interface EvaluationItem extends EvaluationCriterion {
  /** The figures, one line each (Bahasa Indonesia). */
  readonly figures: readonly string[];
}

const kindLine = (d: MonevDeviation | undefined, kind: keyof typeof DEVIATION_NAMES, total: number) =>
  `${DEVIATION_NAMES[kind]}: ${d?.cases ?? 0} dari ${total} kasus (${pct(d === undefined ? (total === 0 ? null : 0) : d.caseShare)})`;

/** The figures of each criterion for one SOP. @internal */
export function evaluationItems(def: AnySopDefinition, f: SopFigures, mpd: number, roleName: (r: string) => string): EvaluationItem[] {
  const dev = (k: keyof typeof DEVIATION_NAMES) => f.deviations.find((d) => d.kind === k);
  const total = f.counts.total;
  const lt = f.leadTime;
  const months = f.months.filter((m) => m.finished > 0);
  const first = months[0];
  const last = months[months.length - 1];
  const trend =
    first !== undefined && last !== undefined && first !== last
      ? `dalam mutu baku per bulan selesai: ${first.label} ${pct(first.withinShare)} → ${last.label} ${pct(last.withinShare)}`
      : 'tren bulanan: data kurang dari dua bulan';
  const over = f.steps.filter((s) => s.overBudget > 0).map((s) => `${s.label} (${pct(s.overShare)})`);
  const refusals = f.decisions.map((d) => `langkah ${d.label}: ${d.tidakSetuju} tidak setuju dari ${d.decisions} (${pct(d.refusalShare)}), ${refusalEffect(d)}`);
  const shared = def.steps.filter((s) => s.pelaksana.length > 1).map((s) => `${s.label} (${s.pelaksana.map(roleName).join(' + ')})`);
  const loads = f.workload.map((w) => `${w.name}: ${w.steps} langkah, ${workingTime(w.minutes, mpd)}`);
  const items: Record<string, string[]> = {
    kinerja: [
      `${lt.within} dari ${lt.count} kasus selesai dalam mutu baku (${pct(lt.withinShare)})`,
      `median ${workingTime(lt.medianMinutes, mpd)} / p90 ${workingTime(lt.p90Minutes, mpd)} terhadap mutu baku ${workingTime(lt.nominalMinutes, mpd)}`,
      trend,
    ],
    dipahami: (['skipped-step', 'out-of-order', 'inserted-step', 'missing-decision', 'contradicted-decision', 'unknown-step'] as const).map((k) => kindLine(dev(k), k, total)),
    dilaksanakan: [
      `pengulangan (rework): ${f.reworks.total} kali pada ${f.reworks.cases} dari ${total} kasus`,
      ...(refusals.length > 0 ? refusals : ['tidak ada langkah keputusan']),
      `langkah melebihi waktu: ${over.length > 0 ? over.join(', ') : 'tidak ada'}`,
    ],
    peran: [
      kindLine(dev('wrong-performer'), 'wrong-performer', total),
      kindLine(dev('acting-without-role'), 'acting-without-role', total),
      ...f.wrongPerformer.map((w) => `langkah ${w.label}: ${Object.entries(w.actual).map(([r, n]) => `${roleName(r)} ${n}×`).join(', ')} (seharusnya ${w.expected.map(roleName).join(' / ')})`),
      ...(loads.length > 0 ? [`beban kerja: ${loads.join('; ')}`] : []),
    ],
    permasalahan: [
      `kasus berjalan melewati mutu baku: ${f.counts.berjalanOverdue} dari ${f.counts.berjalan} yang berjalan`,
      `kasus ditolak: ${f.counts.ditolak} dari ${total}`,
      `langkah paling lambat: ${
        f.steps
          .filter((s) => s.visits > 0)
          .sort((a, b) => (b.p90Ratio ?? 0) - (a.p90Ratio ?? 0))
          .slice(0, 2)
          .map((s) => `${s.label} (p90 ${dec(s.p90Ratio ?? 0)}× waktu)`)
          .join(', ') || '-'
      }`,
    ],
    kebutuhan: [`${total} kasus dimulai; ${f.counts.selesai} selesai, ${f.counts.berjalan} berjalan`, `p90 waktu penyelesaian ${workingTime(lt.p90Minutes, mpd)} terhadap mutu baku ${workingTime(lt.nominalMinutes, mpd)}`],
    sinergi: [
      `langkah dengan lebih dari satu pelaksana: ${shared.length > 0 ? shared.join(', ') : 'tidak ada'}`,
      kindLine(dev('wrong-performer'), 'wrong-performer', total),
    ],
  };
  return EVALUATION_CRITERIA.map((c) => ({ ...c, figures: items[c.id] ?? [] }));
}
