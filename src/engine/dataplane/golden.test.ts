/**
 * Golden artifacts and traces of the article's cluster on Flannel's vxlan and host-gw backends,
 * in golden/BACKEND/ (the `.golden.` keeps Biome from reformatting them), and the facts each
 * must show, asserted outright. UPDATE_GOLDEN=1 rewrites them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../test-support/packet-engine.ts';
import { capacity, formatCapacity } from '../addressing/capacity.ts';
import { artifactsOf, renderArtifact } from '../artifacts/index.ts';
import { articleWith } from '../artifacts/test-worlds.ts';
import { traceJson } from '../packet/format.ts';
import { traced } from '../packet/test-support.ts';
import type { FlannelBackend } from '../scenario/types.ts';
import { expectGolden } from '../test-support/golden.ts';

const TRACES = {
  'web-1-to-api-1': ['pod:web-1', 'pod:api-1'],
  'web-1-to-internet': ['pod:web-1', 'external:internet'],
  'node-a-to-api-1': ['node:node-a', 'pod:api-1'],
} as const;

function onBackend(backend: FlannelBackend) {
  return articleWith((s) => ({ ...s, cluster: { ...s.cluster, cni: { plugin: 'flannel', backend } } }));
}

for (const backend of ['vxlan', 'host-gw'] as const) {
  const construction = onBackend(backend);
  const { final, scenario } = construction;
  const dir = join(import.meta.dirname, 'golden', backend);
  const targets = [
    'vpc',
    ...scenario.nodes.map((n) => `node:${n.name}`),
    ...scenario.pods.map((p) => `pod:${p.name}`),
  ];
  const artifacts = targets.flatMap((target) => {
    const kind = target === 'vpc' ? 'vpc' : (target.split(':')[0] as 'node' | 'pod');
    const name = target === 'vpc' ? 'vpc' : target.slice(kind.length + 1);
    return artifactsOf(final, kind, name).flatMap((artifact) => {
      const result = renderArtifact(final, target, artifact);
      return result.ok ? [{ file: `${name}.${artifact}.golden.txt`, text: `${result.text}\n` }] : [];
    });
  });
  const traces = Object.entries(TRACES).map(([name, [from, to]]) => ({
    file: `${name}.golden.json`,
    text: `${traceJson(traced(final, from, to))}\n`,
  }));

  describe(`the article's cluster on ${backend}`, () => {
    it.each([...artifacts, ...traces])(`golden/${backend}/$file`, ({ file, text }) => {
      expectGolden(join(dir, file), text);
    });

    it('has no golden file without a case', () => {
      const expected = new Set([...artifacts, ...traces].map((c) => c.file));
      expect(readdirSync(dir).filter((f) => !f.endsWith('.changed') && !expected.has(f))).toEqual([]);
    });

    it('has no per-node VPC route, and no CCM step', () => {
      expect(final.vpc.routeTable.filter((e) => e.nextHopType === 'instance')).toEqual([]);
      expect(construction.steps.some((s) => s.actor === 'ccm' && s.phase === 'node')).toBe(false);
      expect(capacity(scenario)).toMatchObject({ vpcRoutesPerNode: 0, limitedBy: 'cidr', backend });
      expect(formatCapacity(capacity(scenario))).toContain(
        'adds no per-node VPC entry, so no route-quota limit',
      );
    });
  });
}

describe('vxlan on the article cluster', () => {
  const { final } = onBackend('vxlan');
  const text = (target: string, artifact: string) => {
    const r = renderArtifact(final, target, artifact);
    if (!r.ok) throw new Error(r.error);
    return r.text;
  };

  it('writes FLANNEL_MTU=1450 and gives the pods MTU 1450', () => {
    expect(text('node:node-a', 'subnet.env')).toContain('FLANNEL_MTU=1450');
    expect(text('pod:web-1', 'ip-addr')).toMatch(/eth0@if\d+: .* mtu 1450 /);
  });

  it("routes node-b's pod CIDR via its flannel.1 address, onlink, with a permanent neighbour and FDB entry", () => {
    const vtep = final.nodes.get('node-b')?.flannelLease?.vtep;
    expect(text('node:node-a', 'ip-route')).toContain('172.16.1.0/25 via 172.16.1.0 dev flannel.1 onlink');
    expect(text('node:node-a', 'ip-neigh-flannel.1')).toContain(`172.16.1.0 lladdr ${vtep?.mac} PERMANENT`);
    expect(text('node:node-a', 'bridge-fdb-flannel.1')).toContain(
      `${vtep?.mac} dst 192.168.0.20 self permanent`,
    );
    expect(text('node:node-b', 'node-spec')).toContain(`backend-data: '{"VNI":1,"VtepMAC":"${vtep?.mac}"}'`);
    expect(text('node:node-a', 'ip-link-flannel.1')).toContain(
      'vxlan id 1 local 192.168.0.10 dev eth0 srcport 0 0 dstport 8472 nolearning',
    );
  });

  it('encapsulates web-1 → api-1 in UDP 8472 between the node addresses, VNI 1, and decapsulates on node-b', () => {
    const t = traced(final, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('delivered');
    const encap = t.hops.find((h) => h.action === 'encap');
    expect(encap).toMatchObject({ at: 'node:node-a', deviceIn: 'flannel.1', deviceOut: 'eth0' });
    expect(encap?.packet.outer).toMatchObject({
      src: '192.168.0.10',
      dst: '192.168.0.20',
      proto: 'udp',
      dport: 8472,
      vni: 1,
    });
    const router = t.hops.find((h) => h.at === 'vpc-router');
    expect(router?.matched).toBe('192.168.0.0/24 → vsw-a');
    expect(router?.packet).toMatchObject({
      src: '172.16.0.130',
      dst: '172.16.1.2',
      outer: { dst: '192.168.0.20' },
    });
    const decap = t.hops.find((h) => h.action === 'decap');
    expect(decap).toMatchObject({ at: 'node:node-b', deviceIn: 'eth0', deviceOut: 'flannel.1' });
    expect(decap?.packet.outer).toBeUndefined();
    expect(t.hops.filter((h) => h.packet.outer).map((h) => h.at)).toEqual(['node:node-a', 'vpc-router']);
  });
});

describe('host-gw on a VPC', () => {
  it("sends web-1 → api-1 to the vRouter, which has no entry for the pod address: the NAT gateway's default drops it", () => {
    const t = traced(onBackend('host-gw').final, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('dropped');
    expect(t.hops.find((h) => h.at === 'node:node-a' && h.action === 'route')?.matched).toBe(
      '172.16.1.0/25 via 192.168.0.20 dev eth0',
    );
    expect(t.hops.find((h) => h.at === 'vpc-router')?.matched).toBe('0.0.0.0/0 → nat-gateway');
    expect(t.reason).toContain('nobody writes');
  });

  it('without a default route the vRouter itself drops it', () => {
    const c = articleWith((s) => ({
      ...s,
      vpc: { ...s.vpc, customRoutes: [] },
      cluster: { ...s.cluster, cni: { plugin: 'flannel', backend: 'host-gw' } },
    }));
    const t = traced(c.final, 'pod:web-1', 'pod:api-1');
    expect(t.hops.at(-1)).toMatchObject({ at: 'vpc-router', action: 'drop' });
  });

  it("cannot route to a node in another vSwitch: flanneld logs the kernel's refusal, from its source", () => {
    const c = articleWith((s) => ({
      ...s,
      vpc: { ...s.vpc, vswitches: [...s.vpc.vswitches, { name: 'vsw-b', cidr: '192.168.1.0/24' }] },
      cluster: { ...s.cluster, cni: { plugin: 'flannel', backend: 'host-gw' } },
      nodes: s.nodes.map((n) => (n.name === 'node-b' ? { ...n, vswitch: 'vsw-b', ip: '192.168.1.20' } : n)),
    }));
    const step = c.steps.find((s) => s.failed && s.actor === 'flanneld');
    expect(step?.title).toContain('routes refused');
    expect(step?.explanation).toContain(
      'Error adding route to 172.16.1.0/25 via 192.168.1.20 dev index 2: network is unreachable',
    );
    const routes = renderArtifact(c.final, 'node:node-a', 'ip-route');
    expect(routes.ok && routes.text).not.toContain('172.16.1.0/25');
  });
});
