import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parse.ts';
import { PRESET_NAMES, PRESETS } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import { randomScenario } from '../test-support/random-scenario.ts';
import { type Construction, construct, constructInSlices } from './construct.ts';

function parsed(raw: unknown): Scenario {
  const result = parseScenario(raw);
  if (!result.ok) throw new Error(`invalid scenario: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

/** Runs the sliced construction to its end: the slices it took, and what it returned. */
function inSlices(scenario: Scenario): { readonly counts: number[]; readonly built: Construction } {
  const run = constructInSlices(scenario);
  const counts: number[] = [];
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) return { counts, built: next.value };
    counts.push(next.value);
  }
}

/** The sliced construction builds what construct builds: the same steps, the same final world. */
function expectSameAsConstruct(scenario: Scenario): void {
  const once = construct(scenario);
  const { counts, built } = inSlices(scenario);
  expect(JSON.stringify(built.steps)).toBe(JSON.stringify(once.steps));
  expect(built.final).toEqual(once.final);
  // It says how far it is, never going back, and ends at the last step.
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  expect(counts.at(-1) ?? 0).toBeLessThanOrEqual(built.steps.length);
}

describe('constructInSlices', () => {
  it('builds the presets as construct does', () => {
    for (const name of PRESET_NAMES) expectSameAsConstruct(parsed(PRESETS[name]));
  });

  it('builds 200 random scenarios as construct does', () => {
    fc.assert(
      fc.property(randomScenario, (raw) => expectSameAsConstruct(parsed(raw))),
      { numRuns: 200 },
    );
  }, 120_000);

  it('hands back control between nodes and pods: a slice of 300 pods on 10 nodes records a handful of steps', () => {
    const scenario = parsed({
      vpc: { cidr: '192.168.0.0/16', vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }] },
      cluster: { podCidr: '10.0.0.0/16', nodeCidrMaskSize: 24 },
      nodes: Array.from({ length: 10 }, (_, i) => ({ name: `n-${i}` })),
      pods: Array.from({ length: 300 }, (_, i) => ({ name: `p-${i}`, node: `n-${i % 10}` })),
    });
    const { counts } = inSlices(scenario);
    expect(counts.length).toBeGreaterThan(300);
    const widest = Math.max(...counts.map((c, i) => c - (counts[i - 1] ?? 0)));
    // The first slice holds the VPC's steps too (the initial phase is short and runs at once).
    expect(widest).toBeLessThanOrEqual(16);
  });
});
