/**
 * The scenarios the check runs: a preset or a scenario file (every pair, or a sample when there
 * are very many), and N random valid scenarios drawn with a fixed seed (a sample of pairs each).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  type Fault,
  PRESET_NAMES,
  type PresetName,
  parseScenario,
  presetScenario,
  type Scenario,
} from '../engine/index.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import { withRandomServices } from './random-services.ts';

/** One scenario to check, with how many pairs to try at most and the seed that samples them. */
export interface ScenarioCase {
  readonly name: string;
  readonly scenario: Scenario;
  readonly maxPairs: number;
  readonly seed: number;
}

/** The most pairs tried in one random scenario. */
export const RANDOM_MAX_PAIRS = 15;
/** Pairs of a preset or scenario file beyond which it is sampled (article and small have fewer). */
export const MAX_PAIRS = 200;

export function isPreset(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** A preset: every pair of it, or a sample of MAX_PAIRS for `large`. */
export function presetCase(name: PresetName): ScenarioCase {
  return { name, scenario: presetScenario(name), maxPairs: MAX_PAIRS, seed: 0 };
}

/**
 * The article with what-if faults, every kind at least once: cni0 set down (its address stays,
 * and a node's packet to its own pods comes back to it as a martian), a deleted VPC route,
 * missing masquerade rules, flanneld down.
 */
export const FAULT_SETS: readonly (readonly Fault[])[] = [
  [
    { kind: 'cni0-down', node: 'node-a' },
    { kind: 'vpc-route-deleted', node: 'node-b' },
    { kind: 'masquerade-rules-missing', node: 'node-b' },
  ],
  [
    { kind: 'flanneld-down', node: 'node-b' },
    { kind: 'masquerade-rules-missing', node: 'node-a' },
  ],
  [
    { kind: 'cni0-down', node: 'node-b' },
    { kind: 'vpc-route-deleted', node: 'node-a' },
    { kind: 'flanneld-down', node: 'master-1' },
  ],
];

export function faultCases(): ScenarioCase[] {
  const article = presetScenario('article');
  return [
    ...FAULT_SETS.map((faults) => ({
      name: `article with ${faults.map((f) => `${f.kind}:${f.node}`).join(', ')}`,
      scenario: { ...article, faults },
      maxPairs: MAX_PAIRS,
      seed: 0,
    })),
    // flanneld without --ip-masq: the bridge plugin writes its own CNI-… masquerade chains.
    {
      name: 'article with ipMasq false',
      scenario: { ...article, cluster: { ...article.cluster, ipMasq: false } },
      maxPairs: MAX_PAIRS,
      seed: 0,
    },
  ];
}

/**
 * `count` random valid scenarios (engine/test-support/random-scenario.ts) drawn with `seed`, each
 * with random Services on its pods (random-services.ts) unless `services` is false (the vxlan and
 * host-gw runs, whose Service paths are not checked yet).
 */
export function randomCases(count: number, seed: number, services = true): ScenarioCase[] {
  return fc.sample(randomScenario, { seed, numRuns: count }).map((raw, i) => {
    const parsed = parseScenario(services ? withRandomServices(raw, seed + i) : raw);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw new Error(
        `random scenario ${i + 1} (seed ${seed}) is invalid: ${first?.path}: ${first?.message}`,
      );
    }
    return {
      name: `random ${i + 1}/${count} (seed ${seed})`,
      scenario: parsed.scenario,
      maxPairs: RANDOM_MAX_PAIRS,
      seed: seed + i,
    };
  });
}

/** The case on another Flannel backend (DESIGN.md §3.5 `cluster.cni`). */
export function onBackend(c: ScenarioCase, backend: 'alloc' | 'vxlan' | 'host-gw'): ScenarioCase {
  const cluster = { ...c.scenario.cluster, cni: { plugin: 'flannel', backend } as const };
  return { ...c, name: `${c.name} on ${backend}`, scenario: { ...c.scenario, cluster } };
}

/** A scenario file. */
export function fileCase(path: string): ScenarioCase {
  const parsed = parseScenario(readFileSync(path, 'utf8'));
  if (!parsed.ok)
    throw new Error(`${path}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { name: path, scenario: parsed.scenario, maxPairs: MAX_PAIRS, seed: 0 };
}
