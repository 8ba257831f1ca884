import type * as z from 'zod';
import type { Role } from '../roles/index.js';
import type { createDefinitionSchema, StepData, SopDefinitionData } from './schema.js';

/** A definition as an author writes it, over the role ids `R`. */
export type DefinitionInputOf<R extends string> = z.input<ReturnType<typeof createDefinitionSchema<R>>>;

/** A validated step, its id typed as `S` and its performers as `R`. */
export type SopStep<S extends string = string, R extends string = Role> = Readonly<
  Omit<StepData, 'id' | 'pelaksana' | 'decision'>
> & {
  readonly id: S;
  readonly pelaksana: readonly R[];
  readonly decision?:
    | {
        readonly setuju?: S | undefined;
        readonly tidakSetuju:
          | { readonly action: 'rework'; readonly to: S }
          | { readonly action: 'end' }
          | { readonly action: 'forward'; readonly to: S };
      }
    | undefined;
};

/** The type-only key under which a definition's type carries its decision step ids. */
declare const decisionSteps: unique symbol;

/**
 * A validated, frozen SOP definition: the single source of truth from which the machine,
 * lead time, conformance and renderings are derived. `Id` is its id, `S` the union of its
 * step ids, `R` its role ids, `DS` the ids of its decision steps (`string` when unknown).
 */
export type SopDefinition<Id extends string = string, S extends string = string, R extends string = Role, DS extends string = string> = Readonly<
  Omit<SopDefinitionData, 'id' | 'steps'>
> & {
  readonly id: Id;
  readonly steps: readonly SopStep<S, R>[];
  /** Type only (never present at run time): the ids of the decision steps. */
  readonly [decisionSteps]?: DS;
};

/** Any definition, whatever its ids. */
export type AnySopDefinition = SopDefinition<string, string, string>;

/** The union of a definition's step ids. */
export type StepIdOf<D> = D extends SopDefinition<string, infer S, string> ? S : never;
/** The union of a definition's role ids. */
export type RoleOf<D> = D extends SopDefinition<string, string, infer R> ? R : never;
/** The ids of a definition's decision steps (`string` when the definition's type does not know them). */
export type DecisionStepIdOf<D> = D extends { readonly [decisionSteps]?: infer DS } ? DS : string;
/**
 * The events step `S` of definition `D` takes: `SETUJU` / `TIDAK_SETUJU` at a decision step,
 * `SELESAI` at any other; all three when the definition's type does not say.
 */
export type EventTypeFor<D, S extends string> = string extends DecisionStepIdOf<D>
  ? 'SELESAI' | 'SETUJU' | 'TIDAK_SETUJU'
  : S extends DecisionStepIdOf<D>
    ? 'SETUJU' | 'TIDAK_SETUJU'
    : 'SELESAI';

type StepsOfInput<T> = T extends { readonly steps: readonly (infer X)[] } ? X : never;
/** The step ids written in a definition input (used by `defineSop`). */
export type InputStepIds<T> = StepsOfInput<T> extends { readonly id: infer I extends string } ? I : string;
/**
 * The ids of the steps of a definition input that carry a decision; `string` (unknown) when
 * the input's step ids are not literal types (a definition built at run time).
 */
export type InputDecisionStepIds<T> = string extends InputStepIds<T>
  ? string
  : StepsOfInput<T> extends infer X
    ? X extends { readonly id: infer I extends string; readonly decision: object }
      ? I
      : never
    : never;
