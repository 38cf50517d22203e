import { describe, expect, it } from 'vitest';
import { stateAt } from '../construction/construct.ts';
import { aroundChange, article, errorOf, stepOf, textOf } from './test-worlds.ts';

const c = article();
const fdb = (world: Parameters<typeof textOf>[0]) => textOf(world, 'node:node-a', 'bridge-fdb');

describe('bridge fdb show br cni0', () => {
  it('does not exist before cni0', () => {
    const [before] = aroundChange(c, 'cni0-created', 'node-a');
    expect(errorOf(before, 'node:node-a', 'bridge-fdb')).toBe(
      "cni0 on node-a does not exist yet: the bridge plugin creates it with the node's first pod",
    );
  });

  it('holds the bridge’s own MAC first, then each port and the pod learned behind it', () => {
    const cni0 = stateAt(c, stepOf(c, 'cni0-created', 'node-a'));
    const mac = cni0.nodes.get('node-a')?.cni0?.mac;
    expect(fdb(cni0)).toBe(`${mac} dev cni0 master cni0 permanent`);
    const [withVeth, withIp] = aroundChange(c, 'pod-ip-assigned', 'web-1');
    const veth = withIp.pods.get('web-1')?.veth;
    expect(fdb(withVeth).split('\n')[1]).toBe(`${veth?.hostMac} dev ${veth?.hostName} master cni0 permanent`);
    expect(fdb(withIp).split('\n')).toEqual([
      `${mac} dev cni0 master cni0 permanent`,
      `${veth?.hostMac} dev ${veth?.hostName} master cni0 permanent`,
      `${veth?.podMac} dev ${veth?.hostName} master cni0`,
    ]);
  });

  it('lists both pods of node-a at the end', () => {
    const cache = c.final.pods.get('cache-1')?.veth;
    expect(fdb(c.final).split('\n')).toHaveLength(5);
    expect(fdb(c.final)).toContain(`${cache?.podMac} dev ${cache?.hostName} master cni0`);
  });
});
