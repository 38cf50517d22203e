import type { LessonWords } from '../../lesson-words.ts';

export const leavingTheCluster: LessonWords = {
  title: '离开集群：两次 SNAT',
  summary:
    '跟着 web-1 访问互联网上的一台服务器。它的地址先在节点上、再在 NAT 网关上被改写，回程时 conntrack 把两次改写都还原。',
  stops: [
    {
      title: '经默认路由出去',
      narration:
        'web-1（{pod:web-1.ip}）发往 {external:internet.ip}。集群里没有谁认识这个地址，所以数据包沿默认路由走：先是 Pod 的默认路由到 cni0，然后是 node-a 的默认路由到交换机网关。',
    },
    {
      title: '第一次 SNAT：在节点上',
      narration:
        '数据包离开 eth0 之前要经过 nat POSTROUTING，flanneld 的规则在那里等着。目的地址在 {cluster.podCidr} 之外，针对这种情况的规则会做地址伪装。',
      question: {
        prompt: '数据包离开 node-a 时带的源地址是什么？',
        explanation:
          'MASQUERADE 把 Pod 地址换成 node-a 自己的 eth0 地址 {answer}。VPC 内的地址是 NAT 网关知道如何转换的。',
      },
    },
    {
      title: 'VPC 路由器再次做决定',
      narration: '数据包离开 node-a 前往 VPC 路由器，从 node-a 发往 {external:internet.ip}。',
      question: {
        prompt: '哪条 VPC 路由条目会匹配？',
        explanation:
          '没有哪个节点的 Pod CIDR、也没有哪个交换机包含 {external:internet.ip}，所以只有 {answer} 匹配：指向 NAT 网关的自定义路由。它和节点路由占用同一个配额中的一条。',
      },
    },
    {
      title: '第二次 SNAT：在 NAT 网关上',
      narration:
        'NAT 网关拥有一个弹性公网 IP（EIP）。VPC 的私有地址不能在互联网上传输，所以数据包离开 VPC 之前还要再转换一次。',
      question: {
        prompt: '互联网看到的源地址是什么？',
        explanation: '服务器看到的是 {answer}，即网关的 EIP。Pod 地址和节点地址都不会离开 VPC。',
      },
    },
    {
      title: '回包找到回来的路',
      narration:
        '回包发往 EIP。NAT 网关记得这条流，还原为 {node:node-a.ip}；在 node-a 上，conntrack 记得那次地址伪装，还原为 {pod:web-1.ip}。每次转换都在做出它的地方被撤销。',
    },
    {
      title: 'Pod 到 Pod 保留原地址',
      narration:
        '同一组规则对 Pod 之间的流量另眼相看：当两端都在 {cluster.podCidr} 之内时，第一条规则提前返回，什么都不改写。',
      question: {
        prompt: 'api-1 看到的源地址是什么？',
        explanation:
          'api-1 看到的是 {answer}，即 web-1 自己的地址。在集群内部，Pod 彼此看到的就是对方本来的样子。',
      },
    },
  ],
};
