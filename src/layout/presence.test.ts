import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../engine/index.ts';
import { layoutTopology } from './layout.ts';
import { ARTICLE, gridScenario } from './test-fixtures.ts';

const c = construct(ARTICLE);
const at = (step: number) => layoutTopology(stateAt(c, step));
const stepOf = (title: RegExp) => c.steps.find((s) => title.test(s.title))?.index ?? -1;

describe('what the diagram holds at each step', () => {
  it('shows only the external endpoint before anything is built', () => {
    expect(at(0).elements.map((e) => e.id)).toEqual(['external:internet']);
    expect(at(0).links).toEqual([]);
  });

  it('has no node before its ECS instance is created, then keeps it', () => {
    const created = stepOf(/^ECS .* \(node-a\) created/);
    expect(at(created - 1).byId.has('node:node-a')).toBe(false);
    expect(at(created).byId.has('node:node-a')).toBe(true);
    expect(at(created).byId.has('node:node-a/eth0')).toBe(true);
    expect(at(created).links.map((l) => l.id)).toContain('link:node:node-a/eth0~vswitch:vsw-a');
  });

  it('shows cni0 exactly from the step that creates it, with the node’s first pod', () => {
    const first = stepOf(/^bridge plugin creates cni0 on node-a/);
    const sandbox = stepOf(/^Sandbox for web-1/);
    expect(first).toBeGreaterThan(sandbox);
    for (let step = 0; step <= c.steps.length; step++) {
      const layout = at(step);
      expect(layout.byId.has('node:node-a/cni0'), `step ${step}`).toBe(step >= first);
      expect(layout.links.some((l) => l.id === 'link:node:node-a/cni0~node:node-a/eth0')).toBe(step >= first);
    }
    // master-1 never gets a pod, so never a cni0.
    expect(at(c.steps.length).byId.has('node:master-1/cni0')).toBe(false);
    expect(
      at(first)
        .byId.get('node:node-a/cni0')
        ?.lines.map((l) => l.text),
    ).toEqual(['cni0', '172.16.0.129/25']);
  });

  it('adds a veth and its link when the bridge plugin makes the pair, and the pod IP after', () => {
    const veth = stepOf(/^veth pair .* for web-1/);
    expect(at(veth - 1).byId.has('pod:web-1/veth')).toBe(false);
    expect(at(veth).byId.has('pod:web-1/veth')).toBe(true);
    expect(at(veth).links.map((l) => l.id)).toContain('link:pod:web-1/veth~node:node-a/cni0');
    const texts = (step: number) =>
      at(step)
        .byId.get('pod:web-1')
        ?.lines.map((l) => l.text);
    expect(texts(veth)).toEqual(['web-1']);
    expect(texts(veth + 1)).toEqual(['web-1', 'eth0 172.16.0.130']);
  });

  it('fills the pod CIDR label in when the allocator sets it', () => {
    const step = stepOf(/^node-a gets pod CIDR/);
    const label = (n: number) =>
      at(n)
        .byId.get('node:node-a')
        ?.lines.find((l) => l.key === 'node:node-a#podCidr');
    expect(label(step - 1)?.text).toBe('no pod CIDR yet');
    expect(label(step)?.text).toBe('pod CIDR 172.16.0.128/25');
  });

  it('lists VPC routes in the vRouter badge as the CCM adds them', () => {
    const routes = (n: number) => at(n).routes.rows.map((r) => `${r.destination} → ${r.target}`);
    expect(routes(c.steps.length)).toEqual([
      '100.64.0.0/10 → cloud-service',
      '192.168.0.0/24 → vsw-a',
      '0.0.0.0/0 → nat-gateway',
      '172.16.0.0/25 → master-1',
      '172.16.0.128/25 → node-a',
      '172.16.1.0/25 → node-b',
    ]);
    const ccm = stepOf(/^CCM adds VPC route 172.16.0.128\/25/);
    expect(routes(ccm - 1)).not.toContain('172.16.0.128/25 → node-a');
    expect(routes(ccm)).toContain('172.16.0.128/25 → node-a');
  });

  it('shows the control plane and per-node actors once they exist', () => {
    const cp = stepOf(/^Cluster CIDR/);
    expect(at(cp - 1).byId.has('control-plane')).toBe(false);
    expect(at(cp).byId.has('control-plane/kcm')).toBe(true);
    const registered = stepOf(/^kubelet on node-a registers/);
    expect(at(registered - 1).byId.has('node:node-a/kubelet')).toBe(false);
    expect(at(registered).byId.has('node:node-a/kubelet')).toBe(true);
    const flannel = stepOf(/^kube-flannel pod scheduled on node-a/);
    expect(at(flannel - 1).byId.has('node:node-a/flanneld')).toBe(false);
    expect(at(flannel).byId.get('node:node-a/flanneld')?.status).toBe('pending');
    expect(at(c.steps.length).byId.get('node:node-a/flanneld')?.dashed).toBe(true);
  });

  it('folds old routes into "+N earlier" when the table outgrows the badge', () => {
    const big = construct(gridScenario(20, () => 1));
    const routes = layoutTopology(big.final).routes;
    expect(routes.rows).toHaveLength(8);
    expect(routes.hidden).toBe(23 - 8);
    expect(routes.more?.text).toBe('+15 earlier');
    expect(routes.rows.at(-1)?.destination).toBe('172.16.19.0/24');
  });
});
