import { describe, expect, expectTypeOf, it } from 'vitest';
import { getSop } from 'sop-ap/machines';
import { scenario, sopMatchers, type SopMatchers } from '../../src/vitest/index.js';

const sk = getSop('pembuatan-sk-tim-kerja-bidang-3');

describe('the augmentation of vitest assertions', () => {
  it('adds every SOP matcher to expect(…)', () => {
    const s = scenario(sk);
    expectTypeOf(expect(s).toBeWaitingAt).parameters.toEqualTypeOf<[step: string]>();
    expectTypeOf(expect(s).toHaveReworked).toBeCallableWith('3', 2);
    expectTypeOf(expect(s).not.toComplyWithSop).toBeCallableWith(sk);
    expectTypeOf(expect(s).toBeCompletedWithin).toBeCallableWith('2 Hari');
    expectTypeOf(expect(s).toBeCompletedWithin).toBeCallableWith(90);
    expectTypeOf<keyof typeof sopMatchers>().toEqualTypeOf<keyof SopMatchers>();
  });

  it('rejects wrong arguments', () => {
    const s = scenario(sk);
    // @ts-expect-error the number of reworks is required
    expect(s).toHaveReworked('3');
    // @ts-expect-error steps are a list
    expect(s).toHavePassedSteps('1');
    // @ts-expect-error the SOP is required
    expect(s).toComplyWithSop();
  });
});
