import type { Lesson } from '../types.ts';

/** The network is built in four phases; each leaves something behind that the next one reads. */
export const constructionPhases: Lesson = {
  id: 'construction-phases',
  title: 'Four phases of construction',
  summary:
    'Follow the cluster network from an empty VPC to a running pod: what the cloud, the cluster, each node and each pod add, and who adds it.',
  scenario: { preset: 'article' },
  stops: [
    {
      show: 'step',
      title: 'Initial phase: a private network',
      step: { change: 'vpc-created' },
      select: 'vpc',
      narration:
        'Nothing about Kubernetes exists yet. The cloud creates a VPC, {vpc.cidr}, a private address space that will hold every machine of the cluster. Its router starts with a single system entry, for the cloud services range 100.64.0.0/10; each vSwitch carved out of the VPC will add one more, for its own range.',
    },
    {
      show: 'step',
      title: 'Initial phase: machines',
      step: { change: 'ecs-created', node: 'node-a' },
      select: 'node:node-a',
      artifact: 'ip-addr',
      narration:
        'ECS instances join the vSwitch and each gets one address on eth0: node-a is {node:node-a.ip}. These are the only addresses the VPC router can reach directly. Pods will need addresses of their own, from a different range.',
    },
    {
      show: 'step',
      title: 'Cluster phase: one range for all pods',
      step: { change: 'controller-manager-configured' },
      select: 'control-plane/kcm',
      artifact: 'kube-controller-manager.yaml',
      narration:
        'The cluster CIDR chosen at creation, {cluster.podCidr}, travels from the console through the provisioning script and kubeadm into the kube-controller-manager manifest. With it come the flag to hand out per-node ranges and the size of each range: /{cluster.mask}.',
      question: {
        kind: 'choice',
        prompt: 'Nodes register in the order master-1, node-a, node-b. Which pod CIDR will node-a get?',
        answer: { of: 'pod-cidr', node: 'node-a' },
        explanation:
          'The range allocator cuts the cluster CIDR into /{cluster.mask} blocks and hands them out in registration order. master-1 came first and took the first block, so node-a, the second, gets {answer}.',
        expect: 'cidr:172.16.0.128/25',
      },
    },
    {
      show: 'step',
      title: 'Cluster phase: each node gets its block',
      step: { change: 'pod-cidr-allocated', node: 'node-a' },
      select: 'node:node-a',
      artifact: 'node-spec',
      narration:
        'kube-controller-manager writes {node:node-a.podCidr} into the Node object of node-a (spec.podCIDR). From now on every pod on node-a will take its address from this block, and nobody else may use it.',
    },
    {
      show: 'step',
      title: 'Node phase: flanneld reads the lease',
      step: { change: 'subnet-env-written', node: 'node-a' },
      select: 'node:node-a/flanneld',
      artifact: 'subnet.env',
      narration:
        'The kube-flannel pod runs on every node in the host network. On node-a it reads the Node’s pod CIDR and writes it to /run/flannel/subnet.env, with the first address of the block, {node:node-a.gateway}, as the future gateway of the pods.',
      question: {
        kind: 'click',
        prompt:
          'The VPC router must learn that {node:node-a.podCidr} lives on node-a. Click the component that adds this route.',
        answer: { of: 'actor', step: { change: 'vpc-route-added', node: 'node-a' } },
        explanation:
          'In ACK the Cloud Controller Manager’s route controller calls the VPC API and adds one custom route entry per node. flanneld (alloc backend) never touches the VPC.',
        expect: 'control-plane/ccm',
      },
    },
    {
      show: 'step',
      title: 'Node phase: the VPC learns where the pods live',
      step: { change: 'vpc-route-added', node: 'node-a' },
      select: 'route:{node:node-a.podCidr}',
      artifact: 'route-table',
      narration:
        'The new custom entry sends everything for {node:node-a.podCidr} to the ECS instance {node:node-a.instance}. One entry per node: this is the whole trick of VPC-route mode, and also its limit.',
    },
    {
      show: 'step',
      title: 'Pod phase: a bridge for the first pod',
      step: { change: 'cni0-created', node: 'node-a' },
      select: 'node:node-a/cni0',
      artifact: 'ip-addr',
      narration:
        'When web-1 is scheduled, kubelet runs the CNI plugins. Because web-1 is the first pod on node-a, the bridge plugin creates cni0 and gives it the gateway address {node:node-a.gateway}. The next pod will reuse this bridge.',
    },
    {
      show: 'step',
      title: 'Pod phase: the pod gets its address',
      step: { change: 'pod-ip-assigned', pod: 'web-1' },
      select: 'pod:web-1',
      artifact: 'ip-addr',
      narration:
        'A veth pair links the pod’s network namespace to cni0, and host-local picks the next free address of the block: web-1 is {pod:web-1.ip}. Every phase built on the one before; now packets can flow.',
    },
  ],
};
