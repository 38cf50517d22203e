import { describe, expect, it } from 'vitest';
import { construct } from '../construction/construct.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { importCluster } from './import-cluster.ts';
import { fixtureInputs, fixtureText } from './test-fixtures.ts';

describe('importCluster', () => {
  const result = importCluster(fixtureInputs());

  it('gives a valid scenario with the real names, pod CIDRs, pod IPs and registration order', () => {
    expect(result.parsed.ok).toBe(true);
    if (!result.parsed.ok) return;
    const s = result.parsed.scenario;
    expect(s.cluster).toMatchObject({ podCidr: '172.20.0.0/16', nodeCidrMaskSize: 25 });
    expect(s.nodes.map((n) => [n.name, n.ip, n.podCidr])).toEqual([
      ['cn-hangzhou.192.168.0.48', '192.168.0.48', '172.20.0.0/25'],
      ['cn-hangzhou.192.168.0.49', '192.168.0.49', '172.20.0.128/25'],
      ['cn-hangzhou.192.168.0.52', '192.168.0.52', '172.20.2.0/25'],
      ['cn-hangzhou.192.168.0.51', '192.168.0.51', '172.20.1.128/25'],
    ]);
    expect(s.pods.map((p) => [p.name, p.ip])).toEqual([
      ['api-5f6d7b8c9-k2x4p', '172.20.1.130'],
      ['api-5f6d7b8c9-q7w2z', '172.20.1.131'],
      ['web-7d4b9c6f5-abcde', '172.20.0.5'],
      ['web-7d4b9c6f5-fghij', '172.20.0.134'],
      ['coredns-6d8c4cb4d-7zq9r', '172.20.2.4'],
    ]);
    expect(s.vpc.vswitches).toEqual([{ name: 'vsw-1', cidr: '192.168.0.0/24' }]);
  });

  it('models the missing VPC entry as what the world shows: the node has no entry', () => {
    if (!result.parsed.ok) throw new Error('refused');
    expect(result.parsed.scenario.faults).toEqual([
      { kind: 'vpc-route-deleted', node: 'cn-hangzhou.192.168.0.51' },
    ]);
    const world = construct(result.parsed.scenario).final;
    const table = world.vpc.routeTable
      .filter((e) => e.type === 'custom')
      .map((e) => `${e.destination} ${e.node}`);
    expect(table).toEqual([
      '172.20.0.0/25 cn-hangzhou.192.168.0.48',
      '172.20.0.128/25 cn-hangzhou.192.168.0.49',
      '172.20.2.0/25 cn-hangzhou.192.168.0.52',
    ]);
    const built = [...world.nodes.values()].map((n) => (n.podCidr ? formatCidr(n.podCidr) : undefined));
    expect(built).toEqual(['172.20.0.0/25', '172.20.0.128/25', '172.20.2.0/25', '172.20.1.128/25']);
    const ip = world.pods.get('api-5f6d7b8c9-q7w2z')?.ip;
    expect(ip === undefined ? undefined : formatIp(ip)).toBe('172.20.1.131');
  });

  it('notes what it left out or filled in', () => {
    const lines = result.notes.map((n) => `${n.source} ${n.path}: ${n.message}`);
    expect(lines).toContain(
      "pods kube-system/kube-flannel-ds-2xk8d: uses the host network (the node's address), so it is not in the pod network; left out",
    );
    expect(lines).toContain('pods default/batch-28890000-xv9lm: is Pending and on no node yet; left out');
    expect(lines).toContain(
      'routes 172.20.1.0/25: no node has 172.20.1.0/25 (next hop i-bp1x0deleted0node50): a stale entry; it takes quota but is left out of the scenario',
    );
    expect(
      lines.some((l) =>
        l.startsWith('routes : the VPC CIDR is not in these outputs; taken as 192.168.0.0/16'),
      ),
    ).toBe(true);
  });

  it('imports the nodes alone, inferring the cluster CIDR from their blocks', () => {
    const alone = importCluster({ nodes: fixtureText('nodes') });
    expect(alone.parsed.ok).toBe(true);
    expect(alone.file.cluster).toMatchObject({ podCidr: '172.20.0.0/22', nodeCidrMaskSize: 25 });
    expect(alone.file.faults).toEqual([]);
  });

  it('leaves out a pod whose IP is outside its node block, and says so', () => {
    const pods = JSON.parse(fixtureText('pods'));
    pods.items[0].status.podIP = '172.20.0.77';
    const moved = importCluster({ ...fixtureInputs(), pods });
    expect(moved.parsed.ok).toBe(true);
    expect(moved.notes.map((n) => n.message)).toContain(
      'pod IP 172.20.0.77 is outside the pod CIDR 172.20.1.128/25 of cn-hangzhou.192.168.0.51 (or reserved, or taken twice); left out',
    );
  });

  it('models an entry that points at another instance as missing, with a note', () => {
    const routes = JSON.parse(fixtureText('route-entries'));
    routes.RouteEntrys.RouteEntry[4].NextHops.NextHop[0].NextHopId = 'i-bp1a2b3c4d5e6f7g8h9i';
    const wrong = importCluster({ ...fixtureInputs(), routes });
    expect(wrong.file.faults).toEqual([
      { kind: 'vpc-route-deleted', node: 'cn-hangzhou.192.168.0.49' },
      { kind: 'vpc-route-deleted', node: 'cn-hangzhou.192.168.0.51' },
    ]);
  });
});
