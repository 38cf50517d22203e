import { describe, expect, it } from 'vitest';
import { renderArtifact } from './index.ts';
import { aroundChange, article, errorOf, textOf } from './test-worlds.ts';

const c = article();
const nodeA = (world: Parameters<typeof textOf>[0]) => textOf(world, 'node:node-a', 'ip-route');
const CONNECTED = '172.16.0.128/25 dev cni0 proto kernel scope link src 172.16.0.129';

describe('ip route on a node', () => {
  it('has the default and the vSwitch route from the start', () => {
    const [, created] = aroundChange(c, 'ecs-created');
    expect(textOf(created, 'node:master-1', 'ip-route')).toBe(
      'default via 192.168.0.253 dev eth0\n192.168.0.0/24 dev eth0 proto kernel scope link src 192.168.0.5',
    );
  });

  it('gains the connected pod CIDR on cni0 when cni0 is created', () => {
    const [before, after] = aroundChange(c, 'cni0-created', 'node-a');
    expect(nodeA(before)).toBe(
      'default via 192.168.0.253 dev eth0\n192.168.0.0/24 dev eth0 proto kernel scope link src 192.168.0.10',
    );
    expect(nodeA(after).split('\n')).toEqual([
      'default via 192.168.0.253 dev eth0',
      CONNECTED,
      '192.168.0.0/24 dev eth0 proto kernel scope link src 192.168.0.10',
    ]);
  });

  it('has no route to other nodes’ pod CIDRs: they go to the VPC router by default', () => {
    expect(nodeA(c.final)).not.toMatch(/172\.16\.(0\.0|1\.0)\/25/);
    expect(nodeA(c.final)).not.toContain('flannel.1');
  });

  it('loses the connected route when cni0 goes down', () => {
    const down = article([{ kind: 'cni0-down', node: 'node-a' }]);
    const [before, after] = aroundChange(down, 'cni0-set-down', 'node-a');
    expect(nodeA(before)).toContain(CONNECTED);
    expect(nodeA(after)).not.toContain('cni0');
    expect(nodeA(after).split('\n')).toHaveLength(2);
  });
});

describe('ip route in a pod', () => {
  it('is empty until host-local gives the address, then routes via the cni0 gateway', () => {
    const [before, after] = aroundChange(c, 'pod-ip-assigned', 'api-1');
    expect(textOf(before, 'pod:api-1', 'ip-route')).toBe('');
    expect(textOf(after, 'pod:api-1', 'ip-route')).toBe(
      [
        'default via 172.16.1.1 dev eth0',
        '172.16.0.0/16 via 172.16.1.1 dev eth0',
        '172.16.1.0/25 dev eth0 proto kernel scope link src 172.16.1.2',
      ].join('\n'),
    );
  });

  it('has no namespace to show for a pod whose CNI ADD failed', () => {
    const down = article([{ kind: 'flanneld-down', node: 'node-b' }]);
    expect(errorOf(down.final, 'pod:api-1', 'ip-route')).toContain(
      'has no network namespace: Failed to create pod sandbox',
    );
  });
});

describe('ip route as rows', () => {
  const rows = () => {
    const result = renderArtifact(c.final, 'node:node-a', 'ip-route');
    if (!result.ok) throw new Error(result.error);
    return result.rows;
  };

  it('splits a default route into its columns, keyed by its destination', () => {
    expect(rows()[0]).toEqual({
      key: 'default',
      text: 'default via 192.168.0.253 dev eth0',
      cells: { destination: 'default', via: '192.168.0.253', dev: 'eth0', details: '' },
    });
  });

  it('keeps the kernel route details', () => {
    expect(rows().find((r) => r.text === CONNECTED)).toEqual({
      key: '172.16.0.128/25',
      text: CONNECTED,
      cells: {
        destination: '172.16.0.128/25',
        via: '',
        dev: 'cni0',
        details: 'proto kernel scope link src 172.16.0.129',
      },
    });
  });

  it('prints exactly its rows, one line each', () => {
    expect(rows().map((r) => r.text)).toEqual(nodeA(c.final).split('\n'));
  });
});
