import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { construct, formatIp, stateAt } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { endpointOptions, MAX_SUGGESTIONS, normalizeEndpoint, suggestionsFor } from './endpoint-options.ts';
import { walkPresets } from './walk-presets.ts';

const article = presetScenario('article');

describe('endpoint options', () => {
  it('offers pods, the containers of multi-container pods, nodes and externals', () => {
    const values = endpointOptions(article).map((o) => o.value);
    expect(values).toEqual([
      'pod:web-1',
      'pod:web-1/nginx',
      'pod:web-1/log-agent',
      'pod:cache-1',
      'pod:api-1',
      'node:master-1',
      'node:node-a',
      'node:node-b',
      'external:internet',
    ]);
  });

  it('offers the admitted Services after the rest, labelled with their cluster IPs', () => {
    const scenario = presetScenario('services');
    const built = construct(scenario);
    const services = stateAt(built, built.steps.length).services;
    const options = endpointOptions(scenario, services).filter((o) => o.value.startsWith('service:'));
    expect(options.map((o) => o.value)).toEqual(services.map((s) => `service:${s.name}`));
    const api = services.find((s) => s.name === 'api');
    expect(options.find((o) => o.value === 'service:api')?.label).toBe(
      `Service default/api (ClusterIP ${formatIp(api?.clusterIp ?? 0)}, 80/TCP)`,
    );
  });

  it('gives a bare unique name its kind and leaves the rest to the engine', () => {
    expect(normalizeEndpoint(' web-1 ', article)).toBe('pod:web-1');
    expect(normalizeEndpoint('node-b', article)).toBe('node:node-b');
    expect(normalizeEndpoint('internet', article)).toBe('external:internet');
    expect(normalizeEndpoint('203.0.113.7', article)).toBe('203.0.113.7');
    expect(normalizeEndpoint('pod:web-1/nginx', article)).toBe('pod:web-1/nginx');
    expect(normalizeEndpoint('nobody', article)).toBe('nobody');
  });
});

describe('walk presets', () => {
  it("finds the article's four kinds of communication and node → pod", () => {
    expect(walkPresets(article).map((p) => [p.id, p.from, p.to])).toEqual([
      ['inside-pod', 'pod:web-1/nginx', 'pod:web-1/log-agent'],
      ['same-node', 'pod:web-1', 'pod:cache-1'],
      ['cross-node', 'pod:web-1', 'pod:api-1'],
      ['internet', 'pod:web-1', 'external:internet'],
      ['node-to-pod', 'node:master-1', 'pod:web-1'],
    ]);
  });

  it('works for any scenario and leaves out what it cannot show', () => {
    const small = walkPresets(presetScenario('small'));
    expect(small.find((p) => p.id === 'inside-pod')).toMatchObject({
      from: 'pod:api-1/api',
      to: 'pod:api-1/sidecar',
    });
    expect(small.find((p) => p.id === 'cross-node')).toMatchObject({ from: 'pod:web-1', to: 'pod:api-1' });
    const lonely = {
      ...article,
      pods: [{ name: 'solo', node: 'node-a', containers: ['app'] }],
      externals: [],
    };
    expect(walkPresets(lonely).map((p) => p.id)).toEqual(['node-to-pod']);
  });
});

describe('suggestionsFor', () => {
  const many = Array.from({ length: 1_000 }, (_, i) => ({
    value: `pod:web-${i}`,
    label: `pod web-${i} on node-${i % 7}`,
  }));

  it('offers every endpoint of a small scenario', () => {
    const few = many.slice(0, MAX_SUGGESTIONS);
    expect(suggestionsFor(few, 'zzz')).toBe(few);
  });

  it('offers at most MAX_SUGGESTIONS of a large one, those containing what is typed', () => {
    expect(suggestionsFor(many, '')).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestionsFor(many, 'WEB-99').map((o) => o.value)).toEqual([
      'pod:web-99',
      ...Array.from({ length: 10 }, (_, i) => `pod:web-99${i}`),
    ]);
    expect(suggestionsFor(many, 'node-3').every((o) => o.label.includes('node-3'))).toBe(true);
  });
});
