import type { Translation } from '../catalog.ts';
import type { glossary as en } from '../en/glossary.ts';

export const glossary: Translation<typeof en> = {
  terms: '术语：',
  source: '出处：{source}',
  sourceVpcApi: '阿里云专有网络 VPC API，CreateRouteEntry（vRouter 的路由表，最多 200 条自定义路由条目）',
  sourceVpcDocs: '阿里云专有网络 VPC 文档，路由表（每个交换机的系统路由条目）',
  vRouter:
    '专有网络 VPC 自带的路由器。它的路由表按最长前缀匹配转发每个数据包：发往某个交换机、某台云服务器 ECS 实例（此处每个节点一条自定义路由条目），或 NAT 网关。',
  vSwitch: '专有网络 VPC 在某个可用区内的子网（交换机）；节点 eth0 的地址从中分配。',
  ccm: 'Cloud Controller Manager（CCM）：其路由控制器为每个节点的 Pod CIDR 添加一条 VPC 路由条目，路由就绪后解除节点的 NetworkUnavailable 状态。',
  podCidr:
    '节点拥有的一段 Pod 地址。节点注册时，kube-controller-manager 的 range allocator 从集群 CIDR 中为其划出一段（分配完时报 CIDRNotAvailable）。',
  subnetEnv:
    'flanneld 在每个节点上写入的文件，包含集群网络、本节点的地址段和 MTU；Flannel CNI 插件为每个 Pod 读取它。',
  cni0: '节点上的 Linux 网桥，该节点上 Pod 的 veth 都接在它上面；它持有本节点地址段的第一个地址，也就是 Pod 的网关。',
  veth: '一对虚拟以太网设备：从一端进入的数据从另一端出来。一端是 Pod 的 eth0，另一端接在 cni0 上。',
  hostLocal: 'CNI 的 IPAM 插件：分配本节点地址段中下一个空闲地址，并为每个地址记录一个文件。',
  fdb: '网桥的转发数据库：记录哪个 MAC 地址位于哪个端口之后。cni0 在其中查找目的 MAC，选出对应 Pod 的 veth。',
  masquerade:
    '源地址转换（SNAT），转换为数据包出口网卡的地址。flanneld 的规则会对 Pod 发往集群 CIDR 之外的流量做 masquerade。',
  conntrack: '内核的连接跟踪表：记住它做过的每一次 NAT，使应答在返回时被反向转换（un-NAT）。',
  ttl: '生存时间（Time to live）：每个转发该数据包的路由器都会将其减一；网桥不改变它。',
};
