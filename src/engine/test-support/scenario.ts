import { presetScenario } from '../scenario/presets.ts';
import type { NodeSpec, PodSpec, Scenario } from '../scenario/types.ts';

/** The article's cluster, resolved. */
export const ARTICLE: Scenario = presetScenario('article');

/** `count` workers on vsw-a (192.168.0.0/24 gives room for 250). */
export function workers(count: number, first = 1): NodeSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `node-${first + i}`,
    role: 'worker' as const,
    ip: `192.168.0.${first + i}`,
    vswitch: 'vsw-a',
  }));
}

/** `count` pods on one node. */
export function podsOn(node: string, count: number, prefix = 'pod'): PodSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${node}-${i}`,
    node,
    containers: ['app'],
  }));
}

/** The article scenario with some fields replaced. */
export function withChanges(changes: {
  cluster?: Partial<Scenario['cluster']>;
  vpc?: Partial<Scenario['vpc']>;
  nodes?: readonly NodeSpec[];
  pods?: readonly PodSpec[];
  faults?: Scenario['faults'];
}): Scenario {
  return {
    ...ARTICLE,
    cluster: { ...ARTICLE.cluster, ...changes.cluster },
    vpc: { ...ARTICLE.vpc, ...changes.vpc },
    nodes: changes.nodes ?? ARTICLE.nodes,
    pods: changes.pods ?? ARTICLE.pods,
    faults: changes.faults ?? ARTICLE.faults,
  };
}
