import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLANNEL_FAULT_KINDS } from '../scenario/defaults.ts';
import { parseScenario } from '../scenario/parse.ts';
import { PRESET_NAMES, PRESETS } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import { randomScenario } from '../test-support/random-scenario.ts';
import type { WorldState } from '../world/types.ts';
import { applyChange, emptyDraft, freeze } from './apply.ts';
import type { Step } from './changes.ts';
import { construct } from './construct.ts';
import { stateAfter } from './fold.ts';

function parsed(raw: unknown): Scenario {
  const result = parseScenario(raw);
  if (!result.ok) throw new Error(`invalid scenario: ${JSON.stringify(result.errors)}`);
  return result.scenario;
}

/** A world as plain data: what the writer and the fold must agree on, field by field. */
function plain(world: WorldState) {
  return {
    vpc: world.vpc,
    controllerManagerConfigured: world.controllerManagerConfigured,
    nodes: [...world.nodes.entries()],
    pods: [...world.pods.entries()],
    podCount: world.pods.size,
    events: world.events,
  };
}

/** The fold of every change of `steps`, one by one (stateAfter writes a pod step straight in). */
function foldOfChanges(scenario: Scenario, steps: readonly Step[]): WorldState {
  const draft = emptyDraft(scenario);
  for (const step of steps) for (const change of step.changes) applyChange(draft, change);
  return freeze(draft);
}

/**
 * The world the writer builds (construct's final) against the fold of every recorded step, and
 * against the fold of their changes.
 */
function expectWriterEqualsFold(scenario: Scenario): void {
  const c = construct(scenario);
  const folded = stateAfter(scenario, c.steps, c.steps.length);
  expect(plain(c.final)).toEqual(plain(folded));
  expect(plain(c.final)).toEqual(plain(foldOfChanges(scenario, c.steps)));
}

/** A random scenario with up to two faults on its nodes. */
const withFaults = randomScenario.chain((raw) =>
  fc
    .uniqueArray(
      fc.record({ kind: fc.constantFrom(...FLANNEL_FAULT_KINDS), node: fc.nat(raw.nodes.length - 1) }),
      {
        maxLength: 2,
        selector: (f) => `${f.kind} ${f.node}`,
      },
    )
    .map((faults) => ({
      ...raw,
      faults: faults.map((f) => ({ kind: f.kind, node: (raw.nodes[f.node] as { name: string }).name })),
    })),
);

describe('the world writer and the step recorder agree', () => {
  it('on the presets', () => {
    for (const name of PRESET_NAMES) expectWriterEqualsFold(parsed(PRESETS[name]));
  });

  it('on a node past maxPods, with pod IPs given and a node block too small for its pods', () => {
    const crowded = {
      vpc: { cidr: '192.168.0.0/16', vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }] },
      cluster: { podCidr: '10.0.0.0/16', nodeCidrMaskSize: 24 },
      nodes: [{ name: 'a' }, { name: 'b' }],
      pods: Array.from({ length: 130 }, (_, i) => ({ name: `p-${i}`, node: 'a' })),
    };
    expectWriterEqualsFold(parsed(crowded));
    expectWriterEqualsFold(parsed({ ...crowded, cluster: { podCidr: '10.0.0.0/16', nodeCidrMaskSize: 28 } }));
    const given = {
      ...crowded,
      nodes: [{ name: 'a', podCidr: '10.0.0.0/24' }, { name: 'b' }],
      pods: [
        { name: 'x', node: 'a' },
        { name: 'y', node: 'a', ip: '10.0.0.2' },
        { name: 'z', node: 'a' },
      ],
    };
    expectWriterEqualsFold(parsed(given));
  });

  it('on 500 random scenarios with faults', () => {
    fc.assert(
      fc.property(withFaults, (raw) => expectWriterEqualsFold(parsed(raw))),
      { numRuns: 500 },
    );
  }, 120_000);
});
