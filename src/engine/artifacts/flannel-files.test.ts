/** subnet.env, net-conf.json and 10-flannel.conf: when each appears, and when it never does. */
import { describe, expect, it } from 'vitest';
import { cidr } from '../net/ipv4.ts';
import { aroundChange, article, articleWith, errorOf, textOf } from './test-worlds.ts';

describe('subnet.env', () => {
  const c = article();

  it('does not exist until flanneld writes it, then holds the four lines in order', () => {
    const [before, after] = aroundChange(c, 'subnet-env-written', 'node-a');
    expect(errorOf(before, 'node:node-a', 'subnet.env')).toBe(
      '/run/flannel/subnet.env on node-a does not exist yet: flanneld has not written it',
    );
    expect(textOf(after, 'node:node-a', 'subnet.env')).toBe(
      'FLANNEL_NETWORK=172.16.0.0/16\nFLANNEL_SUBNET=172.16.0.129/25\nFLANNEL_MTU=1500\nFLANNEL_IPMASQ=true',
    );
  });

  it('says the kube-flannel pod is not there yet before it is scheduled', () => {
    const [before] = aroundChange(c, 'flanneld-status', 'node-a');
    expect(errorOf(before, 'node:node-a', 'subnet.env')).toContain(
      '(the kube-flannel pod is not on this node yet)',
    );
  });

  it('is missing, with flanneld’s failure, under the flanneld-down fault', () => {
    const down = article([{ kind: 'flanneld-down', node: 'node-a' }]);
    expect(errorOf(down.final, 'node:node-a', 'subnet.env')).toBe(
      '/run/flannel/subnet.env on node-a does not exist: flanneld failed: the kube-flannel container exits before acquiring its lease and keeps restarting: CrashLoopBackOff (what-if: flanneld-down, never started)',
    );
    expect(textOf(down.final, 'node:node-b', 'subnet.env')).toContain('FLANNEL_SUBNET=172.16.1.1/25');
  });

  it('is missing when the node got no pod CIDR', () => {
    // Two /25 blocks for three nodes: node-b, the third, gets none (CIDRNotAvailable).
    const tight = articleWith((s) => ({ ...s, cluster: { ...s.cluster, podCidr: '172.16.0.0/24' } }));
    expect(errorOf(tight.final, 'node:node-b', 'subnet.env')).toContain(
      'flanneld failed: Error registering network: failed to acquire lease: node "node-b" pod cidr not assigned',
    );
  });

  it('says FLANNEL_IPMASQ=false without --ip-masq', () => {
    const noMasq = articleWith((s) => ({ ...s, cluster: { ...s.cluster, ipMasq: false } }));
    expect(textOf(noMasq.final, 'node:node-a', 'subnet.env').split('\n')[3]).toBe('FLANNEL_IPMASQ=false');
  });

  it('follows a /24 node mask', () => {
    const wide = articleWith((s) => ({ ...s, cluster: { ...s.cluster, nodeCidrMaskSize: 24 } }));
    expect(wide.final.nodes.get('node-a')?.podCidr).toEqual(cidr('172.16.1.0/24'));
    expect(textOf(wide.final, 'node:node-a', 'subnet.env')).toContain('FLANNEL_SUBNET=172.16.1.1/24\n');
  });
});

describe('net-conf.json', () => {
  const c = article();

  it('arrives with the kube-flannel pod, pretty-printed like the ConfigMap', () => {
    const [before, after] = aroundChange(c, 'flanneld-status', 'node-a');
    expect(errorOf(before, 'node:node-a', 'net-conf.json')).toContain(
      'does not exist yet: the kube-flannel pod',
    );
    expect(textOf(after, 'node:node-a', 'net-conf.json')).toBe(
      '{\n  "Network": "172.16.0.0/16",\n  "Backend": {\n    "Type": "alloc"\n  }\n}',
    );
  });

  it('is mounted even when flanneld crashes', () => {
    const down = article([{ kind: 'flanneld-down', node: 'node-a' }]);
    expect(textOf(down.final, 'node:node-a', 'net-conf.json')).toContain('"Type": "alloc"');
  });
});

describe('10-flannel.conf', () => {
  it('appears when install-cni copies it', () => {
    const c = article();
    const [before, after] = aroundChange(c, 'cni-conf-installed', 'node-b');
    expect(errorOf(before, 'node:node-b', '10-flannel.conf')).toBe(
      '/etc/cni/net.d/10-flannel.conf on node-b does not exist yet: install-cni has not copied it',
    );
    expect(JSON.parse(textOf(after, 'node:node-b', '10-flannel.conf'))).toEqual({
      name: 'cbr0',
      cniVersion: '0.3.1',
      type: 'flannel',
      delegate: { hairpinMode: true, isDefaultGateway: true },
    });
  });
});
