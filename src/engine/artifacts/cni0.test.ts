import { describe, expect, it } from 'vitest';
import { renderArtifact } from './index.ts';
import { aroundChange, article, errorOf, textOf } from './test-worlds.ts';

const c = article();

describe("cni0's own artifacts (node:NAME/cni0)", () => {
  it('has its ip addr lines: exactly the cni0 block of the node’s ip addr', () => {
    const own = textOf(c.final, 'node:node-a/cni0', 'ip-addr');
    const node = textOf(c.final, 'node:node-a', 'ip-addr');
    expect(own.split('\n')).toHaveLength(4);
    expect(own.split('\n')[0]).toMatch(/^3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 /);
    expect(own).toContain('inet 172.16.0.129/25 brd 172.16.0.255 scope global cni0');
    expect(node).toContain(own);
  });

  it('has its forwarding database: the same rows as the node’s bridge fdb', () => {
    const own = renderArtifact(c.final, 'node:node-a/cni0', 'bridge-fdb');
    const node = renderArtifact(c.final, 'node:node-a', 'bridge-fdb');
    expect(own).toEqual(node);
  });

  it('does not exist before the bridge plugin makes it, and has no other artifact', () => {
    const [before] = aroundChange(c, 'cni0-created', 'node-a');
    expect(errorOf(before, 'node:node-a/cni0', 'ip-addr')).toBe(
      "cni0 on node-a does not exist yet: the bridge plugin creates it with the node's first pod",
    );
    expect(errorOf(c.final, 'node:node-a/cni0', 'subnet.env')).toBe(
      'unknown artifact "subnet.env" for cni0: choose one of ip-addr, bridge-fdb',
    );
    expect(errorOf(c.final, 'node:node-a/eth0', 'ip-addr')).toMatch(/^unknown target "node:node-a\/eth0"/);
  });
});
