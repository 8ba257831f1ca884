/**
 * `sop-ap/vitest`: matchers and a scenario builder for testing SOP flows with vitest.
 *
 * ```ts
 * // vitest.setup.ts
 * import { setupSopMatchers } from 'sop-ap/vitest'
 * setupSopMatchers()
 * ```
 *
 * @packageDocumentation
 */
import { expect } from 'vitest';
import { sopMatchers, type SopMatchers } from './matchers.js';

export { sopMatchers, type SopMatchers } from './matchers.js';
export { scenario, type Scenario, type ScenarioOptions, type ScenarioStepOptions, type ScenarioTiming } from './scenario.js';

/**
 * Registers the SOP matchers with vitest's `expect` (call it once, e.g. in a setup file).
 * The same as `expect.extend(sopMatchers)`.
 *
 * @example
 * ```ts
 * import { setupSopMatchers, scenario } from 'sop-ap/vitest'
 * setupSopMatchers()
 * expect(scenario(sop).start('2026-01-05T07:30:00+07:00').step('1', 'Kadis')).toBeWaitingAt('2')
 * ```
 */
export function setupSopMatchers(): void {
  expect.extend(sopMatchers);
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends SopMatchers<T> {}
}
