/** Scenarios for the layout and topology tests (resolved form, no parsing needed). */

import type { Scenario } from '../engine/index.ts';
import { ARTICLE } from '../engine/test-support/scenario.ts';

export { ARTICLE };

/** `nodes` workers on one /24 vSwitch; node i runs `podsOf(i)` pods with 1–3 containers. */
export function gridScenario(
  nodes: number,
  podsOf: (i: number) => number,
  extra: Partial<Scenario> = {},
): Scenario {
  const specs = Array.from({ length: nodes }, (_, i) => ({
    name: `node-${i + 1}`,
    role: i === 0 ? ('master' as const) : ('worker' as const),
    ip: `192.168.0.${i + 10}`,
    vswitch: 'vsw-a',
  }));
  const pods = specs.flatMap((node, i) =>
    Array.from({ length: podsOf(i) }, (_, j) => ({
      name: `app-${i + 1}-${j + 1}`,
      node: node.name,
      containers: Array.from({ length: 1 + ((i + j) % 3) }, (_, k) => `c${k}`),
    })),
  );
  return {
    ...ARTICLE,
    title: `${nodes} nodes`,
    cluster: { ...ARTICLE.cluster, nodeCidrMaskSize: 24 },
    nodes: specs,
    pods,
    ...extra,
  };
}
