/**
 * The pairs of endpoints the check traces: pod → pod on one node and across nodes, pod →
 * external, node → pod, and container → container inside a pod; and a fair, seeded sample of
 * them for scenarios too big to try every pair.
 */
import fc from 'fast-check';
import { externalPlace, nodePlace, podPlace, type WorldState } from '../engine/index.ts';

export const PAIR_KINDS = [
  'pod → pod, same node',
  'pod → pod, across nodes',
  'pod → external',
  'node → pod',
  'container → container',
] as const;

export type PairKind = (typeof PAIR_KINDS)[number];

/** Two endpoints, as `trace` takes them. */
export interface Pair {
  readonly kind: PairKind;
  readonly from: string;
  readonly to: string;
}

/** Every pair of the world the engine can trace end to end (pods need an address; a pod's own lo needs only its netns). */
export function allPairs(world: WorldState): Pair[] {
  const pods = [...world.pods.values()];
  const addressed = pods.filter((p) => p.ip !== undefined);
  const pairs: Pair[] = [];
  for (const a of addressed) {
    for (const b of addressed) {
      if (a === b) continue;
      const kind = a.node === b.node ? 'pod → pod, same node' : 'pod → pod, across nodes';
      pairs.push({ kind, from: podPlace(a.name), to: podPlace(b.name) });
    }
  }
  for (const pod of addressed) {
    for (const external of world.scenario.externals)
      pairs.push({ kind: 'pod → external', from: podPlace(pod.name), to: externalPlace(external.name) });
  }
  for (const node of world.nodes.values()) {
    for (const pod of addressed)
      pairs.push({ kind: 'node → pod', from: nodePlace(node.name), to: podPlace(pod.name) });
  }
  for (const pod of pods) {
    if (!pod.netns) continue;
    const first = pod.containers[0];
    const last = pod.containers[pod.containers.length - 1];
    if (first === undefined || last === undefined) continue;
    pairs.push({
      kind: 'container → container',
      from: podPlace(pod.name, first),
      to: podPlace(pod.name, last),
    });
  }
  return pairs;
}

/**
 * At most `max` pairs: each kind shuffled with the seed, then taken in turn, so that every kind
 * present is tried before any kind is tried twice. The same seed always gives the same sample.
 */
export function samplePairs(pairs: readonly Pair[], max: number, seed: number): Pair[] {
  if (pairs.length <= max) return [...pairs];
  const groups = PAIR_KINDS.map((kind) => {
    const group = pairs.filter((p) => p.kind === kind);
    if (group.length < 2) return group;
    const shuffle = fc.shuffledSubarray(group, { minLength: group.length, maxLength: group.length });
    return fc.sample(shuffle, { seed, numRuns: 1 })[0] ?? group;
  });
  const sample: Pair[] = [];
  for (let round = 0; sample.length < max; round++) {
    for (const group of groups) {
      const pair = group[round];
      if (pair && sample.length < max) sample.push(pair);
    }
  }
  return sample;
}
