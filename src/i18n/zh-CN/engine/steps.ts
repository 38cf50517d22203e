import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const steps: Translation<typeof ENGINE_PARTS.steps> = {
  clusterCidrTitle: '集群 CIDR {podCidr} 写入 kube-controller-manager.yaml',
  clusterCidr:
    '在控制台选定的集群 CIDR 随部署脚本来到 master 节点，由脚本交给 kubeadm。kubeadm 把它写进 kube-controller-manager 的静态 Pod 清单：--allocate-node-cidrs=true --cluster-cidr={podCidr} --node-cidr-mask-size={maskSize}。此后控制器就能把集群 CIDR 切成一个个 /{maskSize} 网段，每个节点一段。',
};
