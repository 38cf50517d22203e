import { PRESETS } from '../../engine/index.ts';
import type { Lesson } from '../types.ts';

/** The article's cluster with Terway as its CNI: the same VPC, nodes and pods. */
const TERWAY_FILE = {
  ...(PRESETS.article as { cluster: object }),
  title: 'ACK + Terway, the article cluster',
  cluster: { ...(PRESETS.article as { cluster: object }).cluster, cni: { plugin: 'terway' } },
};

const CROSS = ['pod:web-1', 'node:node-a', 'vpc-router', 'node:node-b', 'pod:api-1'];
const OUT = ['pod:web-1', 'node:node-a', 'vpc-router', 'nat-gateway', 'external:internet'];

/**
 * The article's other solution: the same cluster on Terway. Pods take VPC addresses from ENIs,
 * so no route per node, no masquerade on the node; the limits move to ENIs and vSwitch addresses.
 */
export const flannelOrTerway: Lesson = {
  id: 'flannel-or-terway',
  title: 'Flannel or Terway?',
  summary:
    'The article names two ways to network an ACK cluster and explains Flannel. Here is the same cluster on Terway: pods on VPC addresses from ENIs, policy routing on the node, no VPC route per node.',
  scenario: { file: TERWAY_FILE },
  stops: [
    {
      show: 'step',
      title: 'An ENI instead of a pod CIDR',
      step: { change: 'pod-ip-assigned', pod: 'web-1' },
      select: 'node:node-a',
      artifact: 'ip-rule',
      narration:
        'On Terway no node gets a pod CIDR. terwayd created an ENI in the node’s vSwitch and attached it to node-a as eth1; web-1 got one of its private addresses, {pod:web-1.ip}, an address of the VPC itself. Two rules on node-a steer its traffic: 512 sends what is for the pod to its veth, 2048 sends what comes from the pod out of the ENI that owns its address.',
    },
    {
      show: 'packet',
      title: 'Across nodes with no custom route',
      from: 'pod:web-1',
      to: 'pod:api-1',
      hop: { at: 'vpc-router' },
      expect: { outcome: 'delivered', path: CROSS },
      select: 'vpc-router',
      narration:
        'web-1 leaves node-a by eth1, its ENI. The vRouter needs no entry per node: {pod:api-1.ip} belongs to the vSwitch, and the VPC delivers it to the ENI that holds it on node-b. The route table keeps its quota for other uses.',
      question: {
        kind: 'choice',
        prompt: 'Which VPC route table entry decides this hop?',
        answer: { of: 'vpc-route' },
        explanation:
          'The vSwitch’s own system entry, {answer}: the pod address is a vSwitch address, so no custom route is needed, and none is made per node. With Flannel in VPC-route mode each node takes one of the route quota’s entries.',
        expect: 'route:192.168.0.0/24',
      },
    },
    {
      show: 'packet',
      title: 'To the Internet: the pod address is kept',
      from: 'pod:web-1',
      to: 'external:internet',
      hop: { at: 'nat-gateway', action: 'snat' },
      expect: { outcome: 'delivered', path: OUT },
      select: 'nat-gateway',
      narration:
        'Terway adds no masquerade rule on the node: the packet leaves node-a with the pod’s own address and is translated once, at the NAT gateway, by the SNAT entry of the pod’s vSwitch.',
      question: {
        kind: 'choice',
        prompt: 'Which source address does the NAT gateway see arriving from the VPC?',
        answer: { of: 'address', field: 'src', side: 'before' },
        explanation:
          'The pod’s own address, {answer}. With Flannel and --ip-masq the node would have rewritten it to its eth0 address first; with Terway a server inside the VPC sees the pod itself, and the NAT gateway needs an SNAT entry for the pod vSwitch.',
        expect: 'ip:192.168.0.1',
      },
    },
  ],
};
