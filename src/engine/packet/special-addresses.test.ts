import { describe, expect, it } from 'vitest';
import { article } from '../artifacts/test-worlds.ts';
import { english } from '../messages/message.ts';
import { addressKind, groupMac, isGroupMac } from './special-addresses.ts';
import { last, steps, traced } from './test-support.ts';

const world = article().final;

describe('destinations Linux does not route like unicast', () => {
  it('0.0.0.0 from a pod: the sender itself, 127.0.0.1 over lo, never eth0', () => {
    const t = traced(world, 'pod:web-1', '0.0.0.0');
    expect(t.outcome).toBe('delivered');
    expect(steps(t.hops)).toEqual(['pod:web-1 loopback', 'pod:web-1 deliver']);
    expect(t.hops[0]?.packet).toMatchObject({ src: '127.0.0.1', dst: '127.0.0.1' });
    expect(t.hops[0]?.explanation).toContain('ip_route_output_key_hash_rcu');
    expect(t.reply?.outcome).toBe('delivered');
  });

  it('0.0.0.0 from a node: local to the node', () => {
    const t = traced(world, 'node:node-a', '0.0.0.0');
    expect(steps(t.hops)).toEqual(['node:node-a loopback', 'node:node-a deliver']);
    expect(t.hops[0]?.explanation).toContain('0.0.0.0 names no host on the wire');
  });

  it('224.0.0.1 from a pod: a frame to 01:00:5e:00:00:01 with no gateway, flooded by cni0, taken by the node and not forwarded', () => {
    const t = traced(world, 'pod:web-1', '224.0.0.1');
    expect(steps(t.hops)).toEqual(['pod:web-1 route', 'node:node-a bridge', 'node:node-a deliver']);
    expect(t.hops[0]?.packet.dstMac).toBe('01:00:5e:00:00:01');
    expect(t.hops[0]?.explanation).toContain('no gateway');
    expect(t.hops[1]?.explanation).toContain('floods');
    expect(last(t.hops).explanation).toContain('forwards it nowhere');
    expect(t.reason).toContain('routes it nowhere');
    expect(t.reply).toBeUndefined();
    expect(t.hops.some((h) => h.at === 'vpc-router' || h.at === 'nat-gateway')).toBe(false);
  });

  it('another multicast group: dropped on the node, which does not route multicast through the unicast table', () => {
    const t = traced(world, 'pod:web-1', '239.1.2.3');
    expect(t.outcome).toBe('dropped');
    expect(last(t.hops)).toMatchObject({ at: 'node:node-a', action: 'drop' });
    expect(last(t.hops).explanation).toContain('ip_route_input_rcu');
    expect(t.reason).toContain('does not route multicast');
    expect(t.reason).not.toContain('private address');
  });

  it('255.255.255.255 from a pod: an L2 broadcast on cni0, delivered to the node (brd_input), never routed', () => {
    const t = traced(world, 'pod:web-1', '255.255.255.255');
    expect(steps(t.hops)).toEqual(['pod:web-1 route', 'node:node-a bridge', 'node:node-a deliver']);
    expect(t.hops[0]?.packet.dstMac).toBe('ff:ff:ff:ff:ff:ff');
    expect(last(t.hops).explanation).toContain('brd_input');
    expect(t.reply).toBeUndefined();
  });

  it("the pod subnet's broadcast from a pod: its local table's broadcast route, then cni0 as an L2 broadcast", () => {
    const t = traced(world, 'pod:web-1', '172.16.0.255');
    expect(t.hops[0]?.matched).toBe(
      'broadcast 172.16.0.255 dev eth0 proto kernel scope link src 172.16.0.130',
    );
    expect(t.hops[0]?.packet.dstMac).toBe('ff:ff:ff:ff:ff:ff');
    expect(last(t.hops).matched).toBe(
      'broadcast 172.16.0.255 dev cni0 proto kernel scope link src 172.16.0.129',
    );
    expect(t.outcome).toBe('delivered');
  });

  it("the pod subnet's broadcast from its node: out of cni0, flooded to the pods", () => {
    const t = traced(world, 'node:node-a', '172.16.0.255');
    expect(steps(t.hops)).toEqual(['node:node-a route', 'node:node-a bridge', 'node:node-a deliver']);
    expect(t.hops[0]?.deviceOut).toBe('cni0');
    expect(t.hops[1]?.explanation).toContain('the 2 pods on node-a each get a copy');
  });

  it("another node's pod-subnet broadcast: routed as unicast up to that node, which takes it and forwards it nowhere", () => {
    const t = traced(world, 'pod:web-1', '172.16.1.127');
    expect(last(t.hops)).toMatchObject({ at: 'node:node-b', action: 'deliver', deviceIn: 'eth0' });
    expect(last(t.hops).explanation).toContain('bc_forwarding');
  });

  it('multicast and broadcast from a node out of eth0: the VPC carries neither', () => {
    for (const to of ['224.0.0.1', '255.255.255.255']) {
      const t = traced(world, 'node:node-a', to);
      expect(t.outcome).toBe('dropped');
      expect(steps(t.hops)).toEqual(['node:node-a route', 'node:node-a drop']);
      expect(t.reason).toContain('the VPC delivers no');
    }
  });

  it("a loopback address reaches only the sender's own lo, and says so", () => {
    const t = traced(world, 'pod:web-1', '127.0.0.1');
    expect(steps(t.hops)).toEqual(['pod:web-1 loopback', 'pod:web-1 deliver']);
    expect(t.hops[0]?.explanation).toContain("the node's and other pods' loopback cannot be reached");
  });

  it('0.0.0.0/8 arriving on a node is a martian destination', () => {
    const t = traced(world, 'pod:web-1', '0.1.2.3');
    expect(last(t.hops)).toMatchObject({ at: 'node:node-a', action: 'drop' });
    expect(t.reason).toContain('martian destination 0.1.2.3');
  });

  it('from the Internet, a drop names what the address is, not "a private address"', () => {
    expect(traced(world, 'external:internet', '224.0.0.1').reason).toContain('a multicast group');
    expect(traced(world, 'external:internet', '255.255.255.255').reason).toContain('the limited broadcast');
    expect(traced(world, 'external:internet', '10.1.2.3').reason).toContain('a private address');
  });

  it('names addresses and MACs as the RFCs do', () => {
    expect(groupMac(0xefffffff)).toBe('01:00:5e:7f:ff:ff');
    expect(groupMac(0xffffffff)).toBe('ff:ff:ff:ff:ff:ff');
    expect(isGroupMac('01:00:5e:00:00:01')).toBe(true);
    expect(isGroupMac('02:ce:a9:4b:b6:79')).toBe(false);
    expect(english(addressKind(0))).toContain('0.0.0.0/8');
    expect(english(addressKind(0x7f000001))).toContain('loopback');
    expect(english(addressKind(0xf0000001))).toContain('reserved');
  });
});
