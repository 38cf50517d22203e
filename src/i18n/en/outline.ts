/** The phases' outline before the first step (src/view/timeline/PhaseOutline.tsx). */
export const outline = {
  steps: '({steps})',
  summary: ': {summary}.',
  summaryInitial: 'the cloud creates the VPC, its vSwitches, the ECS instances and any NAT gateway',
  summaryCluster:
    'kubeadm writes the cluster CIDR; each node registers, and kube-controller-manager gives it a pod CIDR',
  summaryNode: 'flanneld writes subnet.env and its masquerade rules; the CCM adds one VPC route per node',
  summaryPod:
    "kubelet makes each pod's sandbox; the Flannel CNI plugin and bridge give it cni0, a veth pair and an IP",
  summaryService:
    'kube-apiserver gives each Service a cluster IP, the EndpointSlice controller lists its pods, and kube-proxy writes the nat rules on every node',
  summaryWhatIf: 'the faults you chose strike',
};
