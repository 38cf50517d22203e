import { beforeAll, describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { parseScenario } from '../engine/scenario/parse.ts';
import { focusBox } from './focus.ts';
import { layoutTopology } from './layout.ts';
import { overlaps } from './metrics.ts';
import { DETAIL_MAX_NODES, DETAIL_MAX_PODS, loadSummary, summarised } from './summary.ts';

/** `nodes` nodes (the first a master), each worker with `pods` pods, on one /16 vSwitch. */
function cluster(nodes: number, pods: number) {
  const specs = [
    { name: 'master-1', role: 'master' },
    ...Array.from({ length: nodes - 1 }, (_, i) => ({ name: `node-${i}` })),
  ];
  const parsed = parseScenario({
    title: `${nodes} nodes`,
    vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }], routeQuota: 2_000 },
    cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
    nodes: specs,
    pods: specs
      .slice(1)
      .flatMap((n) => Array.from({ length: pods }, (_, j) => ({ name: `${n.name}-pod-${j}`, node: n.name }))),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors[0]));
  return parsed.scenario;
}

describe('the summary of a scenario too large to draw in detail', () => {
  beforeAll(loadSummary);

  it('is taken past DETAIL_MAX_NODES nodes or DETAIL_MAX_PODS pods, not at them', () => {
    expect(summarised(cluster(DETAIL_MAX_NODES, 0))).toBe(false);
    expect(summarised(cluster(DETAIL_MAX_NODES + 1, 0))).toBe(true);
    expect(summarised(cluster(301, DETAIL_MAX_PODS / 300))).toBe(false);
    expect(summarised(cluster(301, DETAIL_MAX_PODS / 300 + 1))).toBe(true);
  });

  it('draws each node as one tile with its pod CIDR and running pods, hung from its vSwitch; no devices, no pods', () => {
    const scenario = cluster(DETAIL_MAX_NODES + 1, 2);
    const construction = construct(scenario);
    const layout = layoutTopology(stateAt(construction, construction.steps.length), {
      width: 1280,
      height: 720,
    });
    expect(layout.summary).toBe(true);
    const tiles = layout.elements.filter((e) => e.kind === 'node');
    expect(tiles).toHaveLength(scenario.nodes.length);
    expect(
      layout.elements.filter((e) => ['pod', 'veth', 'container', 'eth0', 'cni0'].includes(e.kind)),
    ).toEqual([]);
    const tile = layout.byId.get('node:node-0');
    expect(tile?.lines.map((l) => l.text)).toEqual([
      'node-0',
      expect.stringMatching(/^172\.\d+\.\d+\.0\/24$/),
      '2 running',
    ]);
    expect(tile?.name).toMatch(
      /^ECS node node-0, 10\.0\.\d+\.\d+, pod CIDR 172\.\d+\.\d+\.0\/24, 2 running$/,
    );
    // Tiles in rows: none overlaps another.
    const sorted = [...tiles].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      if (a && b) expect(overlaps(a.box, b.box)).toBe(false);
    }
    expect(layout.links.filter((l) => l.from.startsWith('node:') && l.to === 'vswitch:vsw-a')).toHaveLength(
      scenario.nodes.length,
    );
    // Show element on a pod or a node's part brings its node's tile into view.
    expect(focusBox(layout, 'pod:node-7-pod-1/app')).toEqual(layout.byId.get('node:node-7')?.box);
    expect(focusBox(layout, 'node:node-7/eth0')).toEqual(layout.byId.get('node:node-7')?.box);
    // Before the pods are scheduled, a tile says none runs.
    const early = layoutTopology(stateAt(construction, Math.floor(construction.steps.length / 4)));
    expect(early.elements.some((e) => e.kind === 'node' && e.name.endsWith('no pods'))).toBe(true);
  });

  it('is not taken by a scenario the view draws in detail', () => {
    const scenario = cluster(4, 2);
    const construction = construct(scenario);
    const layout = layoutTopology(stateAt(construction, construction.steps.length));
    expect(layout.summary).toBeUndefined();
    expect(layout.elements.some((e) => e.kind === 'pod')).toBe(true);
  });
});
