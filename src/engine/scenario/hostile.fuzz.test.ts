/**
 * The fuzz suite for the scenario parser: hostile documents and texts of every class the probe
 * found (test-support/hostile.ts) end in a valid scenario or in path-and-sentence problems, never
 * in an exception, and never pollute a prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SEED, hostileDocument, hostileText } from '../test-support/hostile.ts';
import { parseScenario } from './parse.ts';
import { titleProblem } from './title-text.ts';

const CASES = 200;
/** A bound generous enough for a busy 2-core machine; a freeze would pass it by far. */
const MOST_MS_PER_CASE = 5_000;

function expectExplained(input: unknown): void {
  const started = performance.now();
  const result = parseScenario(input);
  expect(performance.now() - started).toBeLessThan(MOST_MS_PER_CASE);
  if (result.ok) {
    expect(titleProblem(result.scenario.title)).toBeUndefined();
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const { path, message } of result.errors) {
    expect(path).toMatch(/^\S+$/);
    expect(message).toMatch(/^\S.*\S$/s);
  }
}

describe(`scenario parser under ${2 * CASES} hostile inputs`, () => {
  it(`explains or accepts ${CASES} hostile documents`, () => {
    fc.assert(fc.property(hostileDocument, expectExplained), { seed: HOSTILE_SEED, numRuns: CASES });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  }, 120_000);

  it(`explains or accepts ${CASES} hostile texts`, () => {
    fc.assert(fc.property(hostileText, expectExplained), { seed: HOSTILE_SEED, numRuns: CASES });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  }, 120_000);
});
