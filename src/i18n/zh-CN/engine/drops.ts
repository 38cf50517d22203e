import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const drops: Translation<typeof ENGINE_PARTS.drops> = {
  sandboxGone: '{pod} 没有运行中的沙箱（{phase}）',
  sandboxGoneError: '{pod} 没有运行中的沙箱（{phase}）：{error}',
  noNetwork: '{pod} 没有网络：它的 CNI ADD 从未完成（{phase}）',
  noNetworkError: '{pod} 没有网络：它的 CNI ADD 从未完成：{error}',
  podArpUnanswered: '{pod} 所在网段上没有邻居应答对 {ip} 的 ARP：{node} 上没有运行中的 Pod 持有该地址',
  nodeGone: '{node} 不存在',
  notPodsAddress: '{pod} 收到发往 {ip} 的数据包，而这不是它的地址',
  cni0DownAt: '{node} 上的 cni0 处于 down 状态：网桥什么都不转发',
  cni0DownArp:
    '{node} 上的 cni0 处于 down 状态：网桥什么都不转发，因此对 {ip} 的 ARP 永远得不到应答，数据包根本发不出去',
  noStation: '{node} 上 cni0 后面没有 MAC 为 {mac} 的设备',
  noPodBehind: '{dev} 后面没有 Pod',
  vpcNoMulticast: '{ip} 是组播地址：VPC 不会把 {node} 的 {dev} 发出的组播帧交给其他实例',
  vpcNoBroadcast: '{ip} 是广播地址：VPC 不会把 {node} 的 {dev} 发出的广播帧交给其他实例',
  martianSrc: '{node} 上出现火星源地址 {ip}：来自外部的数据包不得携带本机自己的地址',
  ttlExceeded: '在 {node} 转发途中 TTL 超时',
  cni0ArpUnanswered: '{node} 上没有 Pod 持有 {ip}：cni0 上的 ARP 无人应答',
  vpcNoEntry: 'VPC 路由表中没有 {ip} 的条目',
  vpcNoEntryWhy: 'VPC 路由表中没有 {ip} 的条目：{why}',
  instanceGone: '实例 {instance} 不存在',
  vpcRefusedAt: '{vswitch} 上的 {ip}：{refused}',
  noNatGw: '该 VPC 没有 NAT 网关',
  eipNoDnat: '{ip} 是 NAT 网关的 EIP，而它没有 DNAT 条目',
  notRoutableHere: '{ip} 是{kind}，互联网不路由它；它只是凭 VPC 的 0.0.0.0/0 条目才到达 NAT 网关',
  notRoutableWhy: '{ip} 是{kind}，互联网不路由它；它只是凭 VPC 的 0.0.0.0/0 条目才到达 NAT 网关，原因是{why}',
  snatUncovered: '源地址 {ip} 不在任何 SNAT 条目覆盖范围内：应答永远回不来',
  noSnatWhy: '源地址 {ip} 不在任何 SNAT 条目覆盖范围内：应答永远回不来；{why}',
  noDnatFor: 'NAT 网关没有 {ip} 的 DNAT 条目：互联网无法主动向 VPC 内发起连接',
  whyBackend:
    '使用 Flannel 的 {backend} 后端时，没有谁会把 {node} 的 {cidr} 写入 VPC 路由表：只有 VPC 路由模式（alloc）才由 CCM 为每个节点添加一条路由条目',
  whyDeleted: '{node} 的路由条目 {cidr} → {ecs} 已从 VPC 路由表中删除',
  whyQuota:
    'CCM 无法为 {node} 创建 {cidr} 的路由条目：路由表已达到 {quota} 条自定义路由条目的配额（QuotaExceeded）',
  whyNotYet: 'CCM 尚未为 {node} 创建 {cidr} 的路由条目',
  unreachableFromInternet:
    '从互联网无法到达 {ip}：它是{kind}，而进入 VPC 的唯一入口——NAT 网关的 EIP——没有 DNAT 条目',
};
