import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Construction, construct, parseScenario, stateAfterFrom, stateAt } from '../engine/index.ts';
import { PRESET_NAMES, presetScenario } from '../engine/scenario/presets.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { layoutTopology } from './layout.ts';
import type { LayoutOptions } from './types.ts';

/**
 * Steps `c` on one fold at a time (unchanged nodes stay the same objects, so each node's parts are
 * reused) and back, against a layout from scratch: the world folded in full from a construction of
 * its own, of a copy of the scenario (a plan of its own, so no node's parts are shared with it).
 */
function expectIncrementalEqualsFresh(
  make: (copy: boolean) => Construction,
  options: LayoutOptions,
  last?: number,
): void {
  const c = make(false);
  const fresh = make(true);
  const count = Math.min(c.steps.length, last ?? c.steps.length);
  let world = stateAt(c, 0);
  for (let n = 1; n <= count; n++) {
    world = stateAfterFrom(world, c.steps, n - 1, n);
    expect(layoutTopology(world, options), `step ${n}`).toEqual(layoutTopology(stateAt(fresh, n), options));
  }
  // Backward: a world folded anew from step 0 shares no node with the one laid out before it.
  for (let n = count - 1; n >= Math.max(0, count - 10); n--)
    expect(layoutTopology(stateAt(c, n), options)).toEqual(layoutTopology(stateAt(make(true), n), options));
}

describe('a layout stepped on equals a layout from scratch', () => {
  it.each(PRESET_NAMES)(
    'preset %s, full and sized',
    (name) => {
      const make = (copy: boolean) =>
        construct(copy ? structuredClone(presetScenario(name)) : presetScenario(name));
      expectIncrementalEqualsFresh(make, {}, 300);
      expectIncrementalEqualsFresh(make, { width: 1440, height: 800 }, 300);
    },
    120_000,
  );

  it('the article on Terway (ENIs and pod-to-ENI links)', () => {
    const base = presetScenario('article');
    const terway = (copy: boolean) => {
      const scenario = {
        ...base,
        cluster: {
          ...base.cluster,
          cni: { plugin: 'terway' as const, eni: { adapters: 3, ipsPerAdapter: 1 } },
        },
      };
      return construct(copy ? structuredClone(scenario) : scenario);
    };
    expectIncrementalEqualsFresh(terway, {});
  });

  it('random scenarios', () => {
    fc.assert(
      fc.property(randomScenario, (raw) => {
        const parsed = parseScenario(raw);
        if (!parsed.ok) throw new Error('the generator made an invalid scenario');
        const scenario = parsed.scenario;
        expectIncrementalEqualsFresh((copy) => construct(copy ? structuredClone(scenario) : scenario), {});
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
