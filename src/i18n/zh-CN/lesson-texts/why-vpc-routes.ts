import type { LessonWords } from '../../lesson-words.ts';

export const whyVpcRoutes: LessonWords = {
  title: '为什么用 VPC 路由？',
  summary:
    'Flannel 也可以把这个集群建成覆盖网络（vxlan），或者经由其他节点路由（host-gw）。把它们和 VPC 路由模式比一比：每个数据包要带的报头、每个集群碰到的上限，以及 VPC 如何对待 host-gw。',
  stops: [
    {
      title: 'VPC 上的原始 Pod 地址',
      narration:
        '使用 VPC 路由时，vRouter 直接路由 Pod 地址本身：CCM 把 {node:node-b.podCidr} → node-b 写进了 VPC 路由表。不加任何报头，所以 Pod 保持 eth0 的 MTU 1500。',
      question: {
        prompt: '如果改用 Flannel 的 vxlan 后端，Pod 会得到多大的 MTU？',
        explanation:
          'vxlan 把每个帧包进一个外层 IPv4 报头、发往 8472 端口的 UDP 和一个 VNI 为 1 的 VXLAN 报头：共 50 字节，所以 flanneld 写入 FLANNEL_MTU={answer}，每个 Pod 都得到它。VPC 路由一个字节也不花。',
      },
    },
    {
      title: '每个节点一条路由条目',
      narration:
        'VPC 路由的代价：每个节点一条自定义路由条目，占用 {vpc.routeQuota} 条的配额，并与指向 NAT 网关的路由共用。',
      question: {
        prompt: '在 vxlan 后端上，这个集群最多能有多少个节点？',
        explanation:
          'vxlan 根本不写 VPC 路由：节点通过隧道访问彼此的 Pod，所以只有集群 CIDR 限制集群规模，为 {answer} 个节点。使用 VPC 路由时是 {capacity.nodeLimit}。',
      },
    },
    {
      title: 'VPC 上的 host-gw',
      narration:
        'host-gw 既不需要报头，也不需要 VPC 路由：每个节点把另一个节点的 Pod CIDR 路由到那个节点自己的地址。但 VPC 不是以太网网段：它用自己的 MAC 回答每个 ARP，并按目的 IP 转发。',
      question: {
        prompt: '使用 Flannel 的 host-gw 后端时，web-1 发往 api-1 的数据包最终到哪里？',
        explanation:
          'node-a 把帧“发给” node-b，但 VPC 把它交给 vRouter，vRouter 查找 Pod 地址 {node:node-b.podCidr}：没有路由条目包含它，于是 0.0.0.0/0 路由把它送到 NAT 网关，NAT 网关丢弃私有目的地址。这就是 ACK 的 Flannel 使用 VPC 路由的原因。',
      },
    },
  ],
};
