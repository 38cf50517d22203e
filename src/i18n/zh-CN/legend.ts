import type { Translation } from '../catalog.ts';
import type { legend as en } from '../en/legend.ts';

export const legend: Translation<typeof en> = {
  list: '拓扑图图例',
  vpc: '专有网络 VPC',
  vpcRouter: 'vRouter 及其路由表',
  vswitch: '交换机：它的总线连接各个节点',
  node: 'ECS 节点',
  eth0: 'eth0 及其地址',
  actor: '执行者：kube-controller-manager、CCM、kubelet、CNI 插件',
  flanneld: 'flanneld Pod（虚线：主机网络）',
  cni0: 'cni0 网桥，Pod 的网关',
  vtep: 'flannel.1：vxlan 隧道端点（VTEP）',
  veth: 'veth：Pod 的 eth0 在节点一侧的一端',
  pod: 'Pod 网络命名空间；圆点是它的容器',
  natGateway: 'NAT 网关：SNAT 为它的 EIP',
  external: 'VPC 之外',
  eni: '弹性网卡 ENI（Terway）：terwayd 挂到 ECS 实例上的网卡（eth1、eth2…）；它的每个私网 IP 分给一个 Pod',
  highlight: '本步骤改变的，或本跳匹配的（青柠色，不是任何元素的颜色）',
  selected: '已选中：它的文件显示在检查器中',
  failed: '失败：讲解会说明原因（红色只表示失败）',
  pending: '等待中（ContainerCreating），或处于 down 状态的网桥',
  packet: '数据包，用它自己的蓝色表示；旁边的标签显示它的地址',
  nothingYet: '尚未搭建任何东西',
  coming:
    '{total} 个步骤将搭建专有网络 VPC {cidr} 及其 vRouter、{nodes}及其 Pod CIDR，以及 {pods}；之后就可以发送数据包了。',
  nodes: '{count, plural, other {# 个 ECS 节点}}',
  pods: '{count, plural, other {# 个 Pod}}',
  named: '{count}（{names}）',
  press: '点击“播放”，或按 → 前进一步。',
};
