import type { Lesson } from '../types.ts';
import { growingCluster } from './scenarios.ts';

/** Two budgets cap a Flannel cluster in VPC-route mode: node CIDR blocks and VPC route entries. */
export const whyItStopsGrowing: Lesson = {
  id: 'why-it-stops-growing',
  title: 'Why a Flannel cluster stops growing',
  summary:
    'Every node needs a block of the cluster CIDR and an entry in the VPC route table. Watch a small cluster run out of both, and see what each shortage looks like.',
  scenario: { file: growingCluster },
  stops: [
    {
      show: 'step',
      title: 'A budget of blocks',
      step: { change: 'controller-manager-configured' },
      select: 'control-plane/kcm',
      artifact: 'kube-controller-manager.yaml',
      narration:
        'This cluster is built small on purpose: the cluster CIDR is {cluster.podCidr} and each node gets a /{cluster.mask}. The range allocator can only hand out as many blocks as fit.',
      question: {
        kind: 'choice',
        prompt: 'How many node CIDRs can the range allocator hand out?',
        answer: { of: 'capacity', field: 'nodeCidrBlocks' },
        explanation:
          'A /{cluster.mask} inside {cluster.podCidr} leaves {capacity.nodeCidrBlocks} blocks. The article’s cluster, a /16 cut into /25s, has 512.',
        expect: 'n:4',
      },
    },
    {
      show: 'step',
      title: 'The last block is gone',
      step: { change: 'pod-cidr-allocated', node: 'node-c' },
      select: 'node:node-c',
      artifact: 'node-spec',
      narration:
        'master-1, node-a, node-b and now node-c hold the four blocks; node-c got {node:node-c.podCidr}. node-d is next to register.',
      question: {
        kind: 'choice',
        prompt: 'Which pod CIDR will node-d get?',
        answer: { of: 'pod-cidr', node: 'node-d' },
        explanation:
          'There is no block left. The allocator records a CIDRNotAvailable event for node-d and keeps retrying; the node stays without spec.podCIDR, flanneld on it cannot get a lease, and it never becomes Ready.',
        expect: 'cidr:none',
      },
    },
    {
      show: 'step',
      title: 'A budget of routes',
      step: { change: 'vpc-route-added', node: 'node-b' },
      select: 'route:{node:node-b.podCidr}',
      artifact: 'route-table',
      narration:
        'The VPC route table of this cluster may hold {vpc.routeQuota} custom entries. The route to the NAT gateway took one; the CCM has just added the entries of master-1, node-a and node-b.',
      question: {
        kind: 'choice',
        prompt: 'How many nodes can get a VPC route in this table?',
        answer: { of: 'capacity', field: 'nodeRoutesAvailable' },
        explanation:
          'The quota of {vpc.routeQuota} minus the one other custom route leaves {answer} node routes, and the table is now full. The default quota is 200, which is why VPC-route clusters rarely pass about 200 nodes.',
        expect: 'n:3',
      },
    },
    {
      show: 'step',
      title: 'The route is refused',
      step: { actor: 'ccm', node: 'node-c', failed: true },
      select: 'node:node-c',
      artifact: 'node-spec',
      narration:
        'node-c has a block, {node:node-c.podCidr}, and flanneld runs there. But the CCM cannot add node-c’s VPC route, so node-c keeps NetworkUnavailable=True and its taint: nothing new is scheduled there.',
      question: {
        kind: 'choice',
        prompt: 'Which limit does this cluster reach first?',
        answer: { of: 'limit' },
        explanation:
          '{answer}: the VPC answered the CCM with QuotaExceeded. {capacity.nodeRoutesAvailable} routes against {capacity.allocatableBlocks} blocks.',
        expect: 'limit:route-quota',
      },
    },
    {
      show: 'packet',
      title: 'What a missing route does to traffic',
      from: 'pod:web-1',
      to: '172.16.3.2',
      expect: {
        outcome: 'dropped',
        dropAt: 'nat-gateway',
        path: ['pod:web-1', 'node:node-a', 'vpc-router', 'nat-gateway'],
      },
      narration:
        'db-1 was meant for node-c, but node-c keeps its network-unavailable taint, so the scheduler leaves db-1 Pending and no pod runs there. Suppose one did: web-1 on node-a sends a packet to 172.16.3.2, an address of node-c’s block {node:node-c.podCidr}. The VPC router has no entry for that block.',
      question: {
        kind: 'choice',
        prompt: 'Where will this packet be dropped?',
        answer: { of: 'drop-place' },
        explanation:
          'Without node-c’s entry the only match is 0.0.0.0/0, so the packet goes to the NAT gateway, which will not send a private destination to the Internet.',
        expect: 'at:nat-gateway',
      },
    },
    {
      show: 'element',
      title: 'Raising the ceiling',
      select: 'vpc-router',
      artifact: 'route-table',
      narration:
        'This cluster can run {capacity.nodeLimit} nodes: the smaller of its two budgets. To grow, pick a larger cluster CIDR or a smaller node mask before creation (neither can change later), and ask for a higher route quota. Past a few hundred nodes, Terway gives pods VPC addresses and needs no route per node.',
    },
  ],
};
