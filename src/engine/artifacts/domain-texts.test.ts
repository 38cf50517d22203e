/**
 * The article's second node, node-a, against the literal texts of DOMAIN.md §3: pod CIDR
 * 172.16.0.128/25, FLANNEL_SUBNET 172.16.0.129/25, first pod web-1 at 172.16.0.130, node IP
 * 192.168.0.10 behind the vSwitch gateway 192.168.0.253. Both the rendered text and the golden
 * file must be these.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, textOf } from './test-worlds.ts';

const { final } = article();
const golden = (file: string) =>
  readFileSync(join(import.meta.dirname, 'golden', 'article', `${file}.golden.txt`), 'utf8');

const DOMAIN: Record<string, [target: string, artifact: string, text: string]> = {
  'node-a.subnet.env': [
    'node:node-a',
    'subnet.env',
    `FLANNEL_NETWORK=172.16.0.0/16
FLANNEL_SUBNET=172.16.0.129/25
FLANNEL_MTU=1500
FLANNEL_IPMASQ=true`,
  ],
  'node-a.10-flannel.conf': [
    'node:node-a',
    '10-flannel.conf',
    `{
  "name": "cbr0",
  "cniVersion": "0.3.1",
  "type": "flannel",
  "delegate": {
    "hairpinMode": true,
    "isDefaultGateway": true
  }
}`,
  ],
  'node-a.net-conf.json': [
    'node:node-a',
    'net-conf.json',
    `{
  "Network": "172.16.0.0/16",
  "Backend": {
    "Type": "alloc"
  }
}`,
  ],
  'node-a.ip-route': [
    'node:node-a',
    'ip-route',
    `default via 192.168.0.253 dev eth0
172.16.0.128/25 dev cni0 proto kernel scope link src 172.16.0.129
192.168.0.0/24 dev eth0 proto kernel scope link src 192.168.0.10`,
  ],
  'web-1.ip-route': [
    'pod:web-1',
    'ip-route',
    `default via 172.16.0.129 dev eth0
172.16.0.0/16 via 172.16.0.129 dev eth0
172.16.0.128/25 dev eth0 proto kernel scope link src 172.16.0.130`,
  ],
  'node-a.iptables-nat': [
    'node:node-a',
    'iptables-nat',
    `-P PREROUTING ACCEPT
-P INPUT ACCEPT
-P OUTPUT ACCEPT
-P POSTROUTING ACCEPT
-A POSTROUTING -s 172.16.0.0/16 -d 172.16.0.0/16 -j RETURN
-A POSTROUTING -s 172.16.0.0/16 ! -d 224.0.0.0/4 -j MASQUERADE --random-fully
-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.0.128/25 -j RETURN
-A POSTROUTING ! -s 172.16.0.0/16 -d 172.16.0.0/16 -j MASQUERADE --random-fully`,
  ],
};

describe('DOMAIN.md §3 texts for node-a of the article', () => {
  it.each(Object.entries(DOMAIN))(
    '%s is exactly the documented text, rendered and golden',
    (file, [target, artifact, text]) => {
      expect(textOf(final, target, artifact)).toBe(text);
      expect(golden(file)).toBe(`${text}\n`);
    },
  );

  it('gives node-a its pod CIDR in the Node spec (§3.2)', () => {
    const spec = textOf(final, 'node:node-a', 'node-spec');
    expect(spec).toContain('  podCIDR: 172.16.0.128/25\n  podCIDRs:\n  - 172.16.0.128/25\n');
    expect(spec).toMatch(/^ {2}providerID: cn-hangzhou\.i-[0-9a-z]{20}$/m);
    expect(spec).toContain('flannel.alpha.coreos.com/public-ip: 192.168.0.10');
  });

  it('puts the cluster flags in the controller manager manifest (§3.1)', () => {
    const yaml = textOf(final, 'node:master-1', 'kube-controller-manager.yaml');
    for (const flag of [
      '--allocate-node-cidrs=true',
      '--cluster-cidr=172.16.0.0/16',
      '--node-cidr-mask-size=25',
      '--service-cluster-ip-range=172.19.0.0/20',
      '--cloud-provider=external',
    ]) {
      expect(yaml).toContain(`    - ${flag}\n`);
    }
  });

  it('addresses web-1 and cni0 as the article does', () => {
    expect(textOf(final, 'pod:web-1', 'ip-addr')).toContain(
      '    inet 172.16.0.130/25 brd 172.16.0.255 scope global eth0\n',
    );
    const node = textOf(final, 'node:node-a', 'ip-addr');
    expect(node).toContain('    inet 192.168.0.10/24 brd 192.168.0.255 scope global eth0\n');
    expect(node).toContain('    inet 172.16.0.129/25 brd 172.16.0.255 scope global cni0\n');
  });

  it('routes node-a pod CIDR to its instance in the VPC (§3.7)', () => {
    const table = textOf(final, 'vpc', 'route-table');
    expect(table).toMatch(/^172\.16\.0\.128\/25 +custom +ECS instance +i-[0-9a-z]{20} \(node-a\)$/m);
    expect(table).toMatch(/^192\.168\.0\.0\/24 +system +vSwitch +vsw-a$/m);
  });
});
