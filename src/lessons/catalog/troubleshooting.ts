import type { Lesson } from '../types.ts';
import { troubledCluster } from './scenarios.ts';

const DIAGNOSE = 'What is the root cause?';

/** Symptoms first, as an operator meets them; the cause is for the learner to find. */
export const troubleshooting: Lesson = {
  id: 'troubleshooting',
  title: 'Troubleshooting: from symptom to cause',
  summary:
    'Four nodes of this cluster are in trouble. Start from what kubectl and the pods show you, find the cause of each, and learn the one symptom that fools people.',
  scenario: { file: troubledCluster },
  stops: [
    {
      show: 'element',
      title: 'A node without a pod CIDR',
      select: 'node:node-e',
      artifact: 'node-spec',
      narration:
        'node-e is NotReady and tainted network-unavailable. Its Node object has no spec.podCIDR at all, and the events of the node mention CIDRNotAvailable.',
      question: {
        kind: 'choice',
        prompt: `node-e: ${DIAGNOSE}`,
        answer: { of: 'diagnosis', subject: 'node:node-e' },
        explanation:
          'The range allocator had already given away every /{cluster.mask} block of {cluster.podCidr}. Without a block, nothing else on node-e can start: no lease, no route.',
        expect: 'cause:cidr-not-available',
      },
    },
    {
      show: 'element',
      title: 'A pod stuck in ContainerCreating',
      select: 'pod:db-1',
      narration:
        'db-1 on node-c never starts. kubelet reports that the flannel plugin failed: it could not load /run/flannel/subnet.env. Yet node-c has a pod CIDR, {node:node-c.podCidr}, and even a VPC route.',
      question: {
        kind: 'choice',
        prompt: `db-1: ${DIAGNOSE}`,
        answer: { of: 'diagnosis', subject: 'pod:db-1' },
        explanation:
          'The CNI plugin only reads subnet.env; flanneld writes it. node-c has its block, so the lease was there to take: flanneld itself is not running.',
        expect: 'cause:flanneld-down',
      },
    },
    {
      show: 'element',
      title: 'Where to look next',
      select: 'node:node-c',
      // Not subnet.env: the missing file's note names who failed to write it, the answer.
      narration: 'You know the file is missing. Someone on node-c should have written it.',
      question: {
        kind: 'click',
        prompt: 'Click the component on node-c whose log you would read first.',
        answer: { of: 'actor', step: { node: 'node-c', phase: 'node', failed: true } },
        explanation:
          'The kube-flannel pod on node-c never started: it keeps restarting before it acquires its lease. Its log says why; once it runs, it writes subnet.env and the stuck pods start.',
        expect: 'node:node-c/flanneld',
      },
    },
    {
      show: 'element',
      title: 'NetworkUnavailable',
      select: 'node:node-d',
      artifact: 'node-spec',
      narration:
        'node-d has a block, {node:node-d.podCidr}, flanneld runs and job-1 even has an address. But the node keeps the condition NetworkUnavailable=True (NoRouteCreated) and its taint.',
      question: {
        kind: 'choice',
        prompt: `node-d: ${DIAGNOSE}`,
        answer: { of: 'diagnosis', subject: 'node:node-d' },
        explanation:
          'The route controller could not add node-d’s entry: the VPC answered QuotaExceeded. Its events show CreateRouteFailed; raising the quota, or freeing an entry, lets the CCM try again.',
        expect: 'cause:route-quota-exceeded',
      },
    },
    {
      show: 'packet',
      title: 'A packet that never arrives',
      from: 'pod:web-1',
      to: 'pod:api-1',
      expect: {
        outcome: 'dropped',
        dropAt: 'nat-gateway',
        path: ['pod:web-1', 'node:node-a', 'vpc-router', 'nat-gateway'],
      },
      narration:
        'web-1 and api-1 are both Running on healthy-looking nodes, node-a and node-b, yet web-1 cannot reach {pod:api-1.ip}.',
      question: {
        kind: 'choice',
        prompt: 'Where will this packet be dropped?',
        answer: { of: 'drop-place' },
        explanation:
          '{answer}. The VPC router matched only 0.0.0.0/0 and sent a private destination to the NAT gateway, which drops it.',
        expect: 'at:nat-gateway',
      },
    },
    {
      show: 'element',
      title: 'The missing entry',
      select: 'vpc-router',
      artifact: 'route-table',
      narration:
        'Look at the VPC route table: node-a’s block is there, node-b’s {node:node-b.podCidr} is not.',
      question: {
        kind: 'choice',
        prompt: `node-b: ${DIAGNOSE}`,
        answer: { of: 'diagnosis', subject: 'node:node-b' },
        explanation:
          'Someone deleted node-b’s entry from the VPC route table. The CCM would add it back at its next reconcile; until then, node-b’s pods are unreachable from other nodes.',
        expect: 'cause:vpc-route-deleted',
      },
    },
    {
      show: 'element',
      title: 'The symptom that fools people',
      select: 'pod:batch-1',
      narration:
        'batch-1 on node-e shows exactly the error db-1 showed: subnet.env is missing. Restarting flanneld on node-e will not help.',
      question: {
        kind: 'choice',
        prompt: `batch-1: ${DIAGNOSE}`,
        answer: { of: 'diagnosis', subject: 'pod:batch-1' },
        explanation:
          'Same error, different root: flanneld on node-e fails because its node never got a pod CIDR. Always check spec.podCIDR before blaming flanneld.',
        expect: 'cause:cidr-not-available',
      },
    },
  ],
};
