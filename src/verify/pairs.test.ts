import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct } from '../engine/construction/construct.ts';
import { parseScenario } from '../engine/scenario/parse.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { allPairs, PAIR_KINDS, samplePairs } from './pairs.ts';

const article = construct(presetScenario('article')).final;

describe('pairs', () => {
  it('lists every kind the engine traces in the article', () => {
    const pairs = allPairs(article);
    const count = (kind: string) => pairs.filter((p) => p.kind === kind).length;
    expect(count('pod → pod, same node')).toBe(2);
    expect(count('pod → pod, across nodes')).toBe(4);
    expect(count('pod → external')).toBe(3);
    expect(count('node → pod')).toBe(9);
    expect(count('container → container')).toBe(3);
    expect(pairs).toContainEqual({
      kind: 'container → container',
      from: 'pod:web-1/nginx',
      to: 'pod:web-1/log-agent',
    });
  });

  it('samples at most the limit, every kind present first, the same for the same seed', () => {
    const pairs = allPairs(article);
    const sample = samplePairs(pairs, 7, 3);
    expect(sample).toHaveLength(7);
    expect(new Set(sample.slice(0, 5).map((p) => p.kind))).toEqual(new Set(PAIR_KINDS));
    expect(samplePairs(pairs, 7, 3)).toEqual(sample);
    expect(samplePairs(pairs, 100, 3)).toEqual(pairs);
  });

  it('never names a pod without an address as a pod endpoint, in random scenarios', () => {
    for (const raw of fc.sample(randomScenario, { seed: 11, numRuns: 15 })) {
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error('invalid random scenario');
      const world = construct(parsed.scenario).final;
      for (const pair of allPairs(world)) {
        if (pair.kind === 'container → container') continue;
        const pod = pair.to.startsWith('pod:') ? world.pods.get(pair.to.slice(4)) : undefined;
        if (pod) expect(pod.ip).toBeDefined();
      }
    }
  }, 120_000);
});
