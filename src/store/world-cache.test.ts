import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Construction, construct, parseScenario, stateAt, type WorldState } from '../engine/index.ts';
import { PRESET_NAMES, presetScenario } from '../engine/scenario/presets.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { checkpointsUpTo } from './checkpoints.ts';
import { foldByCheckpoints, worldAt } from './world-cache.ts';

/** The worlds by checkpoints at the steps of `order`, in that order, against the full folds. */
function expectFoldsEqual(
  construction: Construction,
  order: readonly number[],
  full: (n: number) => WorldState = (n) => stateAt(construction, n),
): void {
  for (const n of order) expect(foldByCheckpoints(construction, n), `step ${n}`).toEqual(full(n));
}

describe('worldAt', () => {
  const construction = construct(presetScenario('article'));

  it('equals stateAt at every step', () => {
    for (let n = 0; n <= construction.steps.length; n++) {
      expect(worldAt(construction, n)).toEqual(stateAt(construction, n));
    }
  });

  it('returns the same object for a recent step and recomputes an evicted one', () => {
    const a = worldAt(construction, 3);
    expect(worldAt(construction, 3)).toBe(a);
    for (let n = 10; n < 30; n++) worldAt(construction, n);
    const b = worldAt(construction, 3);
    expect(b).not.toBe(a);
    expect(b.nodes.size).toBe(a.nodes.size);
  });

  it('steps on by one fold from the last world, equal to stateAt, keeping untouched nodes as the same objects', () => {
    for (const name of PRESET_NAMES) {
      const c = construct(presetScenario(name));
      const reference = construct(presetScenario(name));
      const count = Math.min(c.steps.length, 400);
      let before = worldAt(c, 0);
      let shared = 0;
      for (let n = 1; n <= count; n++) {
        const world = worldAt(c, n);
        expect(world, `${name} step ${n}`).toEqual(stateAt(reference, n));
        for (const [node, state] of world.nodes) if (before.nodes.get(node) === state) shared++;
        before = world;
      }
      // Most steps change one node or none: the others stay the objects they were.
      if (count > 100) expect(shared).toBeGreaterThan(0);
      // And back again, one step at a time.
      for (let n = count - 1; n >= Math.max(0, count - 30); n--)
        expect(worldAt(c, n), `${name} back to ${n}`).toEqual(stateAt(reference, n));
    }
  }, 120_000);

  it('steps on by one fold on random scenarios, equal to stateAt', () => {
    fc.assert(
      fc.property(randomScenario, (raw) => {
        const parsed = parseScenario(raw);
        if (!parsed.ok) throw new Error('the generator made an invalid scenario');
        const c = construct(parsed.scenario);
        for (let n = 0; n <= c.steps.length; n++) expect(worldAt(c, n)).toEqual(stateAt(c, n));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('clamps out-of-range and fractional steps', () => {
    expect(worldAt(construction, -4)).toBe(worldAt(construction, 0));
    expect(worldAt(construction, 1e9)).toBe(worldAt(construction, construction.steps.length));
    expect(worldAt(construction, 2.9)).toBe(worldAt(construction, 2));
  });
});

describe('a world reached by checkpoints equals the full fold', () => {
  it('at every step of every preset, forward, backward and by jumps', () => {
    for (const name of PRESET_NAMES) {
      const reference = construct(presetScenario(name));
      const count = reference.steps.length;
      // Every step of the article and small presets; of the large one's 1,300 (the test's time),
      // every fifth and each either side of a checkpoint (64 steps apart there).
      const steps = Array.from({ length: count + 1 }, (_, n) => n).filter(
        (n) => count < 200 || n % 5 === 0 || [63, 0, 1].includes(n % 64) || n === count,
      );
      const full = new Map(steps.map((n) => [n, stateAt(reference, n)]));
      const at = (n: number) => full.get(n) as WorldState;
      // Each order on a fresh construction: its checkpoints are made in that order.
      expectFoldsEqual(construct(presetScenario(name)), steps, at);
      expectFoldsEqual(construct(presetScenario(name)), steps.toReversed(), at);
      const jumps = steps.map((_, i) => steps[(i * 7919) % steps.length] as number);
      expectFoldsEqual(construct(presetScenario(name)), jumps, at);
    }
  }, 120_000);

  it('on the article on Terway (ENIs, terwayd, pod-to-ENI bindings), at every step and backward', () => {
    const terway = () => {
      const base = presetScenario('article');
      return construct({
        ...base,
        cluster: { ...base.cluster, cni: { plugin: 'terway', eni: { adapters: 3, ipsPerAdapter: 1 } } },
      });
    };
    const reference = terway();
    const steps = Array.from({ length: reference.steps.length + 1 }, (_, n) => n);
    expectFoldsEqual(terway(), steps, (n) => stateAt(reference, n));
    expectFoldsEqual(terway(), steps.toReversed(), (n) => stateAt(reference, n));
  });

  it('leaves the checkpoint it folds on from as it was', () => {
    const c = construct(presetScenario('large'));
    const last = c.steps.length;
    const before = foldByCheckpoints(c, 64);
    const copy = stateAt(c, 64);
    foldByCheckpoints(c, last);
    expect(before).toEqual(copy);
  });

  it('on 500 random scenarios, at random steps in random order', () => {
    fc.assert(
      fc.property(randomScenario, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (raw, picks) => {
        const parsed = parseScenario(raw);
        if (!parsed.ok) throw new Error('the generator made an invalid scenario');
        const c = construct(parsed.scenario);
        const count = c.steps.length;
        expectFoldsEqual(
          c,
          picks.map((p) => p % (count + 1)),
        );
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  it('makes the checkpoints one slice at a time, after which a late step folds from the nearest', () => {
    // 40 nodes × 30 pods: some 5,000 steps, checkpoints 64 steps apart.
    const scenario = parseScenario({
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }] },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes: Array.from({ length: 40 }, (_, i) => ({ name: `n-${i}` })),
      pods: Array.from({ length: 1200 }, (_, i) => ({ name: `p-${i}`, node: `n-${i % 40}` })),
    });
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.errors[0]));
    const c = construct(scenario.scenario);
    const late = c.steps.length - 10;
    const slices = [...checkpointsUpTo(c, late)].length;
    const spacing = Math.max(64, Math.ceil(c.steps.length / 32));
    expect(slices).toBe(Math.floor(late / spacing));
    expect(worldAt(c, late)).toEqual(stateAt(c, late));
  });

  it('makes a checkpoint in folds of a few steps each, equal to the one folded in one piece', () => {
    const scenario = parseScenario({
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }] },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes: Array.from({ length: 20 }, (_, i) => ({ name: `n-${i}` })),
      pods: Array.from({ length: 400 }, (_, i) => ({ name: `p-${i}`, node: `n-${i % 20}` })),
    });
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.errors[0]));
    const c = construct(scenario.scenario);
    const spacing = Math.max(64, Math.ceil(c.steps.length / 32));
    const checkpoints = Math.floor(c.steps.length / spacing);
    // Seven steps a fold: a checkpoint 64 steps on takes ten folds, the last of one step.
    const slices = [...checkpointsUpTo(c, c.steps.length, 7)].length;
    expect(slices).toBe(checkpoints * Math.ceil(spacing / 7));
    for (let k = 1; k <= checkpoints; k++)
      expect(foldByCheckpoints(c, k * spacing), `checkpoint ${k}`).toEqual(stateAt(c, k * spacing));
    expect(worldAt(c, c.steps.length - 3)).toEqual(stateAt(c, c.steps.length - 3));
  });
});
