import type { LessonWords } from '../../lesson-words.ts';

export const flannelOrTerway: LessonWords = {
  title: 'Flannel 还是 Terway？',
  summary:
    '文章提到为 ACK 集群组网的两种方式，并讲解了 Flannel。这里是同一个集群换成 Terway：Pod 使用来自弹性网卡 ENI 的 VPC 地址，节点上用策略路由，不需要每个节点一条 VPC 路由。',
  stops: [
    {
      title: '用 ENI 代替 Pod CIDR',
      narration:
        '在 Terway 上，没有节点会分到 Pod CIDR。terwayd 在节点所在的交换机中创建了一个 ENI，作为 eth1 挂到 node-a 上；web-1 得到它的一个私网地址 {pod:web-1.ip}，这就是 VPC 本身的地址。node-a 上的两条规则引导它的流量：512 把发往 Pod 的流量送到它的 veth，2048 把来自 Pod 的流量从拥有该地址的 ENI 发出。',
    },
    {
      title: '跨节点，无需自定义路由',
      narration:
        'web-1 经 eth1（它的 ENI）离开 node-a。vRouter 不需要每个节点一条路由条目：{pod:api-1.ip} 属于交换机，VPC 把它交给 node-b 上持有该地址的 ENI。路由表的配额留作他用。',
      question: {
        prompt: '哪条 VPC 路由表条目决定这一跳？',
        explanation:
          '交换机自己的系统路由条目 {answer}：Pod 地址就是交换机的地址，所以不需要自定义路由，也不会为每个节点创建一条。Flannel 在 VPC 路由模式下，每个节点都要占用路由配额中的一条。',
      },
    },
    {
      title: '访问互联网：保留 Pod 地址',
      narration:
        'Terway 不在节点上添加地址伪装规则：数据包带着 Pod 自己的地址离开 node-a，只在 NAT 网关上由 Pod 所在交换机的 SNAT 条目转换一次。',
      question: {
        prompt: 'NAT 网关看到从 VPC 进来的源地址是什么？',
        explanation:
          'Pod 自己的地址 {answer}。使用 Flannel 和 --ip-masq 时，节点会先把它改写为自己的 eth0 地址；使用 Terway 时，VPC 内的服务器看到的就是 Pod 本身，NAT 网关需要为 Pod 交换机配置一条 SNAT 条目。',
      },
    },
  ],
};
