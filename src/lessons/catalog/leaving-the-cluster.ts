import type { Lesson } from '../types.ts';

const OUT_PATH = ['pod:web-1', 'node:node-a', 'vpc-router', 'nat-gateway', 'external:internet'];

/** Pod addresses mean nothing outside: the source is rewritten twice on the way out. */
export const leavingTheCluster: Lesson = {
  id: 'leaving-the-cluster',
  title: 'Leaving the cluster: SNAT twice',
  summary:
    'Follow web-1 to a server on the Internet. Its address is rewritten at the node and again at the NAT gateway, and conntrack undoes both on the way back.',
  scenario: { preset: 'article' },
  stops: [
    {
      show: 'packet',
      title: 'Out through the default route',
      from: 'pod:web-1',
      to: 'external:internet',
      hop: { at: 'node:node-a', action: 'route' },
      expect: { outcome: 'delivered', path: OUT_PATH },
      select: 'node:node-a',
      artifact: 'ip-route',
      narration:
        'web-1 ({pod:web-1.ip}) sends to {external:internet.ip}. Nothing in the cluster knows that address, so the packet follows default routes: the pod’s to cni0, then node-a’s to the vSwitch gateway.',
    },
    {
      show: 'packet',
      title: 'First SNAT: on the node',
      from: 'pod:web-1',
      to: 'external:internet',
      hop: { at: 'node:node-a', action: 'snat' },
      expect: { outcome: 'delivered', path: OUT_PATH },
      select: 'node:node-a',
      artifact: 'iptables-nat',
      narration:
        'Before the packet leaves eth0 it passes nat POSTROUTING, where flanneld’s rules wait. The destination is outside {cluster.podCidr}, and the rule for that case masquerades.',
      question: {
        kind: 'choice',
        prompt: 'Which source address does the packet carry when it leaves node-a?',
        answer: { of: 'address', field: 'src', side: 'after' },
        explanation:
          'MASQUERADE replaces the pod address with node-a’s own eth0 address, {answer}. Addresses of the VPC are ones the NAT gateway knows how to translate.',
        expect: 'ip:192.168.0.10',
      },
    },
    {
      show: 'packet',
      title: 'The VPC router decides again',
      from: 'pod:web-1',
      to: 'external:internet',
      hop: { at: 'vpc-router' },
      expect: { outcome: 'delivered', path: OUT_PATH },
      narration: 'The packet leaves node-a for the VPC router, from node-a to {external:internet.ip}.',
      question: {
        kind: 'choice',
        prompt: 'Which VPC route entry will match?',
        answer: { of: 'vpc-route' },
        explanation:
          'No node’s pod CIDR and no vSwitch contains {external:internet.ip}, so only {answer} matches: the custom route to the NAT gateway. It takes one entry of the same quota the node routes use.',
        expect: 'route:0.0.0.0/0',
      },
    },
    {
      show: 'packet',
      title: 'Second SNAT: at the NAT gateway',
      from: 'pod:web-1',
      to: 'external:internet',
      hop: { at: 'external:internet' },
      expect: { outcome: 'delivered', path: OUT_PATH },
      select: 'nat-gateway',
      narration:
        'The NAT gateway owns a public EIP. Private VPC addresses cannot travel on the Internet, so it translates once more before the packet leaves the VPC.',
      question: {
        kind: 'choice',
        prompt: 'What source address will the Internet see?',
        answer: { of: 'address', field: 'src', side: 'after' },
        explanation:
          'The server sees {answer}, the gateway’s EIP. Neither the pod address nor the node address ever leaves the VPC.',
        expect: 'ip:198.51.100.20',
      },
    },
    {
      show: 'packet',
      title: 'The answer finds its way back',
      from: 'pod:web-1',
      to: 'external:internet',
      hop: { direction: 'reply', at: 'node:node-a', action: 'un-nat' },
      expect: { outcome: 'delivered', path: OUT_PATH },
      narration:
        'The reply is addressed to the EIP. The NAT gateway remembers the flow and restores {node:node-a.ip}; on node-a, conntrack remembers the masquerade and restores {pod:web-1.ip}. Each translation is undone where it was made.',
    },
    {
      show: 'packet',
      title: 'Pod to pod keeps its address',
      from: 'pod:web-1',
      to: 'pod:api-1',
      hop: { at: 'node:node-a', action: 'no-nat' },
      expect: { outcome: 'delivered' },
      select: 'node:node-a',
      artifact: 'iptables-nat',
      narration:
        'The same rules treat pod-to-pod traffic differently: the first one returns early when both ends are inside {cluster.podCidr}, so nothing is rewritten.',
      question: {
        kind: 'choice',
        prompt: 'Which source address does api-1 see?',
        answer: { of: 'address', field: 'src', side: 'after' },
        explanation:
          'api-1 sees {answer}, web-1’s own address. Inside the cluster, pods see each other as they are.',
        expect: 'ip:172.16.0.130',
      },
    },
  ],
};
