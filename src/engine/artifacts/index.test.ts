import { describe, expect, it } from 'vitest';
import { stateAt } from '../construction/construct.ts';
import { ARTIFACTS_BY_KIND, parseTarget, renderArtifact } from './index.ts';
import { article, errorOf } from './test-worlds.ts';

const c = article();

describe('ARTIFACTS_BY_KIND', () => {
  it('lists the artifacts of each kind in inspector order (DESIGN §3.2, and the local table)', () => {
    expect(ARTIFACTS_BY_KIND).toEqual({
      vpc: ['route-table', 'snat-table'],
      node: [
        'kube-controller-manager.yaml',
        'node-spec',
        'subnet.env',
        'net-conf.json',
        '10-flannel.conf',
        'ip-addr',
        'ip-route',
        'ip-route-local',
        'bridge-fdb',
        'iptables-nat',
      ],
      cni0: ['ip-addr', 'bridge-fdb'],
      pod: ['ip-addr', 'ip-route', 'ip-route-local'],
    });
  });
});

describe('parseTarget', () => {
  it('reads the four forms', () => {
    expect(parseTarget('vpc')).toEqual({ kind: 'vpc' });
    expect(parseTarget('node:node-a')).toEqual({ kind: 'node', name: 'node-a' });
    expect(parseTarget('node:node-a/cni0')).toEqual({ kind: 'cni0', name: 'node-a' });
    expect(parseTarget('pod:web-1')).toEqual({ kind: 'pod', name: 'web-1' });
  });

  it.each(['', 'VPC', 'node', 'node:', 'svc:x', 'web-1', ':x'])('refuses %j', (text) => {
    expect(parseTarget(text)).toBeUndefined();
  });
});

describe('renderArtifact errors', () => {
  it('names the target forms for an unknown target', () => {
    expect(errorOf(c.final, 'svc:web', 'ip-addr')).toBe(
      'unknown target "svc:web": use vpc, node:NAME, node:NAME/cni0 or pod:NAME',
    );
  });

  it('lists the scenario names for an unknown node or pod', () => {
    expect(errorOf(c.final, 'node:node-z', 'ip-route')).toBe(
      'unknown node "node-z": this scenario has master-1, node-a, node-b',
    );
    expect(errorOf(c.final, 'pod:web-9', 'ip-route')).toBe(
      'unknown pod "web-9": this scenario has web-1, cache-1, api-1',
    );
  });

  it('lists the artifacts of the kind for an unknown artifact', () => {
    expect(errorOf(c.final, 'pod:web-1', 'subnet.env')).toBe(
      'unknown artifact "subnet.env" for a pod: choose one of ip-addr, ip-route, ip-route-local',
    );
    expect(errorOf(c.final, 'vpc', 'ip-route')).toContain(
      'for the vpc: choose one of route-table, snat-table',
    );
    for (const name of ['toString', '__proto__', 'constructor']) {
      expect(errorOf(c.final, 'node:node-a', name)).toContain(`unknown artifact "${name}" for a node`);
    }
  });

  it('says a known node or pod does not exist yet before it is created', () => {
    const empty = stateAt(c, 0);
    expect(errorOf(empty, 'node:node-a', 'ip-route')).toBe(
      'node node-a does not exist yet: its ECS instance has not been created',
    );
    expect(errorOf(empty, 'pod:web-1', 'ip-addr')).toBe(
      'pod web-1 does not exist yet: kubelet on node-a has not created its sandbox',
    );
    expect(errorOf(empty, 'vpc', 'route-table')).toBe(
      'the VPC route table does not exist yet: the VPC has not been created',
    );
  });
});

describe('renderArtifact at every step', () => {
  const targets = [
    'vpc',
    ...c.scenario.nodes.map((n) => `node:${n.name}`),
    ...c.scenario.pods.map((p) => `pod:${p.name}`),
  ];
  const kindOf = (t: string) => (t === 'vpc' ? 'vpc' : (t.split(':')[0] as 'node' | 'pod'));

  it('never throws, and gives the same answer twice', () => {
    for (let n = 0; n <= c.steps.length; n++) {
      const world = stateAt(c, n);
      for (const target of targets) {
        for (const artifact of ARTIFACTS_BY_KIND[kindOf(target)]) {
          const first = renderArtifact(world, target, artifact);
          expect(renderArtifact(stateAt(c, n), target, artifact)).toEqual(first);
          if (first.ok) expect(first.text.endsWith('\n')).toBe(false);
          else expect(first.error.length).toBeGreaterThan(10);
        }
      }
    }
  }, 60_000);

  it('has every artifact of the final state except the workers’ manifests and the master’s FDB', () => {
    const missing = targets.flatMap((target) =>
      ARTIFACTS_BY_KIND[kindOf(target)]
        .filter((a) => !renderArtifact(c.final, target, a).ok)
        .map((a) => `${target} ${a}`),
    );
    expect(missing).toEqual([
      'node:master-1 bridge-fdb',
      'node:node-a kube-controller-manager.yaml',
      'node:node-b kube-controller-manager.yaml',
    ]);
  });
});
