import type { Lesson } from '../types.ts';

/**
 * Why ACK's Flannel uses VPC routes: the same cluster on the VXLAN overlay pays 50 bytes a packet
 * and on host-gw cannot work at all on a VPC, while VPC routes cost one entry per node against
 * the route quota. Every answer is computed by building the cluster on the other dataplane.
 */
export const whyVpcRoutes: Lesson = {
  id: 'why-vpc-routes',
  title: 'Why VPC routes?',
  summary:
    'Flannel could build this cluster as an overlay (vxlan) or with routes via the other nodes (host-gw). Compare them with the VPC-route mode: the headers each packet carries, the limit each cluster meets, and what a VPC does with host-gw.',
  scenario: { preset: 'article' },
  stops: [
    {
      show: 'step',
      title: 'Plain pod addresses on the VPC',
      step: { change: 'vpc-route-added', node: 'node-b' },
      select: 'route:{node:node-b.podCidr}',
      artifact: 'route-table',
      narration:
        'With VPC routes the vRouter routes the pod address itself: the CCM wrote {node:node-b.podCidr} → node-b into the VPC route table. No header is added, so the pods keep eth0’s MTU of 1500.',
      question: {
        kind: 'choice',
        prompt: 'With Flannel’s vxlan backend instead, what MTU would the pods get?',
        answer: { of: 'dataplane', fact: 'mtu', dataplane: 'vxlan' },
        explanation:
          'vxlan wraps every frame in an outer IPv4 header, UDP to port 8472 and a VXLAN header with VNI 1: 50 bytes, so flanneld writes FLANNEL_MTU={answer} and every pod gets it. VPC routes cost no byte.',
        expect: 'mtu:1450',
      },
    },
    {
      show: 'element',
      title: 'One entry per node',
      select: 'vpc',
      artifact: 'route-table',
      narration:
        'The price of VPC routes: one custom entry per node, against a quota of {vpc.routeQuota} entries shared with the route to the NAT gateway.',
      question: {
        kind: 'choice',
        prompt: 'How many nodes could this cluster have on the vxlan backend?',
        answer: { of: 'dataplane', fact: 'node-limit', dataplane: 'vxlan' },
        explanation:
          'vxlan writes no VPC route at all: the nodes reach each other’s pods through the tunnel, so only the cluster CIDR bounds the cluster, at {answer} nodes. With VPC routes it is {capacity.nodeLimit}.',
        expect: 'n:512',
      },
    },
    {
      show: 'packet',
      title: 'host-gw on a VPC',
      from: 'pod:web-1',
      to: 'pod:api-1',
      expect: { outcome: 'delivered' },
      narration:
        'host-gw needs no header and no VPC route either: each node routes another node’s pod CIDR via that node’s own address. But a VPC is no Ethernet segment: it answers every ARP with its own MAC and forwards by destination IP.',
      question: {
        kind: 'choice',
        prompt: 'With Flannel’s host-gw backend, where does web-1’s packet to api-1 end?',
        answer: {
          of: 'dataplane',
          fact: 'outcome',
          dataplane: 'host-gw',
          walk: { from: 'pod:web-1', to: 'pod:api-1' },
        },
        explanation:
          'node-a sends the frame “to” node-b, but the VPC hands it to the vRouter, which looks up the pod address {node:node-b.podCidr}: no entry holds it, so the 0.0.0.0/0 route takes it to the NAT gateway, which drops a private destination. That is why ACK’s Flannel uses VPC routes.',
        expect: 'at:nat-gateway',
      },
    },
  ],
};
