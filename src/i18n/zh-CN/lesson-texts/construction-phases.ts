import type { LessonWords } from '../../lesson-words.ts';

export const constructionPhases: LessonWords = {
  title: '搭建的四个阶段',
  summary:
    '从一个空的专有网络 VPC 到一个运行中的 Pod，跟着集群网络走一遍：云、集群、每个节点和每个 Pod 各添加了什么，又是由谁添加的。',
  stops: [
    {
      title: '初始阶段：一张私有网络',
      narration:
        '此时还没有任何 Kubernetes 的东西。云先创建一个专有网络 VPC {vpc.cidr}，这是一段私有地址空间，将容纳集群的每一台机器。它的路由器起初只有一条系统路由条目，指向云服务网段 100.64.0.0/10；之后从 VPC 中划出的每个交换机都会再为自己的网段添加一条。',
    },
    {
      title: '初始阶段：机器',
      narration:
        '云服务器 ECS 实例加入交换机，每台在 eth0 上获得一个地址：node-a 是 {node:node-a.ip}。这些是 VPC 路由器能直接到达的唯一地址。Pod 需要自己的地址，来自另一个网段。',
    },
    {
      title: '集群阶段：所有 Pod 共用一个网段',
      narration:
        '创建集群时选定的集群 CIDR {cluster.podCidr}，从控制台经由部署脚本和 kubeadm 写进 kube-controller-manager 的清单。随之而来的还有为每个节点分配网段的参数，以及每个网段的大小：/{cluster.mask}。',
      question: {
        prompt: '节点按 master-1、node-a、node-b 的顺序注册。node-a 会分到哪个 Pod CIDR？',
        explanation:
          '范围分配器把集群 CIDR 切成 /{cluster.mask} 的块，按注册顺序分配。master-1 最先注册，拿走了第一块，所以第二个注册的 node-a 得到 {answer}。',
      },
    },
    {
      title: '集群阶段：每个节点拿到自己的块',
      narration:
        'kube-controller-manager 把 {node:node-a.podCidr} 写进 node-a 的 Node 对象（spec.podCIDR）。从此 node-a 上的每个 Pod 都从这一块中取地址，其他节点都不能使用它。',
    },
    {
      title: '节点阶段：flanneld 读取租约',
      narration:
        'kube-flannel Pod 以主机网络运行在每个节点上。在 node-a 上，它读取 Node 的 Pod CIDR，写入 /run/flannel/subnet.env，并把这一块的第一个地址 {node:node-a.gateway} 作为今后 Pod 的网关。',
      question: {
        prompt: 'VPC 路由器必须知道 {node:node-a.podCidr} 在 node-a 上。请点击添加这条路由的组件。',
        explanation:
          '在 ACK 中，Cloud Controller Manager 的路由控制器调用 VPC API，为每个节点添加一条自定义路由条目。flanneld（alloc 后端）从不碰 VPC。',
      },
    },
    {
      title: '节点阶段：VPC 得知 Pod 在哪里',
      narration:
        '新的自定义路由条目把发往 {node:node-a.podCidr} 的一切流量送到 ECS 实例 {node:node-a.instance}。每个节点一条：这就是 VPC 路由模式的全部窍门，也是它的上限所在。',
    },
    {
      title: 'Pod 阶段：为第一个 Pod 建网桥',
      narration:
        'web-1 被调度后，kubelet 运行 CNI 插件。因为 web-1 是 node-a 上的第一个 Pod，bridge 插件创建 cni0，并给它网关地址 {node:node-a.gateway}。下一个 Pod 会复用这个网桥。',
    },
    {
      title: 'Pod 阶段：Pod 获得地址',
      narration:
        '一对 veth 把 Pod 的网络命名空间连到 cni0，host-local 从这一块中挑出下一个空闲地址：web-1 是 {pod:web-1.ip}。每个阶段都建立在前一个阶段之上；现在数据包可以流动了。',
    },
  ],
};
