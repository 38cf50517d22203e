import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, type PacketWalk, selectPacketWalk, selectWorld } from '../../store/index.ts';
import { hopHighlightIds, hopWaypoints, walkMarker } from './walk-marker.ts';

const vswitchOf = () => 'vsw-a';

function walkFor(from: string, to: string) {
  const store = createExplorerStore({ devtools: false });
  store.getState().sendPacket(from, to);
  const walk = selectPacketWalk(store.getState()) as PacketWalk;
  if (walk.trace.outcome === 'error') throw new Error(walk.trace.reason);
  return { walk, ends: { from: walk.trace.from, to: walk.trace.to }, world: selectWorld(store.getState()) };
}

describe('walk marker', () => {
  it('starts at the sending container and ends in the receiving one', () => {
    const { walk, ends } = walkFor('pod:web-1/nginx', 'pod:web-1/log-agent');
    expect(hopWaypoints(walk.hops, 0, ends, vswitchOf)[0]).toEqual({ at: 'pod:web-1/nginx' });
    const deliver = walk.hops.findIndex((h) => h.hop.action === 'deliver');
    expect(hopWaypoints(walk.hops, deliver, ends, vswitchOf).at(-1)).toEqual({ at: 'pod:web-1/log-agent' });
  });

  it('crosses the vSwitch between a node and the vRouter, both ways', () => {
    const { walk, ends } = walkFor('pod:web-1', 'pod:api-1');
    const router = walk.hops.findIndex((h) => h.hop.at === 'vpc-router');
    expect(hopWaypoints(walk.hops, router, ends, vswitchOf)).toEqual([
      { at: 'node:node-a', device: 'eth0' },
      { at: 'vswitch:vsw-a', device: 'node:node-a' },
      { at: 'vswitch:vsw-a', device: 'vpc-router' },
      { at: 'vpc-router', device: 'vsw-a' },
      { at: 'vpc-router', device: 'i-fcqx7az58lmtepu88qq1' },
    ]);
    expect(hopWaypoints(walk.hops, router + 1, ends, vswitchOf).slice(0, 4)).toEqual([
      { at: 'vpc-router', device: 'i-fcqx7az58lmtepu88qq1' },
      { at: 'vswitch:vsw-a', device: 'vpc-router' },
      { at: 'vswitch:vsw-a', device: 'node:node-b' },
      { at: 'node:node-b', device: 'eth0' },
    ]);
  });

  it('moves between waypoints with the progress and labels the packet before, then after, the hop', () => {
    const { walk, ends } = walkFor('pod:web-1', 'external:internet');
    const snat = walk.hops.find((h) => h.hop.action === 'snat') as (typeof walk.hops)[number];
    const moving = walkMarker(walk.hops, snat.number, 0.5, ends, vswitchOf);
    expect(moving?.label).toBe('172.16.0.130 → 203.0.113.10');
    const arrived = walkMarker(walk.hops, snat.number, 1, ends, vswitchOf);
    expect(arrived).toMatchObject({ label: '192.168.0.10 → 203.0.113.10', dropped: false });
    expect(arrived?.to).toBeUndefined();
    const router = walk.hops.find((h) => h.hop.at === 'vpc-router') as (typeof walk.hops)[number];
    const half = walkMarker(walk.hops, router.number, 0.5, ends, vswitchOf);
    expect(half?.to).toBeDefined();
    expect(half?.t).toBeGreaterThanOrEqual(0);
    expect(half?.t).toBeLessThanOrEqual(1);
  });

  it('marks a drop once the packet has arrived at it', () => {
    const { walk, ends } = walkFor('pod:web-1', '172.16.9.9');
    const last = walk.hops.at(-1);
    expect(last?.hop.action).toBe('drop');
    expect(walkMarker(walk.hops, walk.hops.length, 1, ends, vswitchOf)).toMatchObject({ dropped: true });
    expect(walkMarker(walk.hops, walk.hops.length, 0.2, ends, vswitchOf)?.dropped).toBeFalsy();
    expect(walkMarker(walk.hops, 99, 1, ends, vswitchOf)).toBeUndefined();
  });

  it("rings the hop's element: the veth of a pod, cni0, the vRouter with its matched route", () => {
    const { walk, world } = walkFor('pod:web-1', 'pod:api-1');
    const ids = walk.hops.map((h) => hopHighlightIds(h.hop, world));
    expect(ids).toContainEqual(['vpc-router', 'route:172.16.1.0/25']);
    expect(ids).toContainEqual(['node:node-a/cni0']);
    expect(ids).toContainEqual(['pod:api-1/veth']);
    expect(ids[0]).toEqual(['pod:web-1']);
  });
});
