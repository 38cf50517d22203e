/** Terway's what-ifs as node faults (`faults`): the same failures as the scenario variants, on one node. */
import { describe, expect, it } from 'vitest';
import { renderArtifact } from '../artifacts/index.ts';
import { last, traced } from '../packet/test-support.ts';
import { parseScenario } from '../scenario/parse.ts';
import { PRESETS } from '../scenario/preset-files.ts';
import type { FaultKind } from '../scenario/types.ts';
import { terwayArticle } from './test-worlds.ts';

const withFault = (kind: FaultKind, node: string) =>
  terwayArticle((s) => ({ ...s, faults: [{ kind, node }] }));

describe('Terway faults', () => {
  it('vswitch-exhausted on node-b: its first pod finds vsw-a dry, IpNotEnough, SufficientIP=False, ContainerCreating', () => {
    const c = withFault('vswitch-exhausted', 'node-b');
    expect(c.steps.filter((s) => s.failed).map((s) => s.title)).toEqual([
      'vSwitch vsw-a has no address left: InvalidVSwitchId.IpNotEnough',
      'No address for api-1: no eni can handle the allocation',
    ]);
    expect(c.steps.some((s) => s.title === "What-if: vsw-a has no address left for node-b's pods")).toBe(
      true,
    );
    expect(c.final.pods.get('web-1')?.phase).toBe('Running');
    expect(c.final.pods.get('api-1')?.phase).toBe('ContainerCreating');
    expect(c.final.nodes.get('node-b')?.conditions).toContainEqual(
      expect.objectContaining({ type: 'SufficientIP', status: 'False', reason: 'InsufficientIP' }),
    );
    expect(c.final.nodes.get('node-a')?.conditions.some((x) => x.type === 'SufficientIP')).toBe(false);
  });

  it('vswitch-exhausted on node-a: the vSwitch it shares with node-b is dry for every later pod', () => {
    const c = withFault('vswitch-exhausted', 'node-a');
    for (const pod of ['web-1', 'cache-1', 'api-1']) {
      expect(c.final.pods.get(pod)?.phase).toBe('ContainerCreating');
    }
  });

  it('eni-quota-reached on node-b: ECS answers EniPerInstanceLimitExceeded, its pods get no address', () => {
    const c = withFault('eni-quota-reached', 'node-b');
    expect(c.steps.filter((s) => s.failed).map((s) => s.title)).toEqual([
      'ECS refuses a new ENI on node-b: EniPerInstanceLimitExceeded',
      'No address for api-1: no eni can handle the allocation',
    ]);
    expect(c.final.pods.get('api-1')?.error).toContain('no eni can handle the allocation');
    expect(c.final.pods.get('web-1')?.phase).toBe('Running');
    expect(
      c.final.events.filter((e) => e.reason === 'AllocIPFailed').map((e) => `${e.object} ${e.message}`),
    ).toEqual([
      'Node/node-b Code: EniPerInstanceLimitExceeded Message: …',
      'Pod/api-1 cmdAdd: error alloc ip rpc error: code = Unknown desc = no eni can handle the allocation',
    ]);
    expect(c.final.terway?.nodes.get('node-b')?.enis ?? []).toEqual([]);
  });

  it('snat-entry-missing on node-a: pods offline, nodes online; the SNAT table keeps ECS-instance entries', () => {
    const c = withFault('snat-entry-missing', 'node-a');
    const pod = traced(c.final, 'pod:web-1', 'external:internet');
    expect(pod.outcome).toBe('dropped');
    expect(last(pod.hops).at).toBe('nat-gateway');
    expect(pod.reason).toContain(
      "vSwitch vsw-a, which holds the pod's ENI address 192.168.0.1, has no SNAT entry of its own: only the ECS instances master-1, node-a, node-b have one",
    );
    expect(traced(c.final, 'node:node-a', 'external:internet').outcome).toBe('delivered');
    const table = renderArtifact(c.final, 'vpc', 'snat-table');
    expect(table.ok && table.rows.map((r) => r.text)).toEqual([
      'SNAT 192.168.0.5/32 (ECS master-1) → 198.51.100.20',
      'SNAT 192.168.0.10/32 (ECS node-a) → 198.51.100.20',
      'SNAT 192.168.0.20/32 (ECS node-b) → 198.51.100.20',
    ]);
    expect(c.steps.at(-1)?.title).toBe('What-if: no SNAT entry for vsw-a, the pod vSwitch of node-a');
  });

  it("security-group-denies-pods on node-b: a cross-node walk is dropped at node-b's ENI, the group as evidence", () => {
    const c = withFault('security-group-denies-pods', 'node-b');
    const t = traced(c.final, 'pod:web-1', 'pod:api-1');
    expect(t.outcome).toBe('dropped');
    const drop = last(t.hops);
    expect(drop.at).toBe('node:node-b');
    expect(drop.deviceIn).toBe('eth1');
    expect(drop.evidence?.table).toBe('security-group');
    expect(drop.evidence?.line).toMatch(
      /^sg-\w{20} \(enterprise\) inbound: no rule accepts 192\.168\.0\.1; default: drop$/,
    );
    // The node's own eth0 keeps the cluster's group; the group is stateful for what node-b's pods send.
    expect(traced(c.final, 'node:node-a', 'node:node-b').outcome).toBe('delivered');
    expect(traced(c.final, 'pod:api-1', 'external:internet').outcome).toBe('delivered');
    const out = traced(c.final, 'pod:api-1', 'pod:web-1');
    expect(out.outcome).toBe('delivered');
    expect(out.reply?.outcome).toBe('delivered');
    expect(traced(c.final, 'pod:web-1', 'pod:cache-1').outcome).toBe('delivered');
  });

  it("a Terway fault on a Flannel cluster, and Flannel's on Terway, are refused with a path", () => {
    const flannel = parseScenario({
      ...(PRESETS.article as object),
      faults: [{ kind: 'snat-entry-missing', node: 'node-a' }],
    } as never);
    expect(flannel.ok ? [] : flannel.errors.map(({ path, message }) => ({ path, message }))).toContainEqual({
      path: 'faults[0].kind',
      message:
        'snat-entry-missing is a Terway fault and this cluster runs Flannel (cluster.cni); its faults are vpc-route-deleted, flanneld-down, masquerade-rules-missing, cni0-down',
    });
    const base = PRESETS.article as { readonly cluster: object };
    const terway = parseScenario({
      ...base,
      cluster: { ...base.cluster, cni: { plugin: 'terway' } },
      faults: [{ kind: 'cni0-down', node: 'node-a' }],
    } as never);
    expect(terway.ok ? [] : terway.errors.map((e) => e.path)).toEqual(['faults[0].kind']);
  });
});
