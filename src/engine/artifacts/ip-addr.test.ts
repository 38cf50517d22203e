import { describe, expect, it } from 'vitest';
import { stateAt } from '../construction/construct.ts';
import { aroundChange, article, errorOf, stepOf, textOf } from './test-worlds.ts';

const c = article();
const nodeA = (world: Parameters<typeof textOf>[0]) => textOf(world, 'node:node-a', 'ip-addr');
const headers = (text: string) => text.split('\n').filter((l) => /^\d+: /.test(l));

describe('ip addr on a node', () => {
  it('has lo and eth0 from the moment the ECS instance exists', () => {
    const [, created] = aroundChange(c, 'ecs-created');
    const text = textOf(created, 'node:master-1', 'ip-addr');
    expect(text).toBe(
      [
        '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
        '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
        '    inet 127.0.0.1/8 scope host lo',
        '       valid_lft forever preferred_lft forever',
        '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000',
        `    link/ether ${created.nodes.get('master-1')?.eth0Mac} brd ff:ff:ff:ff:ff:ff`,
        '    inet 192.168.0.5/24 brd 192.168.0.255 scope global eth0',
        '       valid_lft forever preferred_lft forever',
      ].join('\n'),
    );
  });

  it('gains cni0 with the gateway when the bridge plugin creates it', () => {
    const [before, after] = aroundChange(c, 'cni0-created', 'node-a');
    expect(nodeA(before)).not.toContain('cni0');
    const mac = after.nodes.get('node-a')?.cni0?.mac;
    expect(nodeA(after)).toContain(
      [
        '3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000',
        `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff`,
        '    inet 172.16.0.129/25 brd 172.16.0.255 scope global cni0',
      ].join('\n'),
    );
  });

  it('lists each pod’s host veth on cni0, in creation order', () => {
    const web = c.final.pods.get('web-1')?.veth;
    const cache = c.final.pods.get('cache-1')?.veth;
    expect(headers(nodeA(c.final)).slice(3)).toEqual([
      `4: ${web?.hostName}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master cni0 state UP group default`,
      `5: ${cache?.hostName}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master cni0 state UP group default`,
    ]);
    expect(nodeA(c.final)).toContain(`    link/ether ${cache?.hostMac} brd ff:ff:ff:ff:ff:ff link-netnsid 1`);
    expect(web?.hostName).toMatch(/^veth[0-9a-f]{8}$/);
  });

  it('shows cni0 DOWN, address kept, under the cni0-down fault', () => {
    const down = article([{ kind: 'cni0-down', node: 'node-a' }]);
    const [before, after] = aroundChange(down, 'cni0-set-down', 'node-a');
    expect(nodeA(before)).toContain('3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP>');
    expect(nodeA(after)).toContain(
      '3: cni0: <BROADCAST,MULTICAST> mtu 1500 qdisc noqueue state DOWN group default qlen 1000',
    );
    expect(nodeA(after)).toContain('    inet 172.16.0.129/25 brd 172.16.0.255 scope global cni0');
  });
});

describe('ip addr in a pod', () => {
  const pod = (world: Parameters<typeof textOf>[0]) => textOf(world, 'pod:web-1', 'ip-addr');

  it('has only lo in the fresh sandbox, then eth0 without and with its address', () => {
    const sandbox = stateAt(c, stepOf(c, 'pod-sandbox-created', 'web-1'));
    expect(headers(pod(sandbox))).toEqual([
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    ]);
    const [, veth] = aroundChange(c, 'veth-created', 'web-1');
    expect(headers(pod(veth))[1]).toBe(
      '2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default',
    );
    expect(pod(veth)).not.toContain('inet 172.16');
    const [, addressed] = aroundChange(c, 'pod-ip-assigned', 'web-1');
    const mac = addressed.pods.get('web-1')?.veth?.podMac;
    expect(pod(addressed).split('\n').slice(4)).toEqual([
      '2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default',
      `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff link-netnsid 0`,
      '    inet 172.16.0.130/25 brd 172.16.0.255 scope global eth0',
      '       valid_lft forever preferred_lft forever',
    ]);
  });

  it('names the host veth’s ifindex as the peer', () => {
    const cache = c.final.pods.get('cache-1')?.veth;
    expect(textOf(c.final, 'pod:cache-1', 'ip-addr')).toContain(`2: eth0@if${cache?.ifindex}: `);
    expect(nodeA(c.final)).toContain(`${cache?.ifindex}: ${cache?.hostName}@if2: `);
  });

  it('has no namespace to show when the CNI ADD fails for want of subnet.env', () => {
    const down = article([{ kind: 'flanneld-down', node: 'node-a' }]);
    expect(errorOf(down.final, 'pod:web-1', 'ip-addr')).toContain("failed to load flannel 'subnet.env' file");
    expect(errorOf(down.final, 'node:node-a', 'bridge-fdb')).toContain('cni0 on node-a does not exist yet');
  });
});
