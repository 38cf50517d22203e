import { describe, expect, it } from 'vitest';
import { renderArtifact } from '../engine/artifacts/index.ts';
import { construct } from '../engine/construction/construct.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import { parseIpAddr, parseIpRoute, parseRouteLine, parseRouteTable } from './artifact-text.ts';

const world = construct(presetScenario('article')).final;
const text = (target: string, artifact: string) => {
  const result = renderArtifact(world, target, artifact);
  if (!result.ok) throw new Error(result.error);
  return result.text;
};

describe('reading artifact texts back', () => {
  it('reads a node’s ip addr: eth0, the cni0 bridge and the host veths enslaved to it', () => {
    const ifaces = parseIpAddr(text('node:node-a', 'ip-addr'));
    expect(ifaces.map((i) => i.name)).toEqual(['lo', 'eth0', 'cni0', 'vethdb5f0a12', 'vethcf3d471e']);
    const eth0 = ifaces[1];
    expect(eth0).toMatchObject({ index: 2, up: true, mtu: 1500, mac: '02:c3:c1:20:5d:b8' });
    expect(eth0?.inet).toEqual([{ cidr: '192.168.0.10/24', brd: '192.168.0.255', scope: 'global' }]);
    expect(ifaces[3]).toMatchObject({ index: 4, peerIndex: 2, master: 'cni0', inet: [] });
  });

  it('reads a pod’s ip addr: eth0 names its host peer by ifindex', () => {
    const [lo, eth0] = parseIpAddr(text('pod:web-1', 'ip-addr'));
    expect(lo?.inet[0]?.cidr).toBe('127.0.0.1/8');
    expect(eth0).toMatchObject({ name: 'eth0', peerIndex: 4, inet: [{ cidr: '172.16.0.130/25' }] });
  });

  it('splits route lines and knows the ones the kernel adds itself', () => {
    expect(parseRouteLine('default via 172.16.0.129 dev eth0')).toEqual({
      line: 'default via 172.16.0.129 dev eth0',
      dst: 'default',
      via: '172.16.0.129',
      dev: 'eth0',
      kernel: false,
    });
    const routes = parseIpRoute(text('node:node-a', 'ip-route'));
    expect(routes.map((r) => r.kernel)).toEqual([false, true, true]);
    expect(routes[1]).toMatchObject({ dst: '172.16.0.128/25', dev: 'cni0', src: '172.16.0.129' });
  });

  it('reads the VPC route table: system and custom entries with their next hops', () => {
    const rows = parseRouteTable(text('vpc', 'route-table'));
    expect(rows.map((r) => `${r.destination} ${r.nextHopType} ${r.nextHop} ${r.note ?? ''}`.trim())).toEqual([
      '100.64.0.0/10 cloud service cloud-service',
      '192.168.0.0/24 vSwitch vsw-a',
      '0.0.0.0/0 NAT gateway nat-gateway EIP 198.51.100.20',
      '172.16.0.0/25 ECS instance i-xcnw47wmzpwsahibo5df master-1',
      '172.16.0.128/25 ECS instance i-gsqx8z2c0vxubj6anq8n node-a',
      '172.16.1.0/25 ECS instance i-fcqx7az58lmtepu88qq1 node-b',
    ]);
  });

  it('refuses a route table line it cannot read', () => {
    expect(() => parseRouteTable('DESTINATION\nnonsense\n')).toThrow(/unreadable/);
  });
});
