import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const clusterImport: Translation<typeof ENGINE_PARTS.clusterImport> = {
  impWhatNodes: '节点的输出',
  impWhatPods: 'Pod 的输出',
  impWhatFlannel: 'flannel 的 ConfigMap',
  impWhatRoutes: '路由表的输出',
  impNotJson: '{what}不是 JSON（{reason}）；请加 -o json 输出',
  impNoReason: '未给出原因',
  impNotList: '应为 kubectl … -o json 的输出：带 "items" 的 List 或单个 {kind}，实际却是 {got}',
  impAnArray: '一个数组',
  impNoNetConf: 'ConfigMap 中没有 net-conf.json；这是 kube-flannel-cfg 吗？',
  impNetConfNotJson: 'net-conf.json 不是 JSON，集群 CIDR 改由节点推断',
  impNoNetwork: '没有 Network；集群 CIDR 改由节点推断',
  impNoBackend: '没有 Backend.Type',
  impNodeNoName: '跳过了一个没有名称的 Node',
  impNoCreated: '{name}：没有创建时间；按列表顺序保留',
  impNoInternalIp: '{name}：没有 InternalIP 地址；该节点取其交换机中下一个空闲地址',
  impNoPodCidr: '{name}：没有 Pod CIDR（范围分配器尚未分配，或集群 CIDR 已用完）',
  impNoProviderId: '{name}：没有 providerID，无法按实例匹配其 VPC 路由条目',
  impPodNoName: '跳过了一个没有名称的 Pod',
  impNoContainers: '{pod}：没有容器名称；为它设一个容器 "app"',
  impRouteTables:
    '这是 DescribeRouteTableList 的输出，它只列出路由表，不含路由条目；请用 DescribeRouteEntryList --RouteTableId vtb-… 输出路由条目',
  impNoRouteEntries:
    '没有 RouteEntrys.RouteEntry 列表；请用 aliyun vpc DescribeRouteEntryList --RouteTableId vtb-… 输出路由表',
  impRouteNoDest: '跳过了一个没有目标网段的路由条目',
  impRouteNoHop: '{destination}：一条没有下一跳的自定义路由条目',
  impBadNodeName: '节点名称 "{name}" 不是合法的 DNS-1123 子域名；已跳过',
  impServiceCidr: '这些输出中没有 Service CIDR；取 {cidr}（ACK 的默认值，或第一个空闲网段）',
  impBadNetwork: '"{network}" 不是网络 CIDR',
  impBackend: '后端 "{backend}"：PodPath 模拟的是 VPC 路由模式（ali-vpc）；场景中 Pod 流量经 VPC 路由表转发',
  impInferredCidr: '没有 flannel Network；集群 CIDR 取 {cidr}，即能容纳所有节点 Pod CIDR 的最小网段',
  impVswitch: '没有系统路由条目包含 {ip}；交换机 {name} 取 {cidr}',
  impVpcCidr: '这些输出中没有 VPC CIDR；取 {cidr}（交换机所在网段，向 /16 扩展并避开 Pod CIDR）',
  impPodCidrOff: 'Pod CIDR {podCidr} 不是集群 CIDR 中的 /{mask} 网段；留给分配器分配',
  impHostNetwork: '使用主机网络（节点的地址），不在 Pod 网络中；已略去',
  impPodNodeNoCidr: '运行在 {node} 上，而该节点在此没有 Pod CIDR；已略去',
  impPodUnscheduled: '状态为 {phase}，尚未调度到任何节点；已略去',
  impPodNotRunning: '未在运行，尚未调度到任何节点；已略去',
  impPodNoIp: '还没有 Pod IP（phase {phase}）；已略去',
  impPodNoIpUnknown: '还没有 Pod IP（phase 未知）；已略去',
  impPodIpOutside: 'Pod IP {ip} 不在 {node} 的 Pod CIDR {cidr} 内（或为保留地址，或重复使用）；已略去',
  impWrongTarget:
    '{node} 的 Pod CIDR 的路由条目指向 {hop}，而不是 {instance}；按缺失处理（VPC 不会把流量送到 {node}）',
  impNothing: '空',
  impStaleEntry:
    '没有节点拥有 {destination}（下一跳 {hop}）：这是一条过期的路由条目；它占用配额，但不纳入场景',
  impNone: '无',
  impHopNotModelled: '下一跳 {type} {id} 未建模（这些输出中没有 NAT 网关的弹性公网 IP）；已略去',
  findWrongInstance: 'VPC 路由条目 {block} → {hop} 指向{owner}，而不是 {node}（{instance}）{cutOff}',
  findNoHop: '无下一跳',
  findOwnerNode: '节点 {name}',
  findOwnerGone: '一个不属于此集群节点的实例（已删除？）',
  findCutOff: '；其 Pod {pods} 无法从其他节点访问',
  findMissingRoute: 'VPC 路由表中没有 {node} 的路由条目 {block} → {instance}（{why}）{cutOff}',
  findAtQuota: '路由表已达配额',
  findEntryMissing: '路由条目缺失',
  findNotAvailable: 'VPC 路由条目 {destination} 的状态为 {status}，不是 Available；VPC 暂不按它转发',
  findStale:
    'VPC 路由条目 {destination} → {hop} 不属于任何节点（{owner}）；它占用路由配额，且之后分到此网段的节点会被路由到错误的地方',
  findStaleOwner: '其实例是 {name}，但该节点已有另一个网段',
  findStaleGone: '其实例不属于此集群的任何节点：节点已删除',
  findNotReady: '{node} 处于 NotReady（Ready={status}{detail}）{taints}',
  findTaints: '；污点 {taints}',
  findNetUnavailable:
    '{node} 的 NetworkUnavailable=True（{reason}{detail}）；只要污点 node.kubernetes.io/network-unavailable 还在，调度器就不会把新 Pod 调度到该节点',
  findNoReason: '无原因',
  findPodOutside:
    'Pod {pod} 的地址 {ip} 不在 {node} 的 Pod CIDR {cidr} 内；VPC 按其他节点的路由条目（或没有条目）转发 {ip}，发给它的回包会走错',
  findQuota:
    '路由配额：{quota} 条自定义路由条目已用 {used} 条，剩余 {left} 条；每个新节点占用一条（ACK 的默认配额为 200，实际配额可能不同）',
  findQuotaBuilt:
    '路由配额：{quota} 条自定义路由条目已用 {used} 条（按场景构建的结果），剩余 {left} 条；每个新节点占用一条（ACK 的默认配额为 200，实际配额可能不同）',
  findHeadroom:
    '还能再容纳 {more} 个节点：集群 CIDR {podCidr} 中剩余 {blocks} 个空闲的 /{mask} 网段，剩余 {routes} 条路由条目（{cidrFirst, plural, =1 {CIDR} other {路由配额}}先用完）',
};
