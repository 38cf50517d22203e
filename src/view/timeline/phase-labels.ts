import type { Phase } from '../../engine/index.ts';

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  initial: 'Initial',
  cluster: 'Cluster',
  node: 'Node',
  pod: 'Pod',
  service: 'Service',
  'what-if': 'What-if',
};

/** What happens in each phase and who does it, for the outline before the first step. */
export const PHASE_SUMMARIES: Readonly<Record<Phase, string>> = {
  initial: 'the cloud creates the VPC, its vSwitches, the ECS instances and any NAT gateway',
  cluster:
    'kubeadm writes the cluster CIDR; each node registers, and kube-controller-manager gives it a pod CIDR',
  node: 'flanneld writes subnet.env and its masquerade rules; the CCM adds one VPC route per node',
  pod: "kubelet makes each pod's sandbox; the Flannel CNI plugin and bridge give it cni0, a veth pair and an IP",
  service:
    'kube-apiserver gives each Service a cluster IP, the EndpointSlice controller lists its pods, and kube-proxy writes the nat rules on every node',
  'what-if': 'the faults you chose strike',
};
