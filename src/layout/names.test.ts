import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { layoutTopology } from './layout.ts';
import { ARTICLE, gridScenario } from './test-fixtures.ts';

describe('element ids and accessible names', () => {
  it('gives every element and link a unique id at every step', () => {
    for (const scenario of [ARTICLE, gridScenario(5, (i) => i + 1)]) {
      const c = construct(scenario);
      for (let step = 0; step <= c.steps.length; step++) {
        const layout = layoutTopology(stateAt(c, step));
        const ids = [...layout.elements.map((e) => e.id), ...layout.links.map((l) => l.id)];
        expect(new Set(ids).size, `step ${step}`).toBe(ids.length);
      }
    }
  });

  it('keeps a container named "veth" apart from the pod’s veth', () => {
    const scenario = { ...ARTICLE, pods: [{ name: 'odd', node: 'node-a', containers: ['veth', 'app'] }] };
    const layout = layoutTopology(construct(scenario).final);
    expect(layout.byId.get('pod:odd/veth')?.kind).toBe('container');
    expect(layout.byId.get('pod:odd/veth#host')?.kind).toBe('veth');
  });

  it('names elements the way a listener needs them', () => {
    const layout = layoutTopology(construct(ARTICLE).final);
    const name = (id: string) => layout.byId.get(id)?.name;
    expect(name('node:node-a')).toBe('ECS node node-a, 192.168.0.10, pod CIDR 172.16.0.128/25');
    expect(name('node:node-a/eth0')).toBe('eth0 of node-a, 192.168.0.10/24');
    expect(name('node:node-a/cni0')).toBe('cni0 bridge on node-a, 172.16.0.129/25');
    expect(name('node:node-a/flanneld')).toBe('flanneld pod on node-a, host network, running');
    expect(name('pod:web-1')).toBe('Pod web-1 on node-a, 172.16.0.130, containers nginx, log-agent');
    expect(name('pod:web-1/nginx')).toBe('Container nginx in pod web-1');
    expect(name('pod:web-1/veth')).toMatch(/^veth veth[0-9a-f]{8} on node-a, the host end of web-1's eth0$/);
    expect(name('vpc')).toBe('VPC 192.168.0.0/16');
    expect(name('vswitch:vsw-a')).toBe('vSwitch vsw-a, 192.168.0.0/24');
    expect(name('nat-gateway')).toBe('NAT gateway, EIP 198.51.100.20');
    expect(name('external:internet')).toBe('External endpoint internet, 203.0.113.10');
    expect(name('vpc-router')).toBe('vRouter, route table with 6 entries');
    expect(layout.routes.rows.find((r) => r.destination === '172.16.0.128/25')?.name).toMatch(
      /^Route 172\.16\.0\.128\/25 to instance i-[0-9a-z]{20} \(node-a\), custom$/,
    );
    for (const e of layout.elements) expect(e.name.length, e.id).toBeGreaterThan(8);
  });
});

describe('failures are marked', () => {
  it('CIDRNotAvailable: a node without a pod CIDR, its flanneld failing, its pods Pending', () => {
    const scenario = {
      ...ARTICLE,
      cluster: { ...ARTICLE.cluster, podCidr: '172.16.0.0/24' },
      pods: [...ARTICLE.pods, { name: 'late-1', node: 'node-b', containers: ['app'] }],
    };
    const layout = layoutTopology(construct(scenario).final);
    const nodeB = layout.byId.get('node:node-b');
    expect(nodeB?.status).toBe('failed');
    expect(nodeB?.badges.map((b) => b.text)).toEqual(['CIDRNotAvailable', 'flanneld failed']);
    expect(nodeB?.name).toBe('ECS node node-b, 192.168.0.20, CIDRNotAvailable, flanneld failed');
    expect(layout.byId.get('node:node-b/flanneld')?.status).toBe('failed');
    const pod = layout.byId.get('pod:api-1');
    expect(pod?.status).toBe('failed');
    expect(pod?.badges.map((b) => [b.text, b.tone])).toEqual([['Pending', 'error']]);
    expect(pod?.name).toMatch(
      /^Pod api-1 on node-b, no IP yet, containers api, Pending: .*untolerated taint/,
    );
    expect(layout.byId.has('node:node-b/cni0')).toBe(false);
  });

  it('QuotaExceeded: the node is marked and the vRouter badge lists it', () => {
    const scenario = { ...ARTICLE, vpc: { ...ARTICLE.vpc, routeQuota: 3 } };
    const layout = layoutTopology(construct(scenario).final);
    expect(layout.byId.get('node:node-b')?.badges.map((b) => b.text)).toEqual(['QuotaExceeded']);
    expect(layout.routes.refused).toEqual(['node-b']);
    expect(layout.routes.refusedLine?.text).toBe('QuotaExceeded: node-b');
  });

  it('what-if faults: flanneld down, cni0 down, VPC route deleted', () => {
    const scenario = {
      ...ARTICLE,
      faults: [
        { kind: 'flanneld-down' as const, node: 'node-b' },
        { kind: 'cni0-down' as const, node: 'node-a' },
        { kind: 'vpc-route-deleted' as const, node: 'master-1' },
      ],
    };
    const layout = layoutTopology(construct(scenario).final);
    expect(layout.byId.get('node:node-b/flanneld')?.name).toMatch(/failed: .*CrashLoopBackOff/);
    expect(layout.byId.get('node:node-a/cni0')?.badges.map((b) => b.text)).toEqual(['DOWN']);
    expect(layout.byId.get('node:master-1')?.badges.map((b) => b.text)).toEqual(['VPC route deleted']);
  });
});
