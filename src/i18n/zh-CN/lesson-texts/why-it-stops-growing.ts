import type { LessonWords } from '../../lesson-words.ts';

export const whyItStopsGrowing: LessonWords = {
  title: 'Flannel 集群为什么长不大',
  summary:
    '每个节点都需要集群 CIDR 中的一块，以及 VPC 路由表中的一条路由条目。看一个小集群如何把两者都用完，以及每种短缺是什么样子。',
  stops: [
    {
      title: '地址块的预算',
      narration:
        '这个集群特意建得很小：集群 CIDR 是 {cluster.podCidr}，每个节点分到一个 /{cluster.mask}。范围分配器能分出的块数，就是能装下的块数。',
      question: {
        prompt: '范围分配器能分出多少个节点 CIDR？',
        explanation:
          '{cluster.podCidr} 中的 /{cluster.mask} 一共有 {capacity.nodeCidrBlocks} 块。文章中的集群把一个 /16 切成 /25，有 512 块。',
      },
    },
    {
      title: '最后一块没了',
      narration:
        'master-1、node-a、node-b，以及刚刚的 node-c 占用了这四块；node-c 得到 {node:node-c.podCidr}。接下来注册的是 node-d。',
      question: {
        prompt: 'node-d 会分到哪个 Pod CIDR？',
        explanation:
          '已经没有剩余的块了。分配器为 node-d 记下一条 CIDRNotAvailable 事件并不断重试；节点始终没有 spec.podCIDR，上面的 flanneld 拿不到租约，节点永远不会变为 Ready。',
      },
    },
    {
      title: '路由条目的预算',
      narration:
        '这个集群的 VPC 路由表最多容纳 {vpc.routeQuota} 条自定义路由条目。指向 NAT 网关的路由占了一条；CCM 刚刚添加了 master-1、node-a 和 node-b 的路由条目。',
      question: {
        prompt: '这张路由表中能有多少个节点拿到 VPC 路由？',
        explanation:
          '配额 {vpc.routeQuota} 减去另外那一条自定义路由，剩下 {answer} 条节点路由，路由表现在已满。默认配额是 200，这就是 VPC 路由模式的集群很少超过约 200 个节点的原因。',
      },
    },
    {
      title: '路由被拒绝',
      narration:
        'node-c 有一块 {node:node-c.podCidr}，flanneld 也在运行。但 CCM 加不了 node-c 的 VPC 路由，所以 node-c 一直保持 NetworkUnavailable=True 和它的污点：不会有新 Pod 调度到那里。',
      question: {
        prompt: '这个集群先碰到的是哪个上限？',
        explanation:
          '{answer}：VPC 以 QuotaExceeded 回复了 CCM。{capacity.nodeRoutesAvailable} 条路由，对 {capacity.allocatableBlocks} 个块。',
      },
    },
    {
      title: '缺一条路由对流量意味着什么',
      narration:
        'db-1 本该运行在 node-c 上，但 node-c 一直带着 network-unavailable 污点，所以调度器让 db-1 保持 Pending，那里没有运行任何 Pod。假设有一个：node-a 上的 web-1 向 172.16.3.2 发送数据包，这是 node-c 那一块 {node:node-c.podCidr} 中的地址。VPC 路由器没有这一块的路由条目。',
      question: {
        prompt: '这个数据包会在哪里被丢弃？',
        explanation:
          '没有 node-c 的路由条目，唯一的匹配就是 0.0.0.0/0，于是数据包去了 NAT 网关，而 NAT 网关不会把私有目的地址发往互联网。',
      },
    },
    {
      title: '抬高天花板',
      narration:
        '这个集群最多能运行 {capacity.nodeLimit} 个节点：两个预算中较小的那个。要扩大规模，须在创建前选一个更大的集群 CIDR 或更小的节点掩码（两者之后都不能更改），并申请更高的路由配额。超过几百个节点时，Terway 给 Pod 分配 VPC 地址，不需要每个节点一条路由。',
    },
  ],
};
