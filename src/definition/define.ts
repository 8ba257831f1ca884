import { ID_ERROR_MAP } from '../util/index.js';
import type * as z from 'zod';
import { SopDefinitionError, type DefinitionIssue } from '../errors/index.js';
import { defaultRoles, type RoleRegistry } from '../roles/index.js';
import type { Role } from '../roles/index.js';
import { createDefinitionSchema, FINAL_STATES, SopDefinitionSchema } from './schema.js';
import type { DefinitionInputOf, InputDecisionStepIds, InputStepIds, SopDefinition } from './types.js';

/** Options of {@link defineSop}. */
export interface DefineSopOptions<R extends string> {
  /** The role catalogue performers are checked against; the built-in roles by default. */
  readonly roles?: RoleRegistry<R>;
}

const schemaCache = new WeakMap<object, ReturnType<typeof createDefinitionSchema<string>>>();

function schemaFor(registry: RoleRegistry<string>): ReturnType<typeof createDefinitionSchema<string>> {
  if (registry === (defaultRoles as RoleRegistry<string>)) return SopDefinitionSchema as never;
  let s = schemaCache.get(registry);
  if (!s) {
    s = createDefinitionSchema(registry.schema);
    schemaCache.set(registry, s);
  }
  return s;
}

function deepFreeze<T>(value: T): T {
  // zod's .readonly() already freezes arrays shallowly, so recurse whatever the object's state.
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function stepIdAt(input: unknown, index: unknown): string | undefined {
  if (typeof index !== 'number' || input === null || typeof input !== 'object') return undefined;
  const steps = (input as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return undefined;
  const s = steps[index] as { id?: unknown } | undefined;
  return typeof s?.id === 'string' ? s.id : undefined;
}

/**
 * Graph checks on a schema-valid definition: unique step ids that are not final-state keys;
 * decision targets that exist (rework before the decision, SETUJU and forward refusals after
 * it); no unreachable step. Performers were checked by the schema.
 *
 * Every path ends: SELESAI, SETUJU and a forward refusal all move strictly forward in
 * document order, so from every step (whatever refusal is pending) answering SETUJU to each
 * decision reaches the end. The "after the decision" checks are what keep this true.
 */
function graphIssues(def: { id: string; steps: readonly { id: string; decision?: { setuju?: string | undefined; tidakSetuju: { action: string; to?: string } } | undefined }[] }): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const sopId = def.id;
  const index = new Map<string, number>();
  def.steps.forEach((s, i) => {
    if (s.id === FINAL_STATES.done || s.id === FINAL_STATES.refused) {
      issues.push({ sopId, stepId: s.id, field: `steps.${i}.id`, message: `'${s.id}' is reserved for a final state` });
    }
    if (index.has(s.id)) {
      issues.push({ sopId, stepId: s.id, field: `steps.${i}.id`, message: `duplicate step id (also step ${index.get(s.id)! + 1})` });
    } else index.set(s.id, i);
  });
  def.steps.forEach((s, i) => {
    const d = s.decision;
    if (!d) return;
    if (d.setuju !== undefined) {
      const j = index.get(d.setuju);
      if (j === undefined) {
        issues.push({ sopId, stepId: s.id, field: `steps.${i}.decision.setuju`, message: `SETUJU goes to '${d.setuju}', which is not a step` });
      } else if (j <= i) {
        issues.push({ sopId, stepId: s.id, field: `steps.${i}.decision.setuju`, message: `SETUJU must go forward, but '${d.setuju}' is not after this step` });
      }
    }
    const t = d.tidakSetuju;
    if (t.to !== undefined) {
      const field = `steps.${i}.decision.tidakSetuju.to`;
      const what = t.action === 'rework' ? 'rework target' : 'forward refusal target';
      const j = index.get(t.to);
      if (j === undefined) {
        issues.push({ sopId, stepId: s.id, field, message: `the ${what} '${t.to}' is not a step` });
      } else if (t.action === 'rework' && j >= i) {
        issues.push({ sopId, stepId: s.id, field, message: `the rework target '${t.to}' must come before the decision` });
      } else if (t.action === 'forward' && j <= i) {
        issues.push({ sopId, stepId: s.id, field, message: `the forward refusal target '${t.to}' must come after the decision (a refusal that goes back is a rework)` });
      }
    }
  });
  if (issues.length > 0) return issues;
  // Reachability from the first step.
  const seen = new Set<number>();
  const stack = [0];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i) || i >= def.steps.length) continue;
    seen.add(i);
    const s = def.steps[i]!;
    const next = s.decision?.setuju !== undefined ? index.get(s.decision.setuju)! : i + 1;
    stack.push(next);
    const refusal = s.decision?.tidakSetuju;
    if (refusal?.to !== undefined) stack.push(index.get(refusal.to)!);
  }
  def.steps.forEach((s, i) => {
    if (!seen.has(i)) {
      issues.push({ sopId, stepId: s.id, field: `steps.${i}`, message: 'the step cannot be reached from the first step' });
    }
  });
  return issues;
}

/**
 * Validates an SOP definition and returns it frozen and fully typed: the single source of
 * truth from which the machine, lead time, conformance and renderings are derived.
 *
 * Checks: the schema (every identity field, every step's fields, budgets parsed from the
 * SOP's text, performers known to the role catalogue), then the graph (unique step ids,
 * decision targets that exist, rework targets before the decision, SETUJU and forward
 * refusal targets after it, so every path ends; no unreachable step).
 *
 * @param input - the definition as written (budgets as text such as `"5 Menit"`)
 * @param options - `roles`: an extended role catalogue
 * @returns the frozen definition, its step ids typed as literals
 * @throws {@link SopDefinitionError} listing every problem, each naming the SOP, the step and the field
 *
 * @example
 * ```ts
 * const sop = defineSop({
 *   id: 'surat-tugas',
 *   nama: 'Pembuatan Surat Tugas',
 *   steps: [
 *     { id: 'disposisi', label: '1', uraian: 'Memerintahkan …', pelaksana: ['kepala-dinas'], waktu: '5 Menit' },
 *     { id: 'konsep', label: '2', uraian: 'Membuat konsep …', pelaksana: ['kasubbag-tu'], waktu: '25 Menit' },
 *     { id: 'koreksi', label: '3', uraian: 'Mengoreksi …', pelaksana: ['kepala-bidang'], waktu: '15 Menit',
 *       decision: { tidakSetuju: { action: 'rework', to: 'konsep' } } },
 *   ],
 * })
 * ```
 */
export function defineSop<const T extends DefinitionInputOf<R>, R extends string = Role>(
  input: T,
  options: DefineSopOptions<R> = {},
): SopDefinition<T['id'], InputStepIds<T>, R, InputDecisionStepIds<T>> {
  const registry = (options.roles ?? defaultRoles) as RoleRegistry<string>;
  const rawId = (input as { id?: unknown } | null)?.id;
  const sopId = typeof rawId === 'string' ? rawId : '(no id)';
  const parsed = schemaFor(registry).safeParse(input);
  if (!parsed.success) {
    // The same parse with zod's Indonesian error map gives the texts of `pesan`, issue by issue.
    const again = schemaFor(registry).safeParse(input, { error: ID_ERROR_MAP });
    const idIssues = again.success ? [] : again.error.issues;
    const issues = parsed.error.issues.map((issue: z.core.$ZodIssue, i): DefinitionIssue => {
      const path = issue.path.map(String);
      const stepId = path[0] === 'steps' ? stepIdAt(input, issue.path[1]) : undefined;
      let message = issue.message;
      let pesan = idIssues[i]?.message ?? issue.message;
      if (path[0] === 'steps' && path[2] === 'pelaksana' && issue.code === 'invalid_value') {
        const steps = (input as unknown as { steps: { pelaksana: unknown[] }[] }).steps;
        const given = steps[Number(path[1])]?.pelaksana?.[Number(path[3])];
        const id = typeof given === 'string' ? registry.tryResolve(given) : undefined;
        message = `unknown role ${JSON.stringify(given)}${id ? `; use the role id "${id}"` : ''}`;
        pesan = `peran ${JSON.stringify(given)} tidak dikenal${id ? `; gunakan id peran "${id}"` : ''}`;
      }
      return { sopId, stepId, field: path.join('.') || '(root)', message, pesan };
    });
    throw new SopDefinitionError(issues, { cause: parsed.error });
  }
  const issues = graphIssues(parsed.data as never);
  if (issues.length > 0) throw new SopDefinitionError(issues);
  return deepFreeze(parsed.data) as unknown as SopDefinition<T['id'], InputStepIds<T>, R, InputDecisionStepIds<T>>;
}
