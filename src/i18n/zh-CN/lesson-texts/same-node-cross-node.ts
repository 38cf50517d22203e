import type { LessonWords } from '../../lesson-words.ts';

export const sameNodeCrossNode: LessonWords = {
  title: '同节点、跨节点——都没有隧道',
  summary:
    '在 Pod 内部、同一节点的两个 Pod 之间、以及跨节点发送数据包。看看每一跳由哪张表决定，以及为什么数据包从不需要再套一层包。',
  stops: [
    {
      title: '在一个 Pod 内部',
      narration:
        'nginx 和 log-agent 是 web-1 的两个容器。它们共享一个网络命名空间，所以通过 127.0.0.1 和回环设备通信。数据包根本到不了 eth0。',
    },
    {
      title: '同一节点上的两个 Pod',
      narration:
        'web-1（{pod:web-1.ip}）和 cache-1（{pod:cache-1.ip}）在同一块 {node:node-a.podCidr} 中，所以 web-1 直接发到自己的链路上。帧穿过 veth 对，到达 cni0。',
      question: {
        prompt: '由什么决定 cni0 接下来把帧发往哪里？',
        explanation:
          'cni0 是二层网桥：它在{answer}中查找目的 MAC，把帧转发到 cache-1 的 veth。没有经过路由，所以 TTL 不变。',
      },
    },
    {
      title: '跨节点：node-a 没有去 node-b 的路由',
      narration:
        'api-1（{pod:api-1.ip}）在 node-b 上。web-1 把数据包发给 cni0 上的网关 {node:node-a.gateway}，由 node-a 路由。node-a 没有 node-b 那一块的路由：只有它自己的块，以及指向交换机网关 {node:node-a.vswitchGateway} 的默认路由。',
    },
    {
      title: 'VPC 路由器做决定',
      narration: '数据包经 eth0 离开 node-a，到达 VPC 路由器。它的路由表中每个节点有一条自定义路由条目。',
      question: {
        prompt: '哪条 VPC 路由条目会匹配这个数据包？',
        explanation:
          '包含 {pod:api-1.ip} 的最长前缀是 {answer}：CCM 为 node-b 添加的那一条。0.0.0.0/0 也包含它，但不如前者具体。',
      },
    },
    {
      title: '没有封装',
      narration:
        '像 VXLAN 这样的覆盖网络会把数据包包进另一个数据包，在节点之间寻址。这里 VPC 路由器自己就知道各个 Pod 网段，所以什么都不用包。',
      question: {
        prompt: 'VPC 路由器看到的目的地址是什么？',
        explanation:
          '它看到的是 {answer}，即 api-1 自己的地址，而不是 node-b 的 {node:node-b.ip}：没有外层报头，没有隧道，Pod 享有完整的 1500 字节 MTU。',
      },
    },
    {
      title: '到达 node-b',
      narration:
        'node-b 在 eth0 上收到数据包，发现 {node:node-b.podCidr} 直连在它的 cni0 上，于是桥接给 api-1。回包沿镜像路径返回。',
      question: {
        prompt: 'web-1 发出数据包时 TTL 为 64。api-1 收到时 TTL 是多少？',
        explanation:
          '两台 Linux 路由器 node-a 和 node-b 各减一，所以到达时为 {answer}。VPC 的 vRouter 不计在内：没有任何阿里云资料说它会减 TTL，抓包也显示 TTL 不变。网桥（cni0）同样不碰 TTL。',
      },
    },
  ],
};
