/**
 * The construction steps' titles and explanations (construction/, terway/, services/), English,
 * the source of every language. `NAMETitle` is a step's title, `NAME` its explanation.
 */
export const steps = {
  clusterCidrTitle: 'Cluster CIDR {podCidr} written into kube-controller-manager.yaml',
  clusterCidr:
    'The cluster CIDR chosen in the console travels to the provisioning script on the master, which hands it to kubeadm. kubeadm writes it into the static-pod manifest of kube-controller-manager: --allocate-node-cidrs=true --cluster-cidr={podCidr} --node-cidr-mask-size={maskSize}. From now on the controller can cut the cluster CIDR into /{maskSize} blocks, one per node.',
};
