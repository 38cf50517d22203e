import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { packetAnchor } from './anchor.ts';
import { layoutTopology } from './layout.ts';
import { ARTICLE } from './test-fixtures.ts';
import type { Box, Point } from './types.ts';

const c = construct(ARTICLE);
const layout = layoutTopology(c.final);
const box = (id: string) => layout.byId.get(id)?.box as Box;
const within = (p: Point | undefined, b: Box) =>
  p !== undefined && p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

describe('packetAnchor', () => {
  it('places hops on the devices they name', () => {
    expect(within(packetAnchor(layout, 'node:node-a', 'eth0'), box('node:node-a/eth0'))).toBe(true);
    expect(within(packetAnchor(layout, 'node:node-a'), box('node:node-a/eth0'))).toBe(true);
    expect(within(packetAnchor(layout, 'node:node-a', 'cni0'), box('node:node-a/cni0'))).toBe(true);
    const veth = layout.byId.get('pod:web-1/veth');
    const vethName = veth?.lines[0]?.text ?? '';
    expect(within(packetAnchor(layout, 'node:node-a', vethName), box('pod:web-1/veth'))).toBe(true);
    expect(within(packetAnchor(layout, 'pod:web-1', 'eth0'), box('pod:web-1'))).toBe(true);
    expect(within(packetAnchor(layout, 'pod:web-1', 'veth'), box('pod:web-1/veth'))).toBe(true);
    expect(within(packetAnchor(layout, 'pod:web-1/nginx'), box('pod:web-1/nginx'))).toBe(true);
    expect(within(packetAnchor(layout, 'vpc-router'), box('vpc-router'))).toBe(true);
    expect(within(packetAnchor(layout, 'nat-gateway'), box('nat-gateway'))).toBe(true);
    expect(within(packetAnchor(layout, 'external:internet'), box('external:internet'))).toBe(true);
  });

  it('puts a vSwitch crossing on the bus, under the node or the vRouter it names', () => {
    const bus = box('vswitch:vsw-a');
    const underNode = packetAnchor(layout, 'vswitch:vsw-a', 'node:node-a');
    expect(within(underNode, bus)).toBe(true);
    expect(underNode?.x).toBe(packetAnchor(layout, 'node:node-a')?.x);
    expect(packetAnchor(layout, 'vswitch:vsw-a', 'vpc-router')?.x).toBe(
      packetAnchor(layout, 'vpc-router')?.x,
    );
  });

  it('gives nothing for places not built yet or unknown', () => {
    const early = layoutTopology(stateAt(c, 5));
    expect(packetAnchor(early, 'node:node-a', 'cni0')).toBeUndefined();
    expect(packetAnchor(early, 'pod:web-1')).toBeUndefined();
    expect(packetAnchor(layout, 'node:nope')).toBeUndefined();
    expect(packetAnchor(layout, 'node:node-a', 'veth-unknown')).toBeUndefined();
  });
});
