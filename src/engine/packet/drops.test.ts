import { describe, expect, it } from 'vitest';
import { article, articleWith, stepOf } from '../artifacts/test-worlds.ts';
import { construct, stateAt } from '../construction/construct.ts';
import { formatSnatEntry, snatEntries } from '../tables/snat.ts';
import { ARTICLE } from '../test-support/scenario.ts';
import { HOP_LIMIT } from './addresses.ts';
import { last, places, steps, traced } from './test-support.ts';

const noNatRoute = articleWith((s) => ({ ...s, vpc: { ...s.vpc, customRoutes: [] } }));

describe('drops, at the hop where they happen', () => {
  it('VPC route deleted, no default route: dropped at the VPC router, saying the entry was deleted', () => {
    const c = articleWith((s) => ({
      ...s,
      vpc: { ...s.vpc, customRoutes: [] },
      faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }],
    }));
    const t = traced(c.final, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('dropped');
    expect(last(t.hops)).toMatchObject({ at: 'vpc-router', action: 'drop' });
    expect(t.reason).toContain('no entry for 172.16.1.2');
    expect(t.reason).toContain("node-b's entry 172.16.1.0/25");
    expect(t.reason).toContain('deleted');
  });

  it('cni0 down: a node that sends to its own pod reaches it only by the VPC, and drops its own packet as a martian', () => {
    const t = traced(article([{ kind: 'cni0-down', node: 'node-a' }]).final, 'node:node-a', 'pod:web-1');
    expect(t.outcome).toBe('dropped');
    // Without its cni0 route node-a sends by its default route; the vRouter sends the packet back.
    expect(places(t.hops)).toEqual(['node:node-a', 'vpc-router', 'node:node-a']);
    expect(last(t.hops)).toMatchObject({
      action: 'drop',
      device: 'eth0',
      matched: 'local 192.168.0.10 dev eth0 proto kernel scope host src 192.168.0.10',
    });
    expect(t.reason).toBe(
      'martian source 192.168.0.10 on node-a: a packet from outside may not carry one of its own addresses',
    );
  });

  it('VPC route deleted, with 0.0.0.0/0 → NAT gateway: the packet goes there and dies, and the reason says why', () => {
    const t = traced(
      article([{ kind: 'vpc-route-deleted', node: 'node-b' }]).final,
      'pod:web-1',
      'pod:api-1',
    );
    expect(places(t.hops).slice(-2)).toEqual(['vpc-router', 'nat-gateway']);
    expect(t.hops.find((h) => h.at === 'vpc-router')?.matched).toBe('0.0.0.0/0 → nat-gateway');
    expect(last(t.hops).action).toBe('drop');
    expect(t.reason).toContain('a private address, which the Internet does not route');
    expect(t.reason).toContain('deleted from the VPC route table');
  });

  it('route quota exceeded: no entry for node-b, and the reason names QuotaExceeded', () => {
    const c = articleWith((s) => ({ ...s, vpc: { ...s.vpc, customRoutes: [], routeQuota: 2 } }));
    expect(c.final.nodes.get('node-b')?.vpcRoute).toBe('quota-exceeded');
    // api-1 stays Pending (node-b keeps the network-unavailable taint): aim at node-b's pod CIDR.
    expect(c.final.pods.get('api-1')?.phase).toBe('Pending');
    const t = traced(c.final, 'pod:web-1', '172.16.1.2');
    expect(last(t.hops).at).toBe('vpc-router');
    expect(t.reason).toContain('QuotaExceeded');
    expect(t.reason).toContain('quota of 2');
  });

  it('before the CCM has created the route: dropped at the VPC router (over an earlier step)', () => {
    const c = noNatRoute;
    const before = stateAt(c, stepOf(c, 'node-vpc-route', 'node-b') - 1);
    const t = traced(before, 'node:node-a', '172.16.1.5');
    expect(last(t.hops).at).toBe('vpc-router');
    expect(t.reason).toContain('the CCM has not created node-b');
    const after = stateAt(c, stepOf(c, 'node-vpc-route', 'node-b'));
    expect(traced(after, 'node:node-a', '172.16.1.5').hops.find((h) => h.at === 'vpc-router')?.action).toBe(
      'route',
    );
  });

  it('before any node has the pod CIDR of an address: says no node holds it', () => {
    const c = noNatRoute;
    const t = traced(stateAt(c, stepOf(c, 'pod-cidr-allocated', 'node-b') - 1), 'node:node-a', '172.16.1.5');
    expect(t.reason).toContain('no node holds a pod CIDR containing 172.16.1.5');
  });

  it('node without a pod CIDR (CIDRNotAvailable): its pod never runs, and the trace says the pod error', () => {
    const c = articleWith((s) => ({ ...s, cluster: { ...s.cluster, podCidr: '172.16.0.0/24' } }));
    expect(c.final.nodes.get('node-b')?.podCidr).toBeUndefined();
    const t = traced(c.final, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('dropped');
    expect(steps(t.hops)).toEqual(['pod:web-1 drop']);
    expect(t.reason).toContain('api-1 is not running');
    expect(t.reason).toContain(c.final.pods.get('api-1')?.error);
  });

  it('destination pod not running (flanneld down, CNI ADD failed): the pod error, before anything is sent', () => {
    const world = article([{ kind: 'flanneld-down', node: 'node-b' }]).final;
    const t = traced(world, 'pod:web-1', 'pod:api-1');
    expect(t.reason).toContain("failed to load flannel 'subnet.env' file");
    expect(t.hops).toHaveLength(1);
  });

  it('a pod whose CNI ADD failed has no sandbox left: nothing in it sends, and the trace says the error', () => {
    const world = article([{ kind: 'flanneld-down', node: 'node-b' }]).final;
    expect(world.pods.get('api-1')?.netns).toBe(false);
    for (const from of ['pod:api-1', 'pod:api-1/api']) {
      const t = traced(world, from, 'pod:web-1');
      expect(steps(t.hops)).toEqual(['pod:api-1 drop']);
      expect(t.reason).toContain('no running sandbox (ContainerCreating)');
      expect(t.reason).toContain("failed to load flannel 'subnet.env' file");
    }
  });

  it("while its CNI ADD is still running, a pod has only lo: 'Network is unreachable', yet lo works", () => {
    const c = article();
    const midway = stateAt(c, stepOf(c, 'pod-sandbox-created', 'web-1'));
    const t = traced(midway, 'pod:web-1', 'node:node-a');
    expect(steps(t.hops)).toEqual(['pod:web-1 drop']);
    expect(t.hops[0]?.explanation).toContain('Network is unreachable');
    expect(t.reason).toContain('web-1 has no network');
    expect(traced(midway, 'pod:web-1/nginx', 'pod:web-1/log-agent').outcome).toBe('delivered');
  });

  it('a pod left Pending on a full node (Too many pods) has no sandbox: nothing in it can send, not even over lo', () => {
    const c = articleWith((s) => ({
      ...s,
      pods: [
        ...s.pods,
        ...Array.from({ length: 110 }, (_, i) => ({
          name: `extra-${i}`,
          node: 'node-b',
          containers: ['app'],
        })),
      ],
    }));
    const rejected = [...c.final.pods.values()].find((p) => p.phase === 'Pending' && p.node === 'node-b');
    expect(rejected?.netns).toBe(false);
    const t = traced(c.final, `pod:${rejected?.name}/app`, `pod:${rejected?.name}/app`);
    expect(steps(t.hops)).toEqual([`pod:${rejected?.name} drop`]);
    expect(t.reason).toContain('no running sandbox (Pending)');
    expect(t.reason).toContain('1 Too many pods');
    const to = traced(c.final, 'pod:web-1', `pod:${rejected?.name}`);
    expect(to.reason).toContain('is not running (Pending)');
  });

  it('a node where no pod ever ran still forwards (kubeadm requires ip_forward=1): without cni0 the packet loops with the vRouter', () => {
    const world = article([{ kind: 'flanneld-down', node: 'node-b' }]).final;
    const t = traced(world, 'pod:web-1', '172.16.1.2');
    expect(t.hops.some((h) => h.at === 'node:node-b' && h.action === 'route')).toBe(true);
    expect(last(t.hops)).toMatchObject({ action: 'drop', before: { ttl: 1 } });
    expect(t.reason).toContain('TTL exceeded');
  });

  it('cni0 down, local traffic: the bridge drops the ARP request, nothing leaves the pod', () => {
    const t = traced(article([{ kind: 'cni0-down', node: 'node-a' }]).final, 'pod:web-1', 'pod:cache-1');
    expect(steps(t.hops)).toEqual(['pod:web-1 route', 'node:node-a drop']);
    expect(t.hops[0]?.after.dstMac).toBeUndefined();
    expect(t.reason).toContain('cni0 on node-a is down');
    expect(t.reason).toContain('ARP for 172.16.0.131');
  });

  it('cni0 down, traffic from another node: bounced between node and vRouter until the TTL runs out', () => {
    const world = article([{ kind: 'cni0-down', node: 'node-b' }]).final;
    const t = traced(world, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('dropped');
    expect(t.hops.length).toBeLessThanOrEqual(HOP_LIMIT);
    const nodeB = t.hops.filter((h) => h.at === 'node:node-b' && h.action === 'route');
    expect(nodeB[0]?.matched).toBe('default via 192.168.0.253 dev eth0');
    expect(nodeB[0]?.deviceIn).toBe('eth0');
    expect(nodeB[0]?.deviceOut).toBe('eth0');
    const loop = t.hops.find((h) => h.action === 'loop');
    expect(loop?.repeats).toBeGreaterThan(10);
    expect(last(t.hops)).toMatchObject({ action: 'drop', before: { ttl: 1 } });
    expect(t.reason).toContain('TTL exceeded');
    expect(t.reason).toContain('cni0 on node-b is down');
    // The TTL story stays continuous across the summary.
    for (let i = 1; i < t.hops.length; i++) expect(t.hops[i]?.before.ttl).toBe(t.hops[i - 1]?.after.ttl);
  });

  it('no route to the Internet: dropped at the VPC router', () => {
    const t = traced(noNatRoute.final, 'pod:web-1', 'external:internet');
    expect(last(t.hops).at).toBe('vpc-router');
    expect(t.reason).toContain('no entry for 203.0.113.10');
    expect(t.reason).toContain('0.0.0.0/0 → nat-gateway is missing');
  });

  it('masquerade rules missing: leaves node-a with the pod source; the NAT gateway has no SNAT entry for it', () => {
    const t = traced(
      article([{ kind: 'masquerade-rules-missing', node: 'node-a' }]).final,
      'pod:web-1',
      'external:internet',
    );
    const nat = t.hops.find((h) => h.at === 'node:node-a' && h.action === 'no-nat');
    expect(nat?.matched).toBe('-P POSTROUTING ACCEPT');
    expect(nat?.explanation).toContain('missing');
    expect(t.hops.find((h) => h.at === 'vpc-router')?.packet.src).toBe('172.16.0.130');
    expect(last(t.hops)).toMatchObject({ at: 'nat-gateway', action: 'drop' });
    expect(t.reason).toContain(
      'source 172.16.0.130 not covered by any SNAT entry: the answer could never come back',
    );
    expect(t.reason).toContain('node-a');
  });

  it('ipMasq false is no death: the bridge plugin’s CNI-… chain masquerades at the source node instead of flanneld', () => {
    const c = articleWith((s) => ({ ...s, cluster: { ...s.cluster, ipMasq: false } }));
    const t = traced(c.final, 'pod:web-1', 'external:internet');
    expect(t.outcome).toBe('delivered');
    const snat = t.hops.find((h) => h.action === 'snat');
    expect(snat?.at).toBe('node:node-a');
    expect(snat?.packet.src).toBe('192.168.0.10');
    expect(snat?.evidence?.line).toMatch(/^-A CNI-[0-9a-f]{24} ! -d 224\.0\.0\.0\/4 -m comment/);
  });

  it('TTL running out: a small starting TTL dies at the first Linux router that would bring it to 0 (the vRouter counts no hop)', () => {
    const t = traced(article().final, 'pod:web-1', 'pod:api-1', { ttl: 2 });
    expect(last(t.hops)).toMatchObject({ at: 'node:node-b', action: 'drop', before: { ttl: 1 } });
    expect(t.reason).toBe('TTL exceeded in transit at node-b');
    const one = traced(article().final, 'pod:web-1', 'pod:api-1', { ttl: 1 });
    expect(last(one.hops)).toMatchObject({ at: 'node:node-a', action: 'drop' });
    expect(one.reason).toBe('TTL exceeded in transit at node-a');
  });

  it('an address in a pod CIDR that no pod holds: ARP on cni0 is not answered', () => {
    const t = traced(article().final, 'pod:web-1', '172.16.1.99');
    expect(last(t.hops)).toMatchObject({ at: 'node:node-b', action: 'drop' });
    expect(t.reason).toContain('ARP on cni0 is not answered');
  });

  it('from the Internet to a pod: private addresses are not routed there', () => {
    const t = traced(article().final, 'external:internet', 'pod:web-1');
    expect(steps(t.hops)).toEqual(['external:internet drop']);
    expect(t.reason).toContain('private address');
  });

  it('from the Internet to the EIP without a flow: the NAT gateway has no DNAT entry', () => {
    const t = traced(article().final, 'external:internet', '198.51.100.20');
    expect(places(t.hops)).toEqual(['external:internet', 'nat-gateway']);
    expect(t.reason).toContain('no DNAT entry');
  });

  it('a Service address: not routable without kube-proxy, which the reason says', () => {
    const t = traced(article().final, 'pod:web-1', '172.19.0.10');
    expect(t.reason).toContain('Service address');
  });

  it('a reserved address of the vSwitch: dropped at the VPC router', () => {
    const t = traced(article().final, 'node:node-a', '192.168.0.253');
    expect(last(t.hops).at).toBe('vpc-router');
    expect(t.reason).toContain('reserved');
  });
});

describe('the SNAT table names vSwitches', () => {
  it('has one entry per vSwitch of the VPC, each with its name', () => {
    const two = construct({
      ...ARTICLE,
      vpc: {
        ...ARTICLE.vpc,
        vswitches: [...ARTICLE.vpc.vswitches, { name: 'vsw-b', cidr: '192.168.1.0/24' }],
      },
    }).final;
    expect(snatEntries(two).map(formatSnatEntry)).toEqual([
      'SNAT 192.168.0.0/24 (vsw-a) → 198.51.100.20',
      'SNAT 192.168.1.0/24 (vsw-b) → 198.51.100.20',
    ]);
  });
});
