import { describe, expect, it } from 'vitest';
import { aroundChange, article, errorOf, textOf } from './test-worlds.ts';

const c = article();
const spec = (world: Parameters<typeof textOf>[0]) => textOf(world, 'node:node-a', 'node-spec');

describe('node-spec', () => {
  it('does not exist before kubelet registers the Node', () => {
    const [before] = aroundChange(c, 'node-registered', 'node-a');
    expect(errorOf(before, 'node:node-a', 'node-spec')).toBe(
      'Node node-a does not exist yet: kubelet on node-a has not registered it',
    );
  });

  it('is registered by kubelet with the uninitialized taint (--cloud-provider=external) and no condition yet', () => {
    const [, registered] = aroundChange(c, 'node-registered', 'node-a');
    expect(spec(registered)).toContain(
      '  taints:\n  - effect: NoSchedule\n    key: node.cloudprovider.kubernetes.io/uninitialized\n',
    );
    expect(spec(registered)).not.toContain('NetworkUnavailable');
  });

  it('once the CCM has initialized it: no pod CIDR, the network-unavailable taint and NoRouteCreated', () => {
    const [, registered] = aroundChange(c, 'node-condition-set', 'node-a');
    expect(spec(registered)).toBe(
      [
        'apiVersion: v1',
        'kind: Node',
        'metadata:',
        '  labels:',
        '    kubernetes.io/hostname: node-a',
        '  name: node-a',
        'spec:',
        `  providerID: ${registered.nodes.get('node-a')?.providerId}`,
        '  taints:',
        '  - effect: NoSchedule',
        '    key: node.kubernetes.io/network-unavailable',
        'status:',
        '  addresses:',
        '  - address: 192.168.0.10',
        '    type: InternalIP',
        '  - address: node-a',
        '    type: Hostname',
        '  conditions:',
        '  - message: Node created without a route',
        '    reason: NoRouteCreated',
        '    status: "True"',
        '    type: NetworkUnavailable',
      ].join('\n'),
    );
  });

  it('gains spec.podCIDR(s) from the range allocator, annotations only from flanneld', () => {
    const [before, allocated] = aroundChange(c, 'pod-cidr-allocated', 'node-a');
    expect(spec(before)).not.toContain('podCIDR');
    expect(spec(allocated)).toContain(
      'spec:\n  podCIDR: 172.16.0.128/25\n  podCIDRs:\n  - 172.16.0.128/25\n  providerID:',
    );
    expect(spec(allocated)).not.toContain('flannel.alpha.coreos.com');
    const [, leased] = aroundChange(c, 'subnet-env-written', 'node-a');
    expect(spec(leased)).toContain(
      [
        'metadata:',
        '  annotations:',
        '    flannel.alpha.coreos.com/backend-data: "null"',
        '    flannel.alpha.coreos.com/backend-type: ""',
        '    flannel.alpha.coreos.com/kube-subnet-manager: "true"',
        '    flannel.alpha.coreos.com/public-ip: 192.168.0.10',
        '  labels:',
      ].join('\n'),
    );
  });

  it('loses the taint and turns NetworkUnavailable False once the CCM routes the node', () => {
    const [before, routed] = aroundChange(c, 'node-vpc-route', 'node-a');
    expect(spec(before)).toContain('  taints:');
    expect(spec(routed)).not.toContain('taints');
    expect(spec(routed)).toContain(
      '  - message: RouteController created a route\n    reason: RouteCreated\n    status: "False"',
    );
  });

  it('labels the master', () => {
    expect(textOf(c.final, 'node:master-1', 'node-spec')).toContain(
      '    node-role.kubernetes.io/master: ""\n',
    );
    expect(spec(c.final)).not.toContain('node-role');
  });

  it('keeps a flanneld-down node without annotations', () => {
    const down = article([{ kind: 'flanneld-down', node: 'node-a' }]);
    expect(spec(down.final)).not.toContain('annotations');
    expect(spec(down.final)).toContain('  podCIDR: 172.16.0.128/25');
  });
});
