import '../../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, type PacketWalk, selectPacketWalk } from '../../store/index.ts';
import { serviceTag } from './service-tag.ts';

function walkFor(from: string, to: string): PacketWalk {
  const store = createExplorerStore({ devtools: false });
  store.getState().loadPreset('services');
  store.getState().sendPacket(from, to);
  const walk = selectPacketWalk(store.getState()) as PacketWalk;
  if (walk.trace.outcome === 'error') throw new Error(walk.trace.reason);
  return walk;
}

describe('service tag', () => {
  it('names the Service address and the DNAT at the caller’s cni0, from the DNAT hop on', () => {
    const walk = walkFor('pod:web-1', 'service:api');
    if (walk.trace.outcome === 'error') throw new Error('no trace');
    const dnat = walk.hops.find((h) => h.hop.action === 'dnat');
    if (!dnat) throw new Error('no DNAT hop');
    expect(serviceTag(walk.hops, dnat.number - 1, walk.trace.to)).toBeUndefined();
    const tag = serviceTag(walk.hops, dnat.number, walk.trace.to);
    expect(tag).toEqual({
      place: { at: 'node:node-a', device: 'cni0' },
      label: `service api ${dnat.hop.before.dst}:80 → DNAT ${dnat.hop.after.dst}:8080`,
      refused: false,
    });
    // Kept through the answer's walk back.
    expect(serviceTag(walk.hops, walk.hops.length, walk.trace.to)).toEqual(tag);
  });

  it('names the REJECT of a Service without endpoints', () => {
    const walk = walkFor('pod:web-1', 'service:legacy');
    if (walk.trace.outcome === 'error') throw new Error('no trace');
    const tag = serviceTag(walk.hops, walk.hops.length, walk.trace.to);
    expect(tag?.refused).toBe(true);
    expect(tag?.label).toMatch(/^service legacy 172\.19\.\d+\.\d+:80 → REJECT: no endpoints$/);
  });

  it('draws nothing for a walk to a pod', () => {
    const walk = walkFor('pod:web-1', 'pod:api-1');
    if (walk.trace.outcome === 'error') throw new Error('no trace');
    expect(serviceTag(walk.hops, walk.hops.length, walk.trace.to)).toBeUndefined();
  });
});
