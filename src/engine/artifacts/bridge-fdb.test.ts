import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../construction/construct.ts';
import { ARTICLE } from '../test-support/scenario.ts';
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

  it('lists cni0’s groups and its own MAC, then each port: the pod learned behind it, the port, its groups', () => {
    const cni0 = stateAt(c, stepOf(c, 'cni0-created', 'node-a'));
    const mac = cni0.nodes.get('node-a')?.cni0?.mac ?? '';
    const tail = mac.split(':').slice(3).join(':');
    const bridgeLines = [
      '33:33:00:00:00:01 dev cni0 self permanent',
      '01:00:5e:00:00:6a dev cni0 self permanent',
      '33:33:00:00:00:6a dev cni0 self permanent',
      '01:00:5e:00:00:01 dev cni0 self permanent',
      `33:33:ff:${tail} dev cni0 self permanent`,
      `${mac} dev cni0 master cni0 permanent`,
    ];
    expect(fdb(cni0).split('\n')).toEqual(bridgeLines);
    const [withVeth, withIp] = aroundChange(c, 'pod-ip-assigned', 'web-1');
    const veth = withIp.pods.get('web-1')?.veth;
    const port = veth?.hostName ?? '';
    const groups = [
      `33:33:00:00:00:01 dev ${port} self permanent`,
      `01:00:5e:00:00:01 dev ${port} self permanent`,
      `33:33:ff:${veth?.hostMac.split(':').slice(3).join(':')} dev ${port} self permanent`,
    ];
    expect(fdb(withVeth).split('\n')).toEqual([
      ...bridgeLines,
      `${veth?.hostMac} dev ${port} master cni0 permanent`,
      ...groups,
    ]);
    expect(fdb(withIp).split('\n')).toEqual([
      ...bridgeLines,
      `${veth?.podMac} dev ${port} master cni0`,
      `${veth?.hostMac} dev ${port} master cni0 permanent`,
      ...groups,
    ]);
  });

  it('has no vlan lines: the bridge plugin leaves vlan_filtering off', () => {
    expect(fdb(c.final)).not.toContain('vlan');
  });

  it('lists both pods of node-a at the end', () => {
    const cache = c.final.pods.get('cache-1')?.veth;
    expect(fdb(c.final).split('\n')).toHaveLength(6 + 2 * 5);
    expect(fdb(c.final)).toContain(`${cache?.podMac} dev ${cache?.hostName} master cni0`);
  });

  it('with cni0 down, cni0 leaves its groups and forgets what it learned', () => {
    const down = construct({ ...ARTICLE, faults: [{ kind: 'cni0-down', node: 'node-a' }] }).final;
    const text = fdb(down);
    const web = down.pods.get('web-1')?.veth;
    expect(text).not.toContain('dev cni0 self');
    expect(text).not.toContain(`${web?.podMac} dev`);
    expect(text).toContain(`${web?.hostMac} dev ${web?.hostName} master cni0 permanent`);
  });
});
