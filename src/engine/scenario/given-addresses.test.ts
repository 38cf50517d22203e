import { describe, expect, it } from 'vitest';
import { construct } from '../construction/construct.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { parseScenario } from './parse.ts';
import type { ScenarioError } from './types.ts';

const BASE = {
  vpc: { cidr: '192.168.0.0/16', vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }] },
  cluster: { podCidr: '172.16.0.0/16', nodeCidrMaskSize: 24 },
};

function errorsOf(doc: unknown): readonly ScenarioError[] {
  const result = parseScenario(doc);
  return result.ok ? [] : result.errors;
}

function messageAt(doc: unknown, path: string): string {
  const found = errorsOf(doc).find((e) => e.path === path);
  if (!found) throw new Error(`no error at ${path}: ${JSON.stringify(errorsOf(doc))}`);
  return found.message;
}

describe('given pod CIDRs and pod IPs', () => {
  const doc = {
    ...BASE,
    nodes: [
      { name: 'node-a', podCidr: '172.16.0.0/24' },
      { name: 'node-b' },
      { name: 'node-c', podCidr: '172.16.1.0/24' },
    ],
    pods: [
      { name: 'web-1', node: 'node-a', ip: '172.16.0.2' },
      { name: 'web-2', node: 'node-a' },
      { name: 'web-3', node: 'node-a', ip: '172.16.0.3' },
      { name: 'api-1', node: 'node-c', ip: '172.16.1.77' },
    ],
  };

  it('keeps them in the resolved scenario', () => {
    const result = parseScenario(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.nodes.map((n) => n.podCidr)).toEqual([
      '172.16.0.0/24',
      undefined,
      '172.16.1.0/24',
    ]);
    expect(result.scenario.pods.map((p) => p.ip)).toEqual([
      '172.16.0.2',
      undefined,
      '172.16.0.3',
      '172.16.1.77',
    ]);
  });

  it('builds them as given; the allocators skip them as the real ones do', () => {
    const result = parseScenario(doc);
    if (!result.ok) throw new Error('refused');
    const construction = construct(result.scenario);
    const world = construction.final;
    const cidrOf = (n: string) => {
      const block = world.nodes.get(n)?.podCidr;
      return block ? formatCidr(block) : undefined;
    };
    expect([cidrOf('node-a'), cidrOf('node-b'), cidrOf('node-c')]).toEqual([
      '172.16.0.0/24',
      // Occupied blocks 0 and 1 are skipped: node-b gets the next free one.
      '172.16.2.0/24',
      '172.16.1.0/24',
    ]);
    const ipOf = (p: string) => {
      const ip = world.pods.get(p)?.ip;
      return ip === undefined ? undefined : formatIp(ip);
    };
    // web-2 is not given an address: host-local skips .2 and .3, which pods already hold.
    expect(['web-1', 'web-2', 'web-3', 'api-1'].map(ipOf)).toEqual([
      '172.16.0.2',
      '172.16.0.4',
      '172.16.0.3',
      '172.16.1.77',
    ]);
    const given = construction.steps.find(
      (s) => s.target === 'node:node-a' && s.actor === 'kube-controller-manager',
    );
    expect(given?.explanation).toContain('The allocator had assigned 172.16.0.0/24 to node-a');
  });

  it('refuses a block outside the cluster CIDR, of another size, or shared', () => {
    const nodes = (podCidrs: string[]) => ({
      ...BASE,
      nodes: podCidrs.map((podCidr, i) => ({ name: `n${i}`, podCidr })),
    });
    expect(messageAt(nodes(['10.0.0.0/24']), 'nodes[0].podCidr')).toBe(
      '10.0.0.0/24 is outside the cluster CIDR 172.16.0.0/16; the range allocator only hands out blocks of it',
    );
    expect(messageAt(nodes(['172.16.0.0/25']), 'nodes[0].podCidr')).toContain(
      'is a /25 block, but this cluster cuts /24 blocks',
    );
    expect(messageAt(nodes(['172.16.4.0/24', '172.16.4.0/24']), 'nodes[1].podCidr')).toBe(
      '172.16.4.0/24 is already the pod CIDR of node "n0" (nodes[0].podCidr); two nodes cannot share a block',
    );
    expect(messageAt(nodes(['172.16.4.1/24']), 'nodes[0].podCidr')).toContain('has host bits set');
  });

  it('refuses a pod IP outside its node block, reserved, or taken twice', () => {
    const pods = (ips: string[]) => ({
      ...BASE,
      nodes: [{ name: 'node-a', podCidr: '172.16.5.0/24' }, { name: 'node-b' }],
      pods: ips.map((ip, i) => ({ name: `p${i}`, node: 'node-a', ip })),
    });
    expect(messageAt(pods(['172.16.0.9']), 'pods[0].ip')).toBe(
      '172.16.0.9 is outside the pod CIDR 172.16.5.0/24 of node "node-a"; host-local only hands out addresses of its node\'s block',
    );
    expect(messageAt(pods(['172.16.5.1']), 'pods[0].ip')).toBe(
      '172.16.5.1 is the gateway on cni0 of 172.16.5.0/24; host-local never gives it to a pod',
    );
    expect(messageAt(pods(['172.16.5.0']), 'pods[0].ip')).toContain('the network address');
    expect(messageAt(pods(['172.16.5.255']), 'pods[0].ip')).toContain('the broadcast address');
    expect(messageAt(pods(['172.16.5.9', '172.16.5.9']), 'pods[1].ip')).toBe(
      '172.16.5.9 is already the address of the pod at pods[0].ip; two pods cannot share one',
    );
    expect(messageAt(pods(['172.16.5.9/24']), 'pods[0].ip')).toContain('is not an IPv4 address');
  });

  it('checks a pod IP on a node without a given block against the block it will get', () => {
    const doc = {
      ...BASE,
      nodes: [{ name: 'node-a', podCidr: '172.16.0.0/24' }, { name: 'node-b' }],
      pods: [{ name: 'p', node: 'node-b', ip: '172.16.1.5' }],
    };
    expect(errorsOf(doc)).toEqual([]);
    const bad = { ...doc, pods: [{ name: 'p', node: 'node-b', ip: '172.16.0.5' }] };
    expect(messageAt(bad, 'pods[0].ip')).toContain('outside the pod CIDR 172.16.1.0/24 of node "node-b"');
  });
});
