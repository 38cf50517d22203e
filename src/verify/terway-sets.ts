/**
 * Terway's scenarios for the check: the presets on Terway, the what-ifs (a new ENI when the first
 * is full, a small pod vSwitch, no SNAT entry for the pod vSwitch, the four node faults) and
 * random scenarios on Terway.
 */
import fc from 'fast-check';
import { PRESET_NAMES, parseScenario, presetScenario, type Scenario } from '../engine/index.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { MAX_PAIRS, RANDOM_MAX_PAIRS, type ScenarioCase } from './scenario-sets.ts';

type TerwayOptions = { podVswitches?: string[]; eni?: { adapters: number; ipsPerAdapter: number } };

function onTerway(s: Scenario, options: TerwayOptions = {}): Scenario {
  return { ...s, cluster: { ...s.cluster, cni: { plugin: 'terway', ...options } } };
}

export function terwayCases(count: number, seed: number): ScenarioCase[] {
  const article = presetScenario('article');
  const presets = PRESET_NAMES.filter((n) => n !== 'large').map(
    (name): ScenarioCase => ({
      name: `${name} on Terway`,
      scenario: onTerway(presetScenario(name)),
      maxPairs: MAX_PAIRS,
      seed: 0,
    }),
  );
  const withPodVswitch = (snat?: string[]): Scenario => ({
    ...article,
    vpc: {
      ...article.vpc,
      vswitches: [...article.vpc.vswitches, { name: 'vsw-pods', cidr: '192.168.8.0/29' }],
      ...(snat && article.vpc.natGateway ? { natGateway: { ...article.vpc.natGateway, snat } } : {}),
    },
    pods: [
      ...article.pods,
      { name: 'web-2', node: 'node-a', containers: ['nginx'] },
      { name: 'web-3', node: 'node-b', containers: ['nginx'] },
    ],
  });
  const whatIfs: ScenarioCase[] = [
    {
      name: 'article on Terway, 1 IP per ENI (a new ENI per pod)',
      scenario: onTerway(article, { eni: { adapters: 3, ipsPerAdapter: 1 } }),
      maxPairs: MAX_PAIRS,
      seed: 0,
    },
    {
      name: 'article on Terway, a /29 pod vSwitch run dry',
      scenario: onTerway(withPodVswitch(), { podVswitches: ['vsw-pods'] }),
      maxPairs: MAX_PAIRS,
      seed: 0,
    },
    {
      name: 'article on Terway, no SNAT entry for the pod vSwitch',
      scenario: onTerway(withPodVswitch(['vsw-a']), { podVswitches: ['vsw-pods', 'vsw-a'] }),
      maxPairs: MAX_PAIRS,
      seed: 0,
    },
    ...(
      ['vswitch-exhausted', 'eni-quota-reached', 'snat-entry-missing', 'security-group-denies-pods'] as const
    ).map(
      (kind): ScenarioCase => ({
        name: `article on Terway, ${kind} on node-b`,
        scenario: { ...onTerway(article), faults: [{ kind, node: 'node-b' }] },
        maxPairs: MAX_PAIRS,
        seed: 0,
      }),
    ),
  ];
  const random = fc
    .sample(fc.tuple(randomScenario, fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 4 })), {
      seed,
      numRuns: count,
    })
    .map(([raw, adapters, ipsPerAdapter], i): ScenarioCase => {
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error(`random scenario ${i + 1} (seed ${seed}) is invalid`);
      return {
        name: `random ${i + 1}/${count} on Terway (seed ${seed}, ${adapters} ENIs × ${ipsPerAdapter} IPs)`,
        scenario: onTerway({ ...parsed.scenario, faults: [] }, { eni: { adapters, ipsPerAdapter } }),
        maxPairs: RANDOM_MAX_PAIRS,
        seed: seed + i,
      };
    });
  return [...presets, ...whatIfs, ...random];
}
