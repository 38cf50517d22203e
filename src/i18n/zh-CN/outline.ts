import type { Translation } from '../catalog.ts';
import type { outline as en } from '../en/outline.ts';

export const outline: Translation<typeof en> = {
  steps: '（{steps}）',
  summary: '：{summary}。',
  summaryInitial: '云平台创建专有网络 VPC、其中的交换机、云服务器 ECS 实例以及 NAT 网关（如有）',
  summaryCluster: 'kubeadm 写入集群 CIDR；各节点注册，kube-controller-manager 为其分配 Pod CIDR',
  summaryNode: 'flanneld 写入 subnet.env 及其 masquerade 规则；CCM 为每个节点添加一条 VPC 路由条目',
  summaryPod: 'kubelet 为每个 Pod 创建沙箱；Flannel CNI 插件与 bridge 插件为其配置 cni0、一对 veth 和一个 IP',
  summaryService:
    'kube-apiserver 为每个 Service 分配集群 IP，EndpointSlice 控制器列出其后端 Pod，kube-proxy 在每个节点上写入 nat 规则',
  summaryWhatIf: '你选择的故障发生',
};
