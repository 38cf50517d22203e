import { describe, expect, it } from 'vitest';
import { construct } from '../construction/construct.ts';
import { trace } from '../packet/trace.ts';
import { parseScenario } from '../scenario/parse.ts';
import { diagnose } from './diagnose.ts';
import { formatFinding } from './finding.ts';
import { importCluster } from './import-cluster.ts';
import { fixtureInputs } from './test-fixtures.ts';

const N51 = 'cn-hangzhou.192.168.0.51';

function imported() {
  const result = importCluster(fixtureInputs());
  if (!result.parsed.ok) throw new Error('refused');
  return { scenario: result.parsed.scenario, cluster: result.cluster };
}

describe('diagnose the fixture cluster', () => {
  const { scenario, cluster } = imported();
  const findings = diagnose(scenario, cluster);

  it('names the missing VPC entry, its node and the pods it cuts off, with a walk that drops at the VPC', () => {
    const missing = findings.find((f) => f.kind === 'missing-route');
    expect(missing).toMatchObject({ severity: 'error', place: `node:${N51}` });
    expect(missing?.message).toBe(
      `the VPC route table has no entry 172.20.1.128/25 → i-bp1t9u8v7w6x5y4z3a2b for ${N51} (RouteController failed to create a route); its pods default/api-5f6d7b8c9-k2x4p, default/api-5f6d7b8c9-q7w2z cannot be reached from other nodes`,
    );
    expect(missing?.trace).toMatchObject({
      from: 'pod:web-7d4b9c6f5-abcde',
      to: 'pod:api-5f6d7b8c9-k2x4p',
      outcome: 'dropped',
      droppedAt: 'vpc-router',
    });
  });

  it("agrees with trace: another node's pod cannot reach the cut-off pod, and the drop is at the vRouter", () => {
    const world = construct(scenario).final;
    const result = trace(world, 'pod:web-7d4b9c6f5-fghij', 'pod:api-5f6d7b8c9-q7w2z');
    expect(result.outcome).toBe('dropped');
    expect(result.hops.at(-1)?.at).toBe('vpc-router');
    // The rest of the cluster still works.
    expect(trace(world, 'pod:web-7d4b9c6f5-abcde', 'pod:web-7d4b9c6f5-fghij').outcome).toBe('delivered');
  });

  it('finds the stale entry, the NotReady node and the NetworkUnavailable condition', () => {
    const lines = findings.map(formatFinding);
    expect(lines).toContain(
      'warning vpc-router stale-route: the VPC entry 172.20.1.0/25 → i-bp1x0deleted0node50 belongs to no node (its instance is no node of this cluster: a deleted node); it takes route quota, and a node that gets this block later would be routed to the wrong place',
    );
    expect(lines).toContain(
      'error node:cn-hangzhou.192.168.0.52 node-not-ready: cn-hangzhou.192.168.0.52 is NotReady (Ready=Unknown, NodeStatusUnknown: Kubelet stopped posting node status.); taints node.kubernetes.io/unreachable:NoSchedule, node.kubernetes.io/unreachable:NoExecute',
    );
    expect(findings.find((f) => f.kind === 'network-unavailable')?.place).toBe(`node:${N51}`);
  });

  it('counts route quota and CIDR headroom from the real table', () => {
    const lines = findings.map(formatFinding);
    // 5 custom entries in the real table (NAT, 3 nodes, 1 stale) of the default 200.
    expect(lines).toContain(
      "info vpc-router route-quota: route quota: 5 of 200 custom entries used, 195 left; every new node takes one (ACK's default quota is 200; the real one may differ)",
    );
    // 512 /25 blocks in 172.20.0.0/16, 4 taken.
    expect(lines).toContain(
      'info vpc-router cidr-headroom: 195 more nodes fit: 508 free /25 blocks left in the cluster CIDR 172.20.0.0/16, 195 route entries left (the route quota runs out first)',
    );
  });

  it('lists errors first', () => {
    const severities = findings.map((f) => f.severity);
    expect(severities.indexOf('info')).toBeGreaterThan(severities.lastIndexOf('error'));
  });
});

describe('diagnose from a scenario alone', () => {
  it('finds a deleted route and says which pods it cuts off', () => {
    const parsed = parseScenario({
      vpc: { cidr: '192.168.0.0/16', vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }] },
      cluster: { podCidr: '172.16.0.0/16', nodeCidrMaskSize: 24 },
      nodes: [{ name: 'node-a' }, { name: 'node-b' }],
      pods: [
        { name: 'web-1', node: 'node-a' },
        { name: 'api-1', node: 'node-b' },
      ],
      faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }],
    });
    if (!parsed.ok) throw new Error('refused');
    const [first] = diagnose(parsed.scenario);
    expect(first?.kind).toBe('missing-route');
    expect(first?.message).toMatch(
      /^the VPC route table has no entry 172\.16\.1\.0\/24 → i-\w+ for node-b \(the entry is missing\); its pods api-1 cannot be reached from other nodes$/,
    );
    expect(first?.trace).toMatchObject({
      from: 'pod:web-1',
      to: 'pod:api-1',
      outcome: 'dropped',
      droppedAt: 'vpc-router',
    });
  });

  it('finds nothing wrong in a healthy cluster, only headroom', () => {
    const parsed = parseScenario({
      vpc: { cidr: '192.168.0.0/16', vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }] },
      cluster: { podCidr: '172.16.0.0/22', nodeCidrMaskSize: 24 },
      nodes: [{ name: 'node-a' }, { name: 'node-b' }, { name: 'node-c' }],
    });
    if (!parsed.ok) throw new Error('refused');
    const findings = diagnose(parsed.scenario);
    expect(findings.map((f) => f.kind)).toEqual(['cidr-headroom', 'route-quota']);
    expect(findings[0]?.message).toContain('1 more node fit: 1 free /24 block left');
    expect(findings[0]?.severity).toBe('warning');
  });
});
