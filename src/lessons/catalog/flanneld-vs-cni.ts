import type { Lesson } from '../types.ts';

/** Two things named Flannel: a long-running pod per node, and a binary kubelet runs per pod. */
export const flanneldVsCni: Lesson = {
  id: 'flanneld-vs-cni',
  title: 'flanneld versus the Flannel CNI plugin',
  summary:
    'One builds the roads once per node, the other builds a driveway for every pod. Learn which one writes which file, and which one reads it.',
  scenario: { preset: 'article' },
  stops: [
    {
      show: 'step',
      title: 'flanneld arrives as a pod',
      step: { actor: 'daemonset-controller', node: 'node-a' },
      select: 'node:node-a/flanneld',
      narration:
        'The kube-flannel DaemonSet puts one pod on every node, node-a included. It runs in the host network namespace, so what it configures is the node itself, not a pod. It starts once per node and keeps running.',
    },
    {
      show: 'step',
      title: 'An init container leaves a config behind',
      step: { change: 'cni-conf-installed', node: 'node-a' },
      select: 'node:node-a',
      artifact: '10-flannel.conf',
      narration:
        'Before flanneld starts, its init container install-cni copies 10-flannel.conf into /etc/cni/net.d on the node. kubelet reads that directory to learn which CNI plugin to call for new pods: the file says "type: flannel".',
      question: {
        kind: 'click',
        prompt: 'The next file is /run/flannel/subnet.env on node-a. Click the component that writes it.',
        answer: { of: 'actor', step: { change: 'subnet-env-written', node: 'node-a' } },
        explanation:
          'flanneld writes subnet.env once it holds the lease for node-a’s pod CIDR. The CNI plugin only reads it, every time a pod is created.',
        expect: 'node:node-a/flanneld',
      },
    },
    {
      show: 'step',
      title: 'flanneld writes the lease down',
      step: { change: 'subnet-env-written', node: 'node-a' },
      select: 'node:node-a/flanneld',
      artifact: 'subnet.env',
      narration:
        'subnet.env holds four lines: the cluster network {cluster.podCidr}, this node’s subnet with its gateway {node:node-a.gateway}, the MTU, and whether flanneld masquerades. No tunnel means the MTU stays that of eth0.',
    },
    {
      show: 'step',
      title: 'flanneld adds masquerade rules',
      step: { change: 'masquerade-rules-added', node: 'node-a' },
      select: 'node:node-a',
      artifact: 'iptables-nat',
      narration:
        'Started with --ip-masq, flanneld also adds nat POSTROUTING rules on node-a: traffic between pods is left alone, traffic from pods to anything outside {cluster.podCidr} leaves with the node’s address. Its work on this node is done; it builds channels, not pods.',
    },
    {
      show: 'step',
      title: 'The CNI plugin reads subnet.env',
      step: { change: 'cni-delegate-written', pod: 'web-1' },
      select: 'node:node-a/cni-plugin',
      narration:
        'web-1 is scheduled. kubelet creates a sandbox and calls the Flannel CNI plugin, a binary on the node’s disk. It reads subnet.env, writes a delegate configuration for the next plugin in the chain, with host-local to pick addresses from {node:node-a.podCidr}, and calls that plugin.',
      question: {
        kind: 'choice',
        prompt: 'Who creates the cni0 bridge on node-a?',
        answer: {
          of: 'actor',
          step: { change: 'cni0-created', node: 'node-a' },
          among: ['flanneld', 'install-cni', 'bridge-plugin', 'host-local'],
        },
        explanation:
          'cni0 is created by {answer}, called through the Flannel CNI plugin when the first pod lands on node-a. It belongs to the node’s network, but it is born with a pod.',
        expect: 'actor:bridge-plugin',
        // Step 34's own story ends "… and runs bridge".
        ownStepTells: true,
      },
    },
    {
      show: 'step',
      title: 'The branch is built per pod',
      step: { change: 'pod-ip-assigned', pod: 'cache-1' },
      select: 'pod:cache-1',
      artifact: 'ip-addr',
      narration:
        'For cache-1, the second pod on node-a, cni0 already exists: only a new veth pair and a new address. flanneld did nothing for this pod. flanneld: once per node, long-running. The CNI plugin: once per pod, run and gone.',
    },
  ],
};
