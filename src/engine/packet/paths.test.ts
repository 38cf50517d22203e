import { describe, expect, it } from 'vitest';
import { article } from '../artifacts/test-worlds.ts';
import { construct } from '../construction/construct.ts';
import { ARTICLE } from '../test-support/scenario.ts';
import { last, places, steps, traced } from './test-support.ts';

const world = article().final;

describe('paths through the article cluster', () => {
  it('container → container in one pod stays on lo and never reaches eth0', () => {
    const t = traced(world, 'pod:web-1/nginx', 'pod:web-1/log-agent');
    expect(t.outcome).toBe('delivered');
    expect(steps(t.hops)).toEqual(['pod:web-1 loopback', 'pod:web-1 deliver']);
    expect(t.hops.map((h) => h.device)).toEqual(['lo', 'lo']);
    expect(t.hops[0]?.packet).toEqual({ src: '127.0.0.1', dst: '127.0.0.1', ttl: 64 });
    // The longest match in the local table: 127.0.0.1's own route, not the one for 127.0.0.0/8.
    expect(t.hops[0]?.matched).toBe('local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1');
    expect(t.hops[1]?.explanation).toContain('log-agent');
    expect(t.reply?.hops.every((h) => h.at === 'pod:web-1' && h.device === 'lo')).toBe(true);
  });

  it("a pod to its own address goes over lo too (the kernel's local table)", () => {
    const t = traced(world, 'pod:web-1', '172.16.0.130');
    expect(steps(t.hops)).toEqual(['pod:web-1 loopback', 'pod:web-1 deliver']);
    expect(t.hops[0]?.matched).toBe('local 172.16.0.130 dev eth0 proto kernel scope host src 172.16.0.130');
  });

  it('same node: L2 through cni0, no VPC router, not masqueraded, TTL unchanged', () => {
    const t = traced(world, 'pod:web-1', 'pod:cache-1');
    expect(t.outcome).toBe('delivered');
    expect(steps(t.hops)).toEqual([
      'pod:web-1 route',
      'node:node-a bridge',
      'node:node-a no-nat',
      'pod:cache-1 deliver',
    ]);
    // br_netfilter: the bridged packet meets nat POSTROUTING, whose first rule RETURNs.
    expect(t.hops[2]?.matched).toBe('-A POSTROUTING -s 172.16.0.0/16 -d 172.16.0.0/16 -j RETURN');
    expect(t.hops[2]?.evidence?.table).toBe('nat');
    expect(t.hops[2]?.deviceOut).toBe('cni0');
    expect(t.hops[2]?.explanation).toContain('bridge-nf-call-iptables=1');
    expect(t.hops[3]?.packet.src).toBe('172.16.0.130');
    // The answer reuses conntrack's verdict: no second nat hop.
    expect(t.reply?.hops.filter((h) => h.action === 'no-nat')).toHaveLength(0);
    expect(t.hops[0]?.matched).toBe('172.16.0.128/25 dev eth0 proto kernel scope link src 172.16.0.130');
    const bridged = t.hops[1];
    expect(bridged?.evidence?.table).toBe('fdb');
    expect(bridged?.deviceIn).toMatch(/^veth[0-9a-f]{8}$/);
    expect(bridged?.deviceOut).toMatch(/^veth[0-9a-f]{8}$/);
    expect(bridged?.matched).toBe(`${t.hops[0]?.packet.dstMac} dev ${bridged?.deviceOut} master cni0`);
    expect(t.hops.every((h) => h.packet.ttl === 64)).toBe(true);
    expect([...t.hops, ...(t.reply?.hops ?? [])].some((h) => h.at === 'vpc-router')).toBe(false);
  });

  it('across nodes: node-a, the VPC route to node-b, node-b; pod addresses end to end', () => {
    const t = traced(world, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('delivered');
    expect(steps(t.hops)).toEqual([
      'pod:web-1 route',
      'node:node-a bridge',
      'node:node-a route',
      'node:node-a no-nat',
      'vpc-router route',
      'node:node-b route',
      'node:node-b no-nat',
      'node:node-b bridge',
      'pod:api-1 deliver',
    ]);
    expect(t.hops.map((h) => h.packet.ttl)).toEqual([64, 64, 63, 63, 63, 62, 62, 62, 62]);
    expect(t.hops[2]?.matched).toBe('default via 192.168.0.253 dev eth0');
    expect(t.hops[3]?.matched).toBe('-A POSTROUTING -s 172.16.0.0/16 -d 172.16.0.0/16 -j RETURN');
    const nodeB = world.nodes.get('node-b');
    expect(t.hops[4]?.matched).toBe(`172.16.1.0/25 → ${nodeB?.instanceId}`);
    expect(t.hops[4]?.evidence).toEqual({
      table: 'vpc-route-table',
      owner: 'vpc',
      line: t.hops[4]?.matched,
      row: '172.16.1.0/25',
    });
    expect(t.hops[5]?.matched).toBe('172.16.1.0/25 dev cni0 proto kernel scope link src 172.16.1.1');
    expect(t.hops.every((h) => h.packet.src === '172.16.0.130' && h.packet.dst === '172.16.1.2')).toBe(true);
  });

  it('the answer of a cross-node flow comes back the same way without meeting the nat rules again', () => {
    const t = traced(world, 'pod:web-1', 'pod:api-1');
    expect(t.reply?.outcome).toBe('delivered');
    expect(places(t.reply?.hops ?? [])).toEqual([
      'pod:api-1',
      'node:node-b',
      'vpc-router',
      'node:node-a',
      'pod:web-1',
    ]);
    expect(t.reply?.hops.some((h) => h.action === 'no-nat' || h.action === 'snat')).toBe(false);
  });

  it('pod → Internet: MASQUERADE to the node address, SNAT to the EIP, answered and un-NATed twice', () => {
    const t = traced(world, 'pod:web-1', 'external:internet');
    expect(t.outcome).toBe('delivered');
    const leaveNode = t.hops.find((h) => h.at === 'node:node-a' && h.action === 'snat');
    expect(leaveNode?.matched).toBe(
      '-A POSTROUTING -s 172.16.0.0/16 ! -d 224.0.0.0/4 -j MASQUERADE --random-fully',
    );
    expect(leaveNode?.before.src).toBe('172.16.0.130');
    expect(leaveNode?.after.src).toBe('192.168.0.10');
    const vpc = t.hops.find((h) => h.at === 'vpc-router');
    expect(vpc?.matched).toBe('0.0.0.0/0 → nat-gateway');
    const gateway = t.hops.find((h) => h.at === 'nat-gateway');
    expect(gateway?.action).toBe('snat');
    expect(gateway?.matched).toBe('SNAT 192.168.0.0/24 (vsw-a) → 198.51.100.20');
    expect(gateway?.after.src).toBe('198.51.100.20');
    expect(last(t.hops)).toMatchObject({
      at: 'external:internet',
      action: 'deliver',
      packet: { src: '198.51.100.20', dst: '203.0.113.10' },
    });

    const reply = t.reply?.hops ?? [];
    expect(t.reply?.outcome).toBe('delivered');
    expect(steps(reply)).toEqual([
      'external:internet send',
      'nat-gateway un-nat',
      'vpc-router route',
      'node:node-a un-nat',
      'node:node-a route',
      'node:node-a bridge',
      'pod:web-1 deliver',
    ]);
    expect(reply[1]?.after.dst).toBe('192.168.0.10');
    expect(reply[1]?.evidence?.table).toBe('conntrack');
    expect(reply[2]?.matched).toBe('192.168.0.0/24 → vsw-a');
    expect(reply[3]?.matched).toBe('src=172.16.0.130 dst=203.0.113.10 src=203.0.113.10 dst=192.168.0.10');
    expect(reply[3]?.after.dst).toBe('172.16.0.130');
    expect(last(reply).packet).toMatchObject({ src: '203.0.113.10', dst: '172.16.0.130' });
  });

  it('node → a pod on another node: rule 4 MASQUERADE, the source is the node address anyway', () => {
    const t = traced(world, 'node:node-b', 'pod:web-1');
    expect(t.outcome).toBe('delivered');
    const snat = t.hops.find((h) => h.action === 'snat');
    expect(snat?.at).toBe('node:node-b');
    expect(snat?.matched).toBe(
      '-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.0.0/16 -j MASQUERADE --random-fully',
    );
    expect(snat?.before.src).toBe('192.168.0.20');
    expect(snat?.after.src).toBe('192.168.0.20');
    expect(snat?.explanation).toContain('nothing visible changes');
    const atNodeA = t.hops.find((h) => h.at === 'node:node-a' && h.action === 'no-nat');
    expect(atNodeA?.matched).toBe('-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.0.128/25 -j RETURN');
    expect(t.reply?.outcome).toBe('delivered');
  });

  it("node → its own pod: straight to cni0 from cni0's address, never near the VPC", () => {
    const t = traced(world, 'node:node-a', 'pod:web-1');
    expect(steps(t.hops)).toEqual([
      'node:node-a route',
      'node:node-a no-nat',
      'node:node-a bridge',
      'pod:web-1 deliver',
    ]);
    expect(t.hops[0]?.matched).toBe('172.16.0.128/25 dev cni0 proto kernel scope link src 172.16.0.129');
    expect(t.hops[0]?.packet.src).toBe('172.16.0.129');
    expect(t.hops[0]?.packet.ttl).toBe(64);
    expect(t.hops[0]?.explanation).toContain("route's src");
  });

  it('another ECS in the VPC → pod: through the VPC route, and answered', () => {
    const t = traced(world, '192.168.0.50', 'pod:api-1');
    expect(t.outcome).toBe('delivered');
    expect(places(t.hops)).toEqual(['host:192.168.0.50', 'vpc-router', 'node:node-b', 'pod:api-1']);
    expect(t.hops.find((h) => h.at === 'node:node-b' && h.action === 'no-nat')?.matched).toBe(
      '-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.1.0/25 -j RETURN',
    );
    expect(t.reply?.outcome).toBe('delivered');
    expect(last(t.reply?.hops ?? []).at).toBe('host:192.168.0.50');
  });

  it('pod → another ECS in the VPC: SNATed to the node address, and the caveat is said', () => {
    const t = traced(world, 'pod:web-1', '192.168.0.50');
    expect(t.outcome).toBe('delivered');
    const snat = t.hops.find((h) => h.action === 'snat');
    expect(snat?.after.src).toBe('192.168.0.10');
    expect(snat?.explanation).toContain('not verified');
    const vpc = t.hops.find((h) => h.at === 'vpc-router');
    expect(vpc?.action).toBe('bridge');
    expect(vpc?.before.ttl).toBe(vpc?.after.ttl);
    expect(last(t.hops).at).toBe('host:192.168.0.50');
    expect(t.reply?.hops.find((h) => h.action === 'un-nat')?.after.dst).toBe('172.16.0.130');
  });

  it('pod → a node of the VPC is delivered to that node', () => {
    const t = traced(world, 'pod:api-1', 'node:node-a');
    expect(last(t.hops)).toMatchObject({
      at: 'node:node-a',
      action: 'deliver',
      packet: { src: '192.168.0.20', dst: '192.168.0.10' },
    });
  });

  it('pod → its own node is delivered locally after the bridge hands it up', () => {
    const t = traced(world, 'pod:web-1', 'node:node-a');
    expect(steps(t.hops)).toEqual(['pod:web-1 route', 'node:node-a bridge', 'node:node-a deliver']);
    expect(t.hops[1]?.deviceOut).toBe('cni0');
  });

  it('pod → a cloud service on 100.64.0.0/10 follows the system entry', () => {
    const t = traced(world, 'pod:web-1', '100.100.2.136');
    expect(t.hops.find((h) => h.at === 'vpc-router')?.matched).toBe('100.64.0.0/10 → cloud-service');
    expect(last(t.hops).at).toBe('host:100.100.2.136');
    expect(t.reply?.outcome).toBe('delivered');
  });

  it('a node to itself stays on lo', () => {
    const t = traced(world, 'node:node-a', '192.168.0.10');
    expect(steps(t.hops)).toEqual(['node:node-a loopback', 'node:node-a deliver']);
  });

  it('reply: false leaves the answer out', () => {
    expect(traced(world, 'pod:web-1', 'pod:api-1', { reply: false }).reply).toBeUndefined();
  });

  it('carries MACs where a frame exists: pod → cni0, node → vSwitch, vRouter → node', () => {
    const t = traced(world, 'pod:web-1', 'pod:api-1');
    const nodeA = world.nodes.get('node-a');
    const nodeB = world.nodes.get('node-b');
    const web = world.pods.get('web-1');
    expect(t.hops[0]?.after).toMatchObject({ srcMac: web?.veth?.podMac, dstMac: nodeA?.cni0?.mac });
    expect(t.hops[2]?.after).toMatchObject({ srcMac: nodeA?.eth0Mac, dstMac: 'ee:ff:ff:ff:ff:ff' });
    expect(t.hops[4]?.after).toMatchObject({ srcMac: 'ee:ff:ff:ff:ff:ff', dstMac: nodeB?.eth0Mac });
  });
});

describe('MACs carried from hop to hop', () => {
  it("the vRouter's Before shows the MACs the frame arrived with: the previous hop's After", () => {
    for (const to of ['pod:api-1', 'external:internet']) {
      const t = traced(world, 'pod:web-1', to);
      const at = t.hops.findIndex((h) => h.at === 'vpc-router');
      const router = t.hops[at];
      const previous = t.hops[at - 1];
      expect(previous?.after.dstMac).toBe('ee:ff:ff:ff:ff:ff');
      expect(router?.before.srcMac).toBe(previous?.after.srcMac);
      expect(router?.before.dstMac).toBe(previous?.after.dstMac);
    }
  });
});

describe('same node with br_netfilter, from the rules the node holds', () => {
  it("ipMasq false: the bridge plugin's CNI- chain ACCEPTs the node's own pod subnet", () => {
    const noMasq = construct({ ...ARTICLE, cluster: { ...ARTICLE.cluster, ipMasq: false } }).final;
    const t = traced(noMasq, 'pod:web-1', 'pod:cache-1');
    const nat = t.hops.find((h) => h.action === 'no-nat');
    expect(nat?.matched).toMatch(/^-A CNI-[0-9a-f]{24} -d 172\.16\.0\.128\/25 .*-j ACCEPT$/);
    expect(t.hops.some((h) => h.action === 'snat')).toBe(false);
  });

  it("masquerade rules missing: the chain's policy ACCEPT decides", () => {
    const bare = construct({
      ...ARTICLE,
      faults: [{ kind: 'masquerade-rules-missing', node: 'node-a' }],
    }).final;
    const nat = traced(bare, 'pod:web-1', 'pod:cache-1').hops.find((h) => h.action === 'no-nat');
    expect(nat?.matched).toBe('-P POSTROUTING ACCEPT');
  });
});
