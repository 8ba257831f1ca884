/**
 * What-if: two scenarios side by side.
 */
import type { CapacityScenarioInput } from './schema.js';
import { prepareCapacity, type CapacityResult, type CapacityRoleResult, type CapacityRunOptions } from './simulate.js';

/** One SOP in both scenarios (working minutes; calendar time in elapsed minutes). */
export interface SopComparison {
  readonly id: string;
  readonly base: SopFigures;
  readonly variant: SopFigures;
}

/** The figures a comparison puts side by side. */
export interface SopFigures {
  readonly cases: number;
  readonly meanCycle: number;
  readonly p90Cycle: number;
  readonly meanWaiting: number;
  readonly meanCalendar: number;
  readonly withinMutuBaku: number;
  /** Cases that ended ditolak. */
  readonly ditolak: number;
}

/** One role in both scenarios. */
export interface RoleComparison {
  readonly role: string;
  readonly base: RoleFigures;
  readonly variant: RoleFigures;
}

/** The figures of a role a comparison puts side by side (see {@link CapacityRoleResult}). */
export interface RoleFigures {
  readonly officials: number | 'unlimited';
  readonly utilisation: number | null;
  readonly meanWait: number;
  readonly meanQueue: number;
  /** Offered load; 1 or more: beyond the role's capacity. */
  readonly load: number | null;
}

/** The result of {@link compareCapacity}. */
export interface CapacityComparison {
  readonly base: CapacityResult;
  readonly variant: CapacityResult;
  /** Over all SOPs, then per SOP. */
  readonly total: { readonly base: SopFigures; readonly variant: SopFigures };
  readonly sops: readonly SopComparison[];
  readonly roles: readonly RoleComparison[];
  /** The role causing most waiting in each (undefined when nobody waits). */
  readonly bottleneck: { readonly base: string | undefined; readonly variant: string | undefined };
}

const figures = (r: Pick<CapacityResult, 'cases' | 'cycleTime' | 'waiting' | 'calendarTime' | 'withinMutuBaku' | 'outcomes'>): SopFigures => ({
  cases: r.cases,
  meanCycle: r.cycleTime.mean,
  p90Cycle: r.cycleTime.p90,
  meanWaiting: r.waiting.mean,
  meanCalendar: r.calendarTime.mean,
  withinMutuBaku: r.withinMutuBaku,
  ditolak: r.outcomes.ditolak.cases,
});

const top = (r: CapacityResult) => (r.bottlenecks[0] !== undefined && r.bottlenecks[0].waitingShare > 0 ? r.bottlenecks[0].role : undefined);

/**
 * Simulates two scenarios and puts them side by side: per SOP the cycle time (mean, p90),
 * waiting, calendar time and share within mutu baku; per role officials, utilisation, waiting
 * and queue; the bottleneck of each. Give both the same seed (the default): each case then
 * arrives at the same instant and brings the same work in both (common random numbers), so the
 * difference is the scenarios' and not the dice's.
 *
 * @param base - the scenario as it is
 * @param variant - the scenario changed (one more official, a Plt. during leave …)
 * @param options - a progress callback, shared by both runs
 *
 * @example
 * ```ts
 * const base = { sops, staff: { 'ketua-tim-kerja': 1 }, horizon: { days: 365 }, seed: 1 }
 * const w = compareCapacity(base, { ...base, staff: { 'ketua-tim-kerja': 2 } })
 * w.total.base.meanCycle, w.total.variant.meanCycle, w.bottleneck
 * ```
 */
export function compareCapacity(base: CapacityScenarioInput, variant: CapacityScenarioInput, options: CapacityRunOptions = {}): CapacityComparison {
  // both checked and compiled before either runs: a bad variant costs no run of the base
  const runBase = prepareCapacity(base, options);
  const runVariant = prepareCapacity(variant, options);
  const a = runBase();
  const b = runVariant();
  const roles = [...new Set([...a.roles.map((r) => r.role), ...b.roles.map((r) => r.role)])];
  const roleOf = (r: CapacityResult, role: string) => {
    const x = r.roles.find((y) => y.role === role);
    return { officials: x?.officials ?? 0, utilisation: x?.utilisation ?? null, meanWait: x?.meanWait ?? 0, meanQueue: x?.meanQueue ?? 0, load: x?.load ?? null };
  };
  return {
    base: a,
    variant: b,
    total: { base: figures(a), variant: figures(b) },
    sops: a.sops.map((s, i) => ({ id: s.id, base: figures(s), variant: figures(b.sops[i] ?? s) })),
    roles: roles.map((role) => ({ role, base: roleOf(a, role), variant: roleOf(b, role) })),
    bottleneck: { base: top(a), variant: top(b) },
  };
}
