import type * as z from 'zod';
import type { Role } from '../roles/catalogue.js';
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
        readonly tidakSetuju: { readonly action: 'rework'; readonly to: S } | { readonly action: 'end' };
      }
    | undefined;
};

/**
 * A validated, frozen SOP definition: the single source of truth from which the machine,
 * lead time, conformance and renderings are derived. `Id` is its id, `S` the union of its
 * step ids, `R` its role ids.
 */
export type SopDefinition<Id extends string = string, S extends string = string, R extends string = Role> = Readonly<
  Omit<SopDefinitionData, 'id' | 'steps'>
> & {
  readonly id: Id;
  readonly steps: readonly SopStep<S, R>[];
};

/** Any definition, whatever its ids. */
export type AnySopDefinition = SopDefinition<string, string, string>;

/** The union of a definition's step ids. */
export type StepIdOf<D> = D extends SopDefinition<string, infer S, string> ? S : never;
/** The union of a definition's role ids. */
export type RoleOf<D> = D extends SopDefinition<string, string, infer R> ? R : never;

type StepsOfInput<T> = T extends { readonly steps: readonly (infer X)[] } ? X : never;
/** The step ids written in a definition input (used by `defineSop`). */
export type InputStepIds<T> = StepsOfInput<T> extends { readonly id: infer I extends string } ? I : string;
/** The ids of the steps of a definition input that carry a decision. */
export type InputDecisionStepIds<T> = StepsOfInput<T> extends infer X
  ? X extends { readonly id: infer I extends string; readonly decision: object }
    ? I
    : never
  : never;
