import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const whatIfSteps: Translation<typeof ENGINE_PARTS.whatIfSteps> = {
  noRouteToDeleteTitle: '{node} 没有可删除的 VPC 路由',
  noRouteToDelete: '假设分析要删除 {node} 的 VPC 路由，但路由表中没有它的条目：它从未获得过。',
  routeDeletedTitle: '假设：VPC 路由条目 {destination} → {node} 被删除',
  routeDeleted:
    '有人从 VPC 路由表中删除了自定义路由条目 {destination} → {nextHop}。vRouter 不再知道 {node} 的 Pod 在哪里：发给它们的数据包现在只能匹配更不具体的条目。（CCM 的路由控制器会在下次调谐时把条目加回来；这里展示的是它加回之前的时刻。）',
  masqMissingTitle: '假设：{node} 上缺少 masquerade 规则',
  masqMissing:
    'flanneld 在 {node} 上添加的 nat POSTROUTING 规则不见了（被手动清空，或 flanneld 启动时没有 --ip-masq）。那里的 Pod 仍向 Internet 发送数据，但数据包保留私有的 Pod 源地址，外部没有人能应答。',
  noCni0Title: '{node} 上没有可关闭的 cni0',
  noCni0: 'cni0 随节点的第一个 Pod 出现；{node} 上没有 Pod。',
  cni0DownTitle: '假设：{node} 上的 cni0 被关闭',
  cni0Down:
    '有人在 {node} 上执行 ip link set cni0 down。网桥停止转发，内核撤回到 Pod CIDR 的直连路由：{node} 上的 Pod 彼此之间、与节点、与集群其余部分全部断开。',
  noSnatEntryTitle: '假设：{vswitches}（{node} 的 Pod 交换机）没有 SNAT 条目',
  noSnatEntry:
    'NAT 网关只有 {vswitches} 中各节点的 ECS 实例粒度 SNAT 条目，没有交换机本身的条目。Pod 的数据包以其 ENI 地址为源地址（Terway 节点不做 masquerade），匹配不到任何条目：节点能上网，Pod 却不能。',
  groupDeniesTitle: '假设：{node} 的弹性网卡在安全组 {group} 中，该组不放行来自集群的任何流量',
  groupDenies:
    'terwayd 挂载到 {node} 的 ENI 位于 {group}（eni_conf security_groups），这是一个企业级安全组，没有放行集群流量的入方向规则：ECS 丢弃来自 VPC、发往 {node} 上 Pod 的每个新数据包。eth0 仍在集群的安全组中，应答照样能进来：安全组是有状态的。',
};
