import { describe, expect, it } from 'vitest';
import { construct, type Scenario, stateAt } from '../engine/index.ts';
import { DOT_CLEARANCE, packetAnchor } from './anchor.ts';
import { eth0Id, linkId, vtepId } from './ids.ts';
import { layoutTopology } from './layout.ts';
import { overlaps, textWidth } from './metrics.ts';
import { ARTICLE } from './test-fixtures.ts';

const on = (backend: 'vxlan' | 'host-gw'): Scenario => ({
  ...ARTICLE,
  cluster: { ...ARTICLE.cluster, cni: { plugin: 'flannel', backend } },
});

describe('flannel.1 on the diagram', () => {
  const c = construct(on('vxlan'));
  const world = stateAt(c, c.steps.length);

  it('draws each vxlan node’s VTEP with its address, VNI and MTU, linked to eth0', () => {
    for (const node of ['node-a', 'node-b']) {
      const layout = layoutTopology(world);
      const vtep = layout.byId.get(vtepId(node));
      expect(vtep?.kind).toBe('vtep');
      const address = formatVtep(world, node);
      expect(vtep?.name).toContain(`flannel.1 on ${node}, VTEP ${address}/32, VNI 1`);
      expect(vtep?.lines.map((l) => l.text)).toEqual(['flannel.1', `${address}/32`, 'MTU 1450']);
      expect(layout.links.map((l) => l.id)).toContain(linkId(vtepId(node), eth0Id(node)));
    }
  });

  it('puts the packet beside flannel.1’s text, inside its box, and keeps it clear of cni0', () => {
    for (const compact of [false, true]) {
      const layout = layoutTopology(world, { compact });
      const vtep = layout.byId.get(vtepId('node-a'));
      const point = packetAnchor(layout, 'node:node-a', 'flannel.1');
      expect(vtep && point).toBeTruthy();
      if (!vtep || !point) return;
      expect(point.x).toBeGreaterThan(vtep.box.x);
      expect(point.x).toBeLessThan(vtep.box.x + vtep.box.width);
      const cni0 = layout.byId.get('node:node-a/cni0');
      if (cni0) expect(overlaps(vtep.box, cni0.box)).toBe(false);
      if (!compact)
        for (const line of vtep.lines)
          expect(line.x + textWidth(line.text, line.style)).toBeLessThanOrEqual(point.x - DOT_CLEARANCE);
    }
  });

  it('draws nothing new on host-gw', () => {
    const h = construct(on('host-gw'));
    const layout = layoutTopology(stateAt(h, h.steps.length));
    expect(layout.elements.some((e) => e.kind === 'vtep')).toBe(false);
  });
});

function formatVtep(world: ReturnType<typeof stateAt>, node: string): string {
  const address = world.nodes.get(node)?.flannelLease?.vtep?.address ?? 0;
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
}
