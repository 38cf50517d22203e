import { describe, expect, it } from 'vitest';
import { routeTableId } from '../ids.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { ARTICLE, podsOn, withChanges, workers } from '../test-support/scenario.ts';
import { construct, stateAt } from './construct.ts';
import { stateAfter } from './fold.ts';
import { CIDR_ALLOCATION_FAILED, SUBNET_ENV_MISSING } from './messages.ts';

describe('construction of the article cluster', () => {
  const c = construct(ARTICLE);
  const world = c.final;

  it('runs the phases in order: initial, cluster, node, pod', () => {
    const phases = c.steps.map((s) => s.phase);
    const order = [...new Set(phases)];
    expect(order).toEqual(['initial', 'cluster', 'node', 'pod']);
    expect(c.steps.map((s) => s.index)).toEqual(c.steps.map((_, i) => i + 1));
  });

  it('gives pod CIDRs in registration order, node-a the second block', () => {
    const cidrs = [...world.nodes.values()].map(
      (n) => `${n.name} ${n.podCidr ? formatCidr(n.podCidr) : '-'}`,
    );
    expect(cidrs).toEqual(['master-1 172.16.0.0/25', 'node-a 172.16.0.128/25', 'node-b 172.16.1.0/25']);
  });

  it('gives each node its own flanneld, subnet.env, CNI config and VPC route', () => {
    for (const node of world.nodes.values()) {
      expect(node.flanneld).toBe('running');
      expect(node.cniConfInstalled).toBe(true);
      expect(node.subnetEnv).toBeDefined();
      expect(node.vpcRoute).toBe('created');
      expect(node.conditions.find((x) => x.type === 'NetworkUnavailable')?.status).toBe('False');
    }
    const custom = world.vpc.routeTable.filter((e) => e.type === 'custom');
    expect(custom.map((e) => `${e.destination} ${e.nextHopType} ${e.node ?? ''}`)).toEqual([
      '0.0.0.0/0 nat-gateway ',
      '172.16.0.0/25 instance master-1',
      '172.16.0.128/25 instance node-a',
      '172.16.1.0/25 instance node-b',
    ]);
  });

  it('addresses pods from network + 2 and cni0 at network + 1', () => {
    const ips = [...world.pods.values()].map((p) => `${p.name} ${p.ip === undefined ? '-' : formatIp(p.ip)}`);
    expect(ips).toEqual(['web-1 172.16.0.130', 'cache-1 172.16.0.131', 'api-1 172.16.1.2']);
    expect(formatIp(world.nodes.get('node-a')?.cni0?.gateway ?? 0)).toBe('172.16.0.129');
    expect(world.nodes.get('master-1')?.cni0).toBeUndefined();
  });

  it('creates cni0 exactly with the node first pod', () => {
    const created = c.steps.filter((s) => s.changes.some((ch) => ch.kind === 'cni0-created'));
    expect(created.map((s) => s.target)).toEqual(['node:node-a', 'node:node-b']);
    const first = created[0];
    if (!first) throw new Error('no cni0 step');
    expect(stateAt(c, first.index - 1).nodes.get('node-a')?.cni0).toBeUndefined();
    expect(stateAt(c, first.index).nodes.get('node-a')?.cni0).toBeDefined();
    expect(stateAt(c, first.index - 1).pods.get('web-1')?.netns).toBe(true);
  });

  it('folds to the same state the builder reached, at every step', () => {
    expect(stateAfter(ARTICLE, c.steps, c.steps.length)).toEqual(world);
    expect(stateAt(c, 0).nodes.size).toBe(0);
    expect(stateAt(c, 0).vpc.created).toBe(false);
  });

  it('gives the same output on every run', () => {
    expect(JSON.stringify(construct(ARTICLE).steps)).toBe(JSON.stringify(c.steps));
  });

  it('explains every step in words', () => {
    for (const step of c.steps) {
      expect(step.title.length).toBeGreaterThan(5);
      expect(step.explanation.length).toBeGreaterThan(40);
    }
  });
});

describe('failures', () => {
  it('cluster CIDR exhausted: CIDRNotAvailable, no pod CIDR, flanneld fails, the tainted node’s pods stay Pending with no sandbox', () => {
    const s = withChanges({
      cluster: { podCidr: '172.16.0.0/24', nodeCidrMaskSize: 25 },
      pods: [...ARTICLE.pods, { name: 'late', node: 'node-b', containers: ['app'] }],
    });
    const c = construct(s);
    const b = c.final.nodes.get('node-b');
    expect(b?.podCidr).toBeUndefined();
    expect(c.final.events.find((e) => e.reason === 'CIDRNotAvailable')?.message).toBe(
      'Node node-b status is now: CIDRNotAvailable',
    );
    expect(c.steps.find((s) => s.title.includes('CIDRNotAvailable'))?.explanation).toContain(
      CIDR_ALLOCATION_FAILED,
    );
    expect(b?.flanneld).toBe('failed');
    expect(b?.flanneldError).toBe(
      'Error registering network: failed to acquire lease: node "node-b" pod cidr not assigned',
    );
    expect(b?.vpcRoute).toBe('none');
    expect(b?.taints).toEqual(['node.kubernetes.io/network-unavailable:NoSchedule']);
    const late = c.final.pods.get('late');
    expect(late?.phase).toBe('Pending');
    expect(late?.netns).toBe(false);
    expect(late?.error).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    );
    const scheduler = c.steps.find((s) => s.actor === 'kube-scheduler' && s.target === 'pod:late');
    expect(scheduler?.failed).toBe(true);
    expect(scheduler?.changes.some((ch) => ch.kind === 'pod-sandbox-created')).toBe(false);
    expect(c.steps.some((s) => s.target === 'pod:late' && s.actor !== 'kube-scheduler')).toBe(false);
    expect(c.final.events.find((e) => e.reason === 'FailedScheduling')?.source).toBe('default-scheduler');
  });

  it('route quota exceeded: QuotaExceeded, NetworkUnavailable stays True', () => {
    const c = construct(withChanges({ vpc: { routeQuota: 3 } }));
    const b = c.final.nodes.get('node-b');
    expect(b?.vpcRoute).toBe('quota-exceeded');
    expect(b?.conditions.find((x) => x.type === 'NetworkUnavailable')).toMatchObject({
      status: 'True',
      reason: 'NoRouteCreated',
    });
    const failed = c.final.events.find((e) => e.reason === 'CreateRouteFailed');
    expect(failed?.source).toBe('Route');
    expect(failed?.message).toBe(
      [
        `Create Route Failed for ${routeTableId('192.168.0.0/16')} reason: error create route for node ${b?.providerId}, err: error create route entry for ${b?.providerId}, 172.16.1.0/25, error: SDK.ServerError`,
        'ErrorCode: QuotaExceeded',
        'Recommend: …',
        'RequestId: …',
        'Message: Route entry quota exceeded in this route table.',
      ].join('\n'),
    );
    expect(c.final.vpc.routeTable.filter((e) => e.type === 'custom')).toHaveLength(3);
  });

  it('flanneld-down: no subnet.env, CNI ADD fails with the subnet.env error', () => {
    const c = construct(withChanges({ faults: [{ kind: 'flanneld-down', node: 'node-a' }] }));
    const a = c.final.nodes.get('node-a');
    expect(a?.subnetEnv).toBeUndefined();
    expect(a?.vpcRoute).toBe('created');
    expect(c.final.pods.get('web-1')?.error).toContain(SUBNET_ENV_MISSING);
    expect(c.final.pods.get('api-1')?.phase).toBe('Running');
  });

  it('pod IP range exhausted: host-local error, pod stays ContainerCreating', () => {
    const s = withChanges({ cluster: { nodeCidrMaskSize: 28 }, pods: podsOn('node-a', 14) });
    const c = construct(s);
    const pods = [...c.final.pods.values()];
    expect(pods.filter((p) => p.phase === 'Running')).toHaveLength(13);
    const last = pods[13];
    expect(last?.phase).toBe('ContainerCreating');
    expect(last?.error).toContain('no IP addresses available in range set: 172.16.0.17-172.16.0.30');
    expect(last?.veth).toBeUndefined();
  });

  it('kube-scheduler binds at most 110 pods to a node (kube-flannel included): the rest stay Pending, "Too many pods"', () => {
    const s = withChanges({
      cluster: { podCidr: '10.0.0.0/16', nodeCidrMaskSize: 24 },
      pods: podsOn('node-a', 110),
    });
    const c = construct(s);
    const pending = [...c.final.pods.values()].filter((p) => p.phase === 'Pending');
    expect(pending.map((p) => p.name)).toEqual(['pod-node-a-109']);
    expect(pending[0]?.netns).toBe(false);
    expect(pending[0]?.ip).toBeUndefined();
    expect(pending[0]?.error).toBe(
      "0/3 nodes are available: 1 Too many pods, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
    const step = c.steps.find((st) => st.target === 'pod:pod-node-a-109');
    expect(step).toMatchObject({ actor: 'kube-scheduler', failed: true });
    expect(step?.title).toBe('pod-node-a-109 stays Pending: node-a is full');
    expect(c.steps.filter((st) => st.target === 'pod:pod-node-a-109')).toHaveLength(1);
    expect(c.final.events.filter((e) => e.reason === 'FailedScheduling')).toHaveLength(1);
  });

  it('10,000 pods on one node: 109 run, the other 9,891 stay Pending in one step, with no sandbox or IP', () => {
    const s = withChanges({
      cluster: { podCidr: '10.0.0.0/16', nodeCidrMaskSize: 24 },
      pods: podsOn('node-a', 10_000),
    });
    const c = construct(s);
    const pods = [...c.final.pods.values()];
    expect(pods.filter((p) => p.phase === 'Running')).toHaveLength(109);
    expect(pods.filter((p) => p.phase === 'Pending' && !p.netns && p.ip === undefined)).toHaveLength(9891);
    const full = c.steps.filter((st) => st.title.includes('stay Pending: node-a is full'));
    expect(full).toHaveLength(1);
    expect(full[0]?.title).toBe('9891 pods stay Pending: node-a is full');
    expect(full[0]?.target).toBe('node:node-a');
    expect(full[0]?.explanation).toContain('pod-node-a-109 and the 9890 after it stay Pending');
    const article = construct(withChanges({})).steps.length;
    expect(c.steps.length).toBeLessThan(article + 109 * 5);
    const sandboxes = c.steps.flatMap((st) => st.changes).filter((ch) => ch.kind === 'pod-sandbox-created');
    expect(sandboxes).toHaveLength(109);
  });

  it('vpc-route-deleted, masquerade-rules-missing and cni0-down act after construction', () => {
    const c = construct(
      withChanges({
        faults: [
          { kind: 'vpc-route-deleted', node: 'node-b' },
          { kind: 'masquerade-rules-missing', node: 'node-a' },
          { kind: 'cni0-down', node: 'node-a' },
        ],
      }),
    );
    expect(c.steps.filter((s) => s.phase === 'what-if')).toHaveLength(3);
    expect(c.final.vpc.routeTable.some((e) => e.node === 'node-b')).toBe(false);
    expect(c.final.nodes.get('node-b')?.vpcRoute).toBe('deleted');
    expect(c.final.nodes.get('node-a')?.masqueradeRules).toBe(false);
    expect(c.final.nodes.get('node-a')?.cni0?.up).toBe(false);
  });

  it('many nodes: the 17th node of a /16 with /25 blocks gets 172.16.8.0/25', () => {
    const c = construct(withChanges({ nodes: workers(17), pods: [] }));
    expect(formatCidr(c.final.nodes.get('node-17')?.podCidr ?? { network: 0, prefix: 0 })).toBe(
      '172.16.8.0/25',
    );
  });
});

describe('the custom route step', () => {
  it('counts the quota as it stands at that step, not at the end of the construction', () => {
    const { steps } = construct(ARTICLE);
    const custom = steps.find((s) => s.title === 'Custom route 0.0.0.0/0 → NAT gateway');
    expect(custom?.explanation).toContain("the route table's quota of 200: with this one, 1 is in use.");
  });
});

describe('the what-if flanneld-down', () => {
  it('is a flanneld that never started: no subnet.env, no masquerade rules, and the step says why', () => {
    const c = construct({ ...ARTICLE, faults: [{ kind: 'flanneld-down', node: 'node-b' }] });
    const b = c.final.nodes.get('node-b');
    expect(b?.subnetEnv).toBeUndefined();
    expect(b?.masqueradeRules).toBe(false);
    const step = c.steps.find((s) => s.actor === 'flanneld' && s.target === 'node:node-b');
    expect(step?.title).toBe('flanneld on node-b never starts');
    expect(step?.explanation).toContain('never gets as far as its lease');
    expect(step?.explanation).toContain('dies after setup leaves subnet.env and its rules');
  });
});
