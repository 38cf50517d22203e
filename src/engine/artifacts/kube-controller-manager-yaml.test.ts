import { describe, expect, it } from 'vitest';
import { construct } from '../construction/construct.ts';
import { presetScenario } from '../scenario/presets.ts';
import { aroundChange, article, errorOf, textOf } from './test-worlds.ts';

describe('kube-controller-manager.yaml', () => {
  const c = article();

  it('appears on the master when kubeadm writes it', () => {
    const [before, after] = aroundChange(c, 'controller-manager-configured');
    expect(errorOf(before, 'node:master-1', 'kube-controller-manager.yaml')).toBe(
      '/etc/kubernetes/manifests/kube-controller-manager.yaml on master-1 does not exist yet: kubeadm has not written it',
    );
    const yaml = textOf(after, 'node:master-1', 'kube-controller-manager.yaml');
    expect(yaml.split('\n').slice(0, 10)).toEqual([
      '# /etc/kubernetes/manifests/kube-controller-manager.yaml (excerpt)',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  labels:',
      '    component: kube-controller-manager',
      '    tier: control-plane',
      '  name: kube-controller-manager',
      '  namespace: kube-system',
      'spec:',
    ]);
    expect(yaml).toContain('  - command:\n    - kube-controller-manager\n    - --allocate-node-cidrs=true\n');
  });

  it('is not on a worker', () => {
    expect(errorOf(c.final, 'node:node-a', 'kube-controller-manager.yaml')).toBe(
      '/etc/kubernetes/manifests/kube-controller-manager.yaml is not on this node: node-a is a worker; it is a static pod on the master node master-1',
    );
  });

  it('says so when the scenario has no master at all', () => {
    const small = construct(presetScenario('small'));
    expect(errorOf(small.final, 'node:node-1', 'kube-controller-manager.yaml')).toContain(
      'this scenario has no master node',
    );
  });

  it('takes the cluster CIDR, node mask and service range from the scenario', () => {
    const large = construct(presetScenario('large'));
    const yaml = textOf(large.final, 'node:master-1', 'kube-controller-manager.yaml');
    expect(yaml).toContain('    - --cluster-cidr=172.20.0.0/16\n    - --node-cidr-mask-size=24\n');
    expect(yaml).toContain('    - --service-cluster-ip-range=172.21.0.0/20\n');
  });
});
