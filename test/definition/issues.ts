/**
 * The issues a definition reader reports for a broken input, for the definition tests: the
 * test fails when the reader accepts the input or throws anything but a SopDefinitionError.
 */
import { expect } from 'vitest';
import { defineSop, SopDefinitionError, type SopDefinitionInput } from 'sop-ap';

/**
 * The issues `read` throws as a SopDefinitionError.
 *
 * @param read - reads the broken input (defineSop, parseSopJson …)
 * @param what - the reader's name, for the failure when it accepts the input
 */
export function thrownIssues(read: () => unknown, what: string): SopDefinitionError['issues'] {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(SopDefinitionError);
    return (e as SopDefinitionError).issues;
  }
  throw new Error(`${what} accepted a broken definition`);
}

/** Runs defineSop on a broken copy and returns the issues it reports (step, field, message). */
export function issuesOf(input: unknown) {
  return thrownIssues(() => defineSop(input as SopDefinitionInput), 'defineSop').map((i) => ({ stepId: i.stepId, field: i.field, message: i.message }));
}
