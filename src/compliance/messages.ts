/**
 * The texts of conformance deviations, in Bahasa Indonesia and English, built from the same
 * parameters (kept apart from the checking, like the error messages). @internal
 */
import type { Locale } from '../errors/index.js';

type DeviationKind =
  | 'skipped-step'
  | 'out-of-order'
  | 'inserted-step'
  | 'unknown-step'
  | 'after-end'
  | 'incomplete-case'
  | 'wrong-performer'
  | 'acting-without-role'
  | 'missing-decision'
  | 'contradicted-decision'
  | 'unexpected-decision'
  | 'over-budget';

/** What a deviation message names. @internal */
export interface DeviationParams {
  /** The step's document number (`3`) or, for an unknown step, what the log wrote. */
  readonly label: string;
  /** The step's performers by name (`Kepala Bidang`). */
  readonly who: string;
  readonly expected?: string;
  readonly actual?: string;
  /** Over budget: the budget as the SOP writes it (`15 Menit`). */
  readonly budget?: string;
  /** Over budget: the excess in working minutes. */
  readonly minutes?: number;
  /** Another step's label (the step the log jumped to, the rework target …). */
  readonly other?: string;
}

/** Formats working minutes: whole minutes, or one decimal below 10 (comma in Bahasa Indonesia). @internal */
export function formatMinutes(m: number, locale: Locale): string {
  const v = m >= 10 ? Math.round(m) : Math.round(m * 10) / 10;
  const s = String(v);
  return locale === 'id' ? s.replace('.', ',') : s;
}

type Template = (p: DeviationParams) => string;

/** Deviation texts by kind and locale. @internal */
export const DEVIATION_TEXTS: Readonly<Record<DeviationKind, Readonly<Record<Locale, Template>>>> = {
  'skipped-step': {
    id: (p) => `Langkah ${p.label} (${p.who}) dilewati: log mencatat langkah ${p.other} tanpa langkah ${p.label}`,
    en: (p) => `Step ${p.label} (${p.who}) was skipped: the log records step ${p.other} without step ${p.label}`,
  },
  'out-of-order': {
    id: (p) => `Langkah ${p.label} (${p.who}) dicatat tidak berurutan: kasus sedang berada di langkah ${p.other}`,
    en: (p) => `Step ${p.label} (${p.who}) was recorded out of order: the case was at step ${p.other}`,
  },
  'inserted-step': {
    id: (p) => `Langkah ${p.label} (${p.who}) dicatat di tempat yang tidak diizinkan SOP: kasus sedang berada di langkah ${p.other}`,
    en: (p) => `Step ${p.label} (${p.who}) was recorded where the SOP does not allow it: the case was at step ${p.other}`,
  },
  'acting-without-role': {
    id: (p) => `Langkah ${p.label} dilaksanakan oleh ${p.actual} tanpa peran sendiri yang tercatat`,
    en: (p) => `Step ${p.label} was performed by ${p.actual} with no own role recorded`,
  },
  'contradicted-decision': {
    id: (p) => `Langkah ${p.label} (${p.who}) tercatat "${p.actual}", tetapi kasus berlanjut seperti setelah ${p.expected} (ke langkah ${p.other})`,
    en: (p) => `Step ${p.label} (${p.who}) is logged as "${p.actual}", but the case went on as after ${p.expected} (to step ${p.other})`,
  },
  'wrong-performer': {
    id: (p) => `Langkah ${p.label} dilaksanakan oleh ${p.actual}, seharusnya oleh ${p.who}`,
    en: (p) => `Step ${p.label} was performed by ${p.actual}; the SOP assigns it to ${p.who}`,
  },
  'over-budget': {
    id: (p) => `Langkah ${p.label} (${p.who}) melebihi mutu baku ${p.budget} sebesar ${formatMinutes(p.minutes ?? 0, 'id')} menit kerja`,
    en: (p) => `Step ${p.label} (${p.who}) exceeded its standard time of ${p.budget} by ${formatMinutes(p.minutes ?? 0, 'en')} working minutes`,
  },
  'missing-decision': {
    id: (p) =>
      p.other === undefined
        ? `Langkah ${p.label} (${p.who}) adalah keputusan, tetapi log tidak mencatat setuju atau tidak setuju (dianggap setuju)`
        : `Langkah ${p.label} (${p.who}) mengembalikan kasus ke langkah ${p.other} tanpa keputusan tidak setuju yang tercatat`,
    en: (p) =>
      p.other === undefined
        ? `Step ${p.label} (${p.who}) is a decision, but the log records neither setuju nor tidak setuju (taken as setuju)`
        : `Step ${p.label} (${p.who}) sent the case back to step ${p.other} without a recorded tidak setuju`,
  },
  'unexpected-decision': {
    id: (p) => `Langkah ${p.label} (${p.who}) bukan keputusan, tetapi log mencatat "${p.actual}"`,
    en: (p) => `Step ${p.label} (${p.who}) is not a decision, but the log records "${p.actual}"`,
  },
  'unknown-step': {
    id: (p) => `Langkah "${p.label}" tidak ada dalam SOP`,
    en: (p) => `Step "${p.label}" is not in the SOP`,
  },
  'incomplete-case': {
    id: (p) => `Kasus berhenti di langkah ${p.label} (${p.who}) dan tidak selesai`,
    en: (p) => `The case stopped at step ${p.label} (${p.who}) and did not finish`,
  },
  'after-end': {
    id: (p) => `Langkah ${p.label} (${p.who}) dicatat setelah kasus berakhir (${p.other})`,
    en: (p) => `Step ${p.label} (${p.who}) was recorded after the case had ended (${p.other})`,
  },
};
