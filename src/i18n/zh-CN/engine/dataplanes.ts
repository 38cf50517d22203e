import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const dataplanes: Translation<typeof ENGINE_PARTS.dataplanes> = {
  labelAlloc: 'VPC 路由（Flannel alloc）',
  labelVxlan: 'VXLAN 覆盖网络（Flannel vxlan）',
  labelHostGw: 'host-gw（Flannel）',
  labelTerway: 'Terway（弹性网卡 ENI，策略路由）',
  rowVpcEntries: 'Pod 的 VPC 路由条目',
  rowNodeLimit: '节点上限',
  rowDevices: '节点上的设备',
  rowPeerRoutes: '通往其他节点 Pod 的路由',
  rowMtu: 'Pod 的 MTU',
  rowHops: '跳数',
  rowHeaders: 'VPC 据以路由的报文头',
  rowOutcome: '结果',
  allocEntries: '{n, plural, other {# 条}}，每个节点一条（配额 {quota}）',
  terwayEntries: '无：Pod 持有 ENI 的 VPC 地址，由交换机直接路由',
  overlayEntries: '无：VPC 从来看不到 Pod 地址',
  terwayLimit:
    '每个节点从 ENI 获得 {max} 个 Pod 地址（({adapters} − 1) × {ips}），Pod 交换机中还剩 {left} 个（不受路由条目配额限制）',
  quotaBinds: '{n} 个节点：受路由条目配额限制',
  cidrBinds: '{n} 个节点：只受集群 CIDR 限制',
  cidrBindsNoQuota: '{n} 个节点：只受集群 CIDR 限制（不受路由条目配额限制）',
  terwayDevices: 'eth0、{n, plural, other {# 块辅助 ENI}}、每个 Pod 一个 cali veth（没有网桥）',
  terwayPeers: '无：ip rule 让每个 Pod 从自己的 ENI 发往交换机网关',
  allocPeers: '无：其他节点的 Pod CIDR 走默认路由进入 VPC',
  vxlanPeers:
    '{routes, plural, other {# 条}}经 flannel.1 onlink 的路由、{neighbours, plural, other {# 个}}邻居条目、{fdb, plural, other {# 条}} FDB 条目',
  hostGwPeers: '{routes, plural, other {# 条}}经对端节点 eth0 地址的路由{refused}',
  hostGwRefused: '；{n} 条被拒绝（对端在另一个交换机）',
  noVpcCrossing: '数据包不经过 VPC',
  outerHeaders: '外层 {src} → {dst}，UDP {port}，VNI {vni}（Pod 地址在内层）',
  podHeaders: '{src} → {dst}（就是 Pod 地址本身）',
  walkDelivered: '已送达',
  walkDropped: '已丢弃：{reason}',
};
