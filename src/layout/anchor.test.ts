import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { DOT_CLEARANCE, packetAnchor } from './anchor.ts';
import { layoutTopology } from './layout.ts';
import { FONT_SIZE, overlaps, textWidth } from './metrics.ts';
import { ARTICLE } from './test-fixtures.ts';
import type { Box, Point } from './types.ts';

const c = construct(ARTICLE);
const layout = layoutTopology(c.final);
const box = (id: string) => layout.byId.get(id)?.box as Box;
const within = (p: Point | undefined, b: Box) =>
  p !== undefined && p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

describe('packetAnchor', () => {
  it('places hops on the devices they name, or just outside them on their link', () => {
    // Beside: on the element's link, within DOT_CLEARANCE of its edge.
    const near = (p: Point | undefined, b: Box) =>
      within(p, {
        x: b.x - DOT_CLEARANCE,
        y: b.y - DOT_CLEARANCE,
        width: b.width + 2 * DOT_CLEARANCE,
        height: b.height + 2 * DOT_CLEARANCE,
      }) && !within(p, b);
    expect(near(packetAnchor(layout, 'node:node-a', 'eth0'), box('node:node-a/eth0'))).toBe(true);
    expect(near(packetAnchor(layout, 'node:node-a'), box('node:node-a/eth0'))).toBe(true);
    expect(within(packetAnchor(layout, 'node:node-a', 'cni0'), box('node:node-a/cni0'))).toBe(true);
    const veth = layout.byId.get('pod:web-1/veth');
    const vethName = veth?.lines[0]?.text ?? '';
    expect(within(packetAnchor(layout, 'node:node-a', vethName), box('pod:web-1/veth'))).toBe(true);
    expect(within(packetAnchor(layout, 'pod:web-1', 'eth0'), box('pod:web-1'))).toBe(true);
    expect(within(packetAnchor(layout, 'pod:web-1', 'veth'), box('pod:web-1/veth'))).toBe(true);
    expect(within(packetAnchor(layout, 'pod:web-1/nginx'), box('pod:web-1/nginx'))).toBe(true);
    expect(near(packetAnchor(layout, 'vpc-router'), box('vpc-router'))).toBe(true);
    expect(near(packetAnchor(layout, 'nat-gateway'), box('nat-gateway'))).toBe(true);
    expect(near(packetAnchor(layout, 'external:internet'), box('external:internet'))).toBe(true);
  });

  it("keeps the dot off the text of what it visits: eth0's address, cni0's, the veth's name, the pod's, the route rows", () => {
    const texts: { text: string; box: Box }[] = [];
    for (const e of layout.elements) {
      for (const line of e.lines) {
        const width = textWidth(line.text, line.style);
        const size = FONT_SIZE[line.style];
        const x = line.anchorEnd ? line.x - width : line.x;
        texts.push({ text: line.text, box: { x, y: line.y - size * 0.95, width, height: size * 1.25 } });
      }
    }
    for (const row of layout.routes.rows) texts.push({ text: row.destination, box: row.box });
    const vethName = layout.byId.get('pod:web-1/veth')?.lines[0]?.text ?? '';
    const hops: [string, string?][] = [
      ['node:node-a', 'eth0'],
      ['node:node-b'],
      ['node:node-a', 'cni0'],
      ['node:node-a', vethName],
      ['pod:web-1', 'eth0'],
      ['pod:cache-1', 'eth0'],
      ['pod:api-1', 'veth'],
      ['vpc-router'],
      ['nat-gateway'],
      ['external:internet'],
    ];
    for (const [at, device] of hops) {
      const p = packetAnchor(layout, at, device);
      expect(p, at).toBeDefined();
      if (!p) continue;
      const c = DOT_CLEARANCE - 1.5;
      const dot = { x: p.x - c, y: p.y - c, width: 2 * c, height: 2 * c };
      const covered = texts.filter((t) => overlaps(dot, t.box)).map((t) => t.text);
      expect(covered, `${at} ${device ?? ''}`).toEqual([]);
    }
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
