import type { LessonWords } from '../../lesson-words.ts';

export const flanneldVsCni: LessonWords = {
  title: 'flanneld 与 Flannel CNI 插件',
  summary: '一个在每个节点上修一次主干道，另一个为每个 Pod 修一条小路。看看谁写哪个文件，又是谁读它。',
  stops: [
    {
      title: 'flanneld 以 Pod 的形式到来',
      narration:
        'kube-flannel DaemonSet 在每个节点上放一个 Pod，node-a 也不例外。它运行在主机网络命名空间中，所以它配置的是节点本身，而不是某个 Pod。它在每个节点上启动一次，并一直运行。',
    },
    {
      title: 'init 容器留下一份配置',
      narration:
        'flanneld 启动之前，它的 init 容器 install-cni 把 10-flannel.conf 复制到节点的 /etc/cni/net.d。kubelet 读取这个目录，得知新 Pod 要调用哪个 CNI 插件：文件里写着 "type: flannel"。',
      question: {
        prompt: '下一个文件是 node-a 上的 /run/flannel/subnet.env。请点击写入它的组件。',
        explanation:
          'flanneld 拿到 node-a 的 Pod CIDR 租约后写入 subnet.env。CNI 插件只会读取它，每创建一个 Pod 读一次。',
      },
    },
    {
      title: 'flanneld 把租约写下来',
      narration:
        'subnet.env 有四行：集群网络 {cluster.podCidr}、本节点的子网及其网关 {node:node-a.gateway}、MTU，以及 flanneld 是否做地址伪装。没有隧道，所以 MTU 保持与 eth0 相同。',
    },
    {
      title: 'flanneld 添加地址伪装规则',
      narration:
        '以 --ip-masq 启动的 flanneld 还会在 node-a 上添加 nat POSTROUTING 规则：Pod 之间的流量不动，Pod 发往 {cluster.podCidr} 之外的流量以节点的地址离开。它在这个节点上的工作到此结束；它修的是通道，而不是 Pod。',
    },
    {
      title: 'CNI 插件读取 subnet.env',
      narration:
        'web-1 被调度。kubelet 创建沙箱，调用 Flannel CNI 插件——节点磁盘上的一个二进制文件。它读取 subnet.env，为链上的下一个插件写一份委托配置（用 host-local 从 {node:node-a.podCidr} 中挑地址），然后调用那个插件。',
      question: {
        prompt: 'node-a 上的 cni0 网桥是谁创建的？',
        explanation:
          'cni0 由{answer}创建：第一个 Pod 落到 node-a 上时，经由 Flannel CNI 插件调用它。cni0 属于节点的网络，却是随着一个 Pod 诞生的。',
      },
    },
    {
      title: '每个 Pod 修一条支路',
      narration:
        '对 node-a 上的第二个 Pod cache-1 来说，cni0 已经存在：只需一对新的 veth 和一个新地址。flanneld 没有为这个 Pod 做任何事。flanneld：每个节点一次，长期运行。CNI 插件：每个 Pod 一次，运行完即退出。',
    },
  ],
};
