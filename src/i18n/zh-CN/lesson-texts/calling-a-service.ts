import type { LessonWords } from '../../lesson-words.ts';

export const callingAService: LessonWords = {
  title: '调用服务 Service',
  summary:
    'ClusterIP 不是网络上的某个位置：没有哪个接口持有它。跟着 web-1 调用 api 服务：在调用方节点上改写地址的 kube-proxy 规则、回包在哪里被还原、为什么 Pod 调用自己需要网桥的 hairpin 标志，以及一个没有端点的服务。',
  stops: [
    {
      title: 'kube-proxy 把服务写进 iptables',
      narration:
        'apiserver 从服务 CIDR {cluster.serviceCidr} 中给服务 api 分配了地址 {service:api.clusterIp}，EndpointSlice 控制器列出了它就绪的 Pod。node-a 上的 kube-proxy 把这些变成 nat 规则：KUBE-SERVICES 匹配服务的地址和端口，一条 KUBE-SVC 链随机挑选一个端点，每个端点一条 KUBE-SEP 链改写目的地址。每个节点都有相同的规则。',
    },
    {
      title: '地址在调用方节点上被改写',
      narration:
        'web-1 发往 {service:api.clusterIp}:80。没有谁为这个地址应答 ARP，也没有路由通往它：web-1 把帧发给自己的网关 cni0，由 node-a 的内核接手。',
      question: {
        prompt: '哪条规则把目的地址改写为某个 Pod 的地址？',
        explanation:
          'statistic 规则选中的那个端点的 KUBE-SEP 链：{answer}。KUBE-SERVICES 和 KUBE-SVC 只做跳转；DNAT 把数据包送往 node-b 上的 Pod api-1，从那里起它像任何 Pod 到 Pod 的数据包一样在 Pod 网络中传输。',
      },
    },
    {
      title: '哪个钩子？',
      narration:
        '还是同一个数据包：内核在其路径上的固定位置（钩子）遍历 nat 规则。PREROUTING 和 OUTPUT 都会跳转到 KUBE-SERVICES。',
      question: {
        prompt: 'node-a 在哪个钩子上遇到处理 web-1 数据包的规则？',
        explanation:
          '{answer}。帧从 web-1 的 veth 进入 cni0，br_netfilter 把桥接的 IPv4 交给 iptables，所以 DNAT 发生在 node-a 路由数据包之前，路由按 Pod 地址查找。若是 node-a 上的进程自己调用服务，会在 nat OUTPUT 中遇到同样的规则。',
      },
    },
    {
      title: '回包被还原',
      narration:
        'api-1 从自己的地址 {pod:api-1.ip} 回复 {pod:web-1.ip}。web-1 调用的是 {service:api.clusterIp}：如果回包来自另一个地址，它的套接字不会接受。',
      question: {
        prompt: '回包的源地址在哪里被改回服务地址？',
        explanation:
          '{answer}：对请求做了 DNAT 的节点，其 conntrack 表记着这个连接，所以回包必须经过它返回。node-b 和 VPC 路由器从不知道服务地址。',
      },
    },
    {
      title: 'Pod 调用自己：hairpin',
      narration:
        '服务 web 只有一个端点，就是 web-1 自己。node-a 把 web-1 的数据包 DNAT 到 {pod:web-1.ip}，由于端点就是发送方，KUBE-SEP 的第一条规则给它打上地址伪装的标记。现在帧必须经它进来的那个网桥端口回到 web-1。',
      question: {
        prompt: '是什么让 cni0 能把帧送回 web-1？',
        explanation:
          '{answer}。Linux 网桥从不把帧从它进来的端口再发出去，除非该端口处于 hairpin 模式：如果 hairpinMode 为 false，帧会在 cni0 被丢弃，web-1 就无法通过自己的服务访问自己。那个标记让 KUBE-POSTROUTING 对数据包做地址伪装，使回包也经 node-a 返回。',
      },
    },
    {
      title: '没有端点的服务',
      narration: '服务 legacy 没有选中任何就绪的 Pod，所以它的 EndpointSlice 是空的。web-1 还是调用了它。',
      question: {
        prompt: '哪条规则决定这个数据包的命运？',
        explanation:
          '没有端点时，kube-proxy 不为它写 DNAT，只写 {answer}：内核回复 ICMP 端口不可达，调用方立刻得到 “connection refused”，而不必等到超时。',
      },
    },
  ],
};
