import { describe, expect, it } from 'vitest';
import { article } from '../artifacts/test-worlds.ts';
import { cidr, parseIp } from '../net/ipv4.ts';
import type { NodeState } from '../world/types.ts';
import { formatLocalRoute, localRoutes, lookupLocal, nodeLocalRoutes } from './local-routes.ts';

const ip = (text: string) => parseIp(text) as number;

describe('localRoutes', () => {
  it('prints a node with eth0 and cni0 as `ip route show table local` does (Linux 6.18)', () => {
    const routes = localRoutes([
      { ip: ip('192.168.0.10'), prefix: 24, dev: 'eth0' },
      { ip: ip('172.16.0.129'), prefix: 25, dev: 'cni0' },
    ]);
    expect(routes.map(formatLocalRoute)).toEqual([
      'local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1',
      'local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1',
      'broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1',
      'local 172.16.0.129 dev cni0 proto kernel scope host src 172.16.0.129',
      'broadcast 172.16.0.255 dev cni0 proto kernel scope link src 172.16.0.129',
      'local 192.168.0.10 dev eth0 proto kernel scope host src 192.168.0.10',
      'broadcast 192.168.0.255 dev eth0 proto kernel scope link src 192.168.0.10',
    ]);
  });

  it('gives a /31 or /32 address no broadcast route', () => {
    const lines = localRoutes([{ ip: ip('10.0.0.1'), prefix: 32, dev: 'eth0' }]).map(formatLocalRoute);
    expect(lines.filter((l) => l.includes('eth0'))).toEqual([
      'local 10.0.0.1 dev eth0 proto kernel scope host src 10.0.0.1',
    ]);
  });
});

describe('nodeLocalRoutes', () => {
  const node = article([{ kind: 'cni0-down', node: 'node-a' }]).final.nodes.get('node-a') as NodeState;

  it("keeps a downed cni0's address and local route, and drops its broadcast route (as Linux does)", () => {
    const lines = nodeLocalRoutes(node).map(formatLocalRoute);
    expect(lines).toContain('local 172.16.0.129 dev cni0 proto kernel scope host src 172.16.0.129');
    expect(lines.filter((l) => l.startsWith('broadcast 172.16.0.255'))).toEqual([]);
  });
});

describe('lookupLocal', () => {
  const routes = localRoutes([{ ip: ip('172.16.0.130'), prefix: 25, dev: 'eth0' }]);

  it('finds the longest local match: 127.0.0.1 by its own route, the rest of 127/8 by the /8', () => {
    expect(lookupLocal(routes, ip('127.0.0.1'))?.dst).toEqual(cidr('127.0.0.1/32'));
    expect(lookupLocal(routes, ip('127.0.0.53'))?.dst).toEqual(cidr('127.0.0.0/8'));
    expect(lookupLocal(routes, ip('172.16.0.130'))?.dev).toBe('eth0');
  });

  it('leaves other addresses, broadcast ones included, to the main table', () => {
    expect(lookupLocal(routes, ip('172.16.0.131'))).toBeUndefined();
    expect(lookupLocal(routes, ip('172.16.0.255'))).toBeUndefined();
  });
});
