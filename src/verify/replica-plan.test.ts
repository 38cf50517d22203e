import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { construct } from '../engine/construction/construct.ts';
import { parseScenario } from '../engine/scenario/parse.ts';
import { presetScenario } from '../engine/scenario/presets.ts';
import { randomScenario } from '../engine/test-support/random-scenario.ts';
import type { Replica } from './replica.ts';
import { planReplica } from './replica-plan.ts';

const PREFIX = 'pp-42-0-';
const article = planReplica(construct(presetScenario('article')).final, PREFIX);
const lines = (replica: Replica) => replica.commands.map((c) => `${c.ns ?? 'host'}: ${c.argv.join(' ')}`);

/** The namespace names a command refers to (`-n`, `netns add`, `peer … netns`). */
function namedNamespaces(argv: readonly string[]): string[] {
  return argv.flatMap((arg, i) => (argv[i - 1] === 'netns' && arg !== 'add' ? [arg] : []));
}

function expectIsolated(replica: Replica): void {
  for (const command of replica.commands) {
    if (command.ns === undefined) {
      // The host namespace only gets the namespace names themselves: no link, address or route.
      expect(command.argv.slice(0, 3)).toEqual(['ip', 'netns', 'add']);
    } else {
      expect(replica.namespaces).toContain(command.ns);
    }
    for (const ns of namedNamespaces(command.argv)) expect(ns.startsWith(PREFIX)).toBe(true);
  }
  expect(replica.namespaces.every((ns) => ns.startsWith(PREFIX))).toBe(true);
}

describe('the replica plan', () => {
  it('has a namespace per node and pod, a router, a NAT gateway and each external', () => {
    expect(article.namespaces).toEqual([
      'pp-42-0-vpc',
      'pp-42-0-nat',
      'pp-42-0-x0',
      'pp-42-0-n0',
      'pp-42-0-n1',
      'pp-42-0-n2',
      'pp-42-0-p0',
      'pp-42-0-p1',
      'pp-42-0-p2',
    ]);
    expect(article.nsOf.get('pod:web-1')).toBe('pp-42-0-p0');
    expect(article.nsOf.get('node:node-a')).toBe('pp-42-0-n1');
  });

  it('builds nothing in the host namespace and names only its own namespaces', () => {
    expectIsolated(article);
    for (const raw of fc.sample(randomScenario, { seed: 5, numRuns: 12 })) {
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error('invalid random scenario');
      expectIsolated(planReplica(construct(parsed.scenario).final, PREFIX));
    }
  }, 120_000);

  it('wires node-a: eth0 into the router’s vSwitch bridge; cni0 and the pods’ veths are left to the real bridge plugin', () => {
    const node = lines(article).filter((l) => l.startsWith('pp-42-0-n1: ip link add'));
    expect(node).toEqual(['pp-42-0-n1: ip link add eth0 type veth peer name e1 netns pp-42-0-vpc']);
    expect(lines(article)).toContain('pp-42-0-vpc: ip link set dev e1 master vsw0');
  });

  it('sets node-a’s pods up in order with the bridge plugin, fed the delegate the Flannel CNI plugin builds, after flanneld’s rules', () => {
    const n1 = article.commands.filter((c) => c.ns === 'pp-42-0-n1');
    const adds = n1.filter((c) => c.argv[0] === 'env');
    expect(adds.map((c) => c.argv.find((a) => a.startsWith('CNI_NETNS=')))).toEqual([
      'CNI_NETNS=/var/run/netns/pp-42-0-p0',
      'CNI_NETNS=/var/run/netns/pp-42-0-p1',
    ]);
    expect(adds[0]?.argv).toContain('/usr/lib/cni/bridge');
    expect(JSON.parse(adds[0]?.input ?? '')).toEqual({
      cniVersion: '0.3.1',
      name: 'cbr0',
      type: 'bridge',
      hairpinMode: true,
      isDefaultGateway: true,
      isGateway: true,
      ipMasq: false,
      mtu: 1500,
      ipam: {
        type: 'host-local',
        ranges: [[{ subnet: '172.16.0.128/25' }]],
        routes: [{ dst: '172.16.0.0/16' }],
        dataDir: '/tmp/pp-42-0-cni/1',
      },
    });
    const restore = n1.findIndex((c) => c.argv[0] === 'iptables-restore');
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(n1.indexOf(adds[0] as (typeof n1)[number]));
    expect(article.tables.map((t) => `${t.place} ${t.artifact}`)).toEqual(
      expect.arrayContaining(['node:node-a links', 'node:node-a host-local', 'pod:web-1 links']),
    );
  });

  it('gives the router the vSwitch gateway and the custom entries as routes', () => {
    const router = lines(article).filter(
      (l) => l.startsWith('pp-42-0-vpc: ip') && /addr add|route add/.test(l),
    );
    expect(router).toEqual([
      'pp-42-0-vpc: ip addr add 192.168.0.253/24 brd + dev vsw0',
      'pp-42-0-vpc: ip addr add 169.254.0.1/30 dev natgw',
      'pp-42-0-vpc: ip route add 0.0.0.0/0 via 169.254.0.2',
      'pp-42-0-vpc: ip route add 172.16.0.0/25 via 192.168.0.5',
      'pp-42-0-vpc: ip route add 172.16.0.128/25 via 192.168.0.10',
      'pp-42-0-vpc: ip route add 172.16.1.0/25 via 192.168.0.20',
    ]);
    expect(article.routerGateways.get('192.168.0.10')).toBe('i-gsqx8z2c0vxubj6anq8n');
    expect(article.routerIif.get('vsw-a')).toBe('vsw0');
  });

  it('restores each node’s nat text and checks its tables afterwards', () => {
    const restore = article.commands.find((c) => c.ns === 'pp-42-0-n1' && c.argv[0] === 'iptables-restore');
    expect(restore?.input).toContain('-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.0.128/25 -j RETURN');
    expect(article.tables.map((t) => `${t.place} ${t.artifact}`)).toContain('node:node-a iptables-nat');
    expect(article.tables.map((t) => `${t.place} ${t.artifact}`)).toContain('pod:api-1 ip-route');
  });

  it('keeps the NAT gateway’s SNAT per vSwitch, as the engine’s SNAT table has it', () => {
    const nat = article.commands.find((c) => c.ns === 'pp-42-0-nat' && c.argv[0] === 'iptables-restore');
    expect(nat?.input).toContain(
      '-A POSTROUTING -s 192.168.0.0/24 -o internet -j SNAT --to-source 198.51.100.20',
    );
    expect(nat?.input).not.toContain('192.168.0.0/16');
  });
});
