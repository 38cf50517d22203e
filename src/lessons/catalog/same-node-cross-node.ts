import type { Lesson } from '../types.ts';

const CROSS_PATH = ['pod:web-1', 'node:node-a', 'vpc-router', 'node:node-b', 'pod:api-1'];

/** Inside a pod, across a bridge, across the VPC: three paths, and no tunnel on any of them. */
export const sameNodeCrossNode: Lesson = {
  id: 'same-node-cross-node',
  title: 'Same node, across nodes — and no tunnel',
  summary:
    'Send packets inside a pod, between two pods on one node, and between nodes. See which table decides each hop, and why the packet never needs to be wrapped in another.',
  scenario: { preset: 'article' },
  stops: [
    {
      show: 'packet',
      title: 'Inside one pod',
      from: 'pod:web-1/nginx',
      to: 'pod:web-1/log-agent',
      expect: { outcome: 'delivered', path: ['pod:web-1'] },
      select: 'pod:web-1',
      narration:
        'nginx and log-agent are two containers of web-1. They share one network namespace, so they talk over 127.0.0.1 and the loopback device. The packet never reaches eth0.',
    },
    {
      show: 'packet',
      title: 'Two pods on one node',
      from: 'pod:web-1',
      to: 'pod:cache-1',
      hop: { at: 'node:node-a', action: 'bridge' },
      expect: { outcome: 'delivered', path: ['pod:web-1', 'node:node-a', 'pod:cache-1'] },
      narration:
        'web-1 ({pod:web-1.ip}) and cache-1 ({pod:cache-1.ip}) sit in the same block, {node:node-a.podCidr}, so web-1 sends straight onto its link. The frame crosses the veth pair and arrives at cni0.',
      question: {
        kind: 'choice',
        prompt: 'What decides where cni0 sends the frame next?',
        answer: { of: 'table' },
        explanation:
          'cni0 is a layer-2 bridge: it looks the destination MAC up in {answer} and forwards the frame to cache-1’s veth. Nothing is routed, so the TTL does not change.',
        expect: 'table:fdb',
      },
    },
    {
      show: 'packet',
      title: 'Across nodes: node-a has no route for node-b',
      from: 'pod:web-1',
      to: 'pod:api-1',
      hop: { at: 'node:node-a', action: 'route' },
      expect: { outcome: 'delivered', path: CROSS_PATH },
      select: 'node:node-a',
      artifact: 'ip-route',
      narration:
        'api-1 ({pod:api-1.ip}) lives on node-b. web-1 sends the packet to its gateway {node:node-a.gateway} on cni0, and node-a routes it. node-a holds no route for node-b’s block: only its own block and the default route toward the vSwitch gateway {node:node-a.vswitchGateway}.',
    },
    {
      show: 'packet',
      title: 'The VPC router decides',
      from: 'pod:web-1',
      to: 'pod:api-1',
      hop: { at: 'vpc-router' },
      expect: { outcome: 'delivered', path: CROSS_PATH },
      narration:
        'The packet leaves node-a through eth0 and reaches the VPC router. Its route table holds one custom entry per node.',
      question: {
        kind: 'choice',
        prompt: 'Which VPC route entry will match this packet?',
        answer: { of: 'vpc-route' },
        explanation:
          'The longest prefix that contains {pod:api-1.ip} is {answer}: the entry the CCM added for node-b. The 0.0.0.0/0 entry also contains it, but it is less specific.',
        expect: 'route:172.16.1.0/25',
      },
    },
    {
      show: 'packet',
      title: 'No encapsulation',
      from: 'pod:web-1',
      to: 'pod:api-1',
      hop: { at: 'vpc-router' },
      expect: { outcome: 'delivered', path: CROSS_PATH },
      narration:
        'An overlay such as VXLAN would wrap the packet in another one, addressed from node to node. Here the VPC router itself knows the pod ranges, so nothing needs wrapping.',
      question: {
        kind: 'choice',
        prompt: 'Which destination address does the VPC router see?',
        answer: { of: 'address', field: 'dst', side: 'before' },
        explanation:
          'It sees {answer}, api-1’s own address, not node-b’s {node:node-b.ip}: no outer header, no tunnel, and the full 1500-byte MTU for the pod.',
        expect: 'ip:172.16.1.2',
      },
    },
    {
      show: 'packet',
      title: 'Arrival on node-b',
      from: 'pod:web-1',
      to: 'pod:api-1',
      hop: { action: 'deliver' },
      expect: { outcome: 'delivered', path: CROSS_PATH },
      narration:
        'node-b receives the packet on eth0, finds {node:node-b.podCidr} connected on its cni0 and bridges it to api-1. The answer takes the mirror path back.',
      question: {
        kind: 'choice',
        prompt: 'web-1 sent the packet with TTL 64. What TTL does api-1 receive?',
        answer: { of: 'ttl' },
        explanation:
          'Two Linux routers lowered it by one each, node-a and node-b, so it arrives with {answer}. The VPC’s vRouter is not counted: no Alibaba Cloud source says it lowers the TTL, and captures show it intact. Bridges (cni0) do not touch it either.',
        expect: 'ttl:62',
      },
    },
  ],
};
