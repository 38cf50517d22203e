import type { LessonWords } from '../../lesson-words.ts';

const DIAGNOSE = '根本原因是什么？';

export const troubleshooting: LessonWords = {
  title: '故障排查：从症状到原因',
  summary:
    '这个集群有四个节点出了问题。从 kubectl 和 Pod 显示给你的信息出发，找出每个问题的原因，并认识那个最容易误导人的症状。',
  stops: [
    {
      title: '没有 Pod CIDR 的节点',
      narration:
        'node-e 处于 NotReady，并带有 network-unavailable 污点。它的 Node 对象完全没有 spec.podCIDR，节点的事件中提到 CIDRNotAvailable。',
      question: {
        prompt: `node-e：${DIAGNOSE}`,
        explanation:
          '范围分配器早已把 {cluster.podCidr} 的每个 /{cluster.mask} 块都分了出去。没有块，node-e 上的其他一切都无法开始：没有租约，没有路由。',
      },
    },
    {
      title: '卡在 ContainerCreating 的 Pod',
      narration:
        'node-c 上的 db-1 一直起不来。kubelet 报告 flannel 插件失败：无法加载 /run/flannel/subnet.env。可 node-c 有 Pod CIDR {node:node-c.podCidr}，甚至还有 VPC 路由。',
      question: {
        prompt: `db-1：${DIAGNOSE}`,
        explanation:
          'CNI 插件只读取 subnet.env，写它的是 flanneld。node-c 有自己的块，租约本可以拿到：是 flanneld 本身没有运行。',
      },
    },
    {
      title: '接下来看哪里',
      narration: '你已经知道文件缺失了。node-c 上本该有某个组件写入它。',
      question: {
        prompt: '请点击 node-c 上你会首先查看其日志的组件。',
        explanation:
          'node-c 上的 kube-flannel Pod 从未正常启动：它在拿到租约之前就不断重启。它的日志会说明原因；一旦它运行起来，就会写入 subnet.env，卡住的 Pod 随之启动。',
      },
    },
    {
      title: 'NetworkUnavailable',
      narration:
        'node-d 有一块 {node:node-d.podCidr}，flanneld 在运行，job-1 甚至已经有了地址。但节点一直保持条件 NetworkUnavailable=True（NoRouteCreated）和它的污点。',
      question: {
        prompt: `node-d：${DIAGNOSE}`,
        explanation:
          '路由控制器加不了 node-d 的路由条目：VPC 回复 QuotaExceeded。它的事件显示 CreateRouteFailed；提高配额或腾出一条路由条目后，CCM 会再试一次。',
      },
    },
    {
      title: '一个永远到不了的数据包',
      narration:
        'web-1 和 api-1 都处于 Running，所在的节点 node-a 和 node-b 看起来也都正常，可 web-1 就是访问不到 {pod:api-1.ip}。',
      question: {
        prompt: '这个数据包会在哪里被丢弃？',
        explanation:
          '{answer}。VPC 路由器只匹配到 0.0.0.0/0，把私有目的地址送到了 NAT 网关，NAT 网关将其丢弃。',
      },
    },
    {
      title: '缺失的路由条目',
      narration: '看看 VPC 路由表：node-a 的块在里面，node-b 的 {node:node-b.podCidr} 却不在。',
      question: {
        prompt: `node-b：${DIAGNOSE}`,
        explanation:
          '有人从 VPC 路由表中删除了 node-b 的路由条目。CCM 会在下一次调谐时把它加回来；在此之前，其他节点访问不到 node-b 上的 Pod。',
      },
    },
    {
      title: '最容易误导人的症状',
      narration:
        'node-e 上的 batch-1 报出的错误与 db-1 完全一样：subnet.env 缺失。在 node-e 上重启 flanneld 无济于事。',
      question: {
        prompt: `batch-1：${DIAGNOSE}`,
        explanation:
          '同样的错误，不同的根源：node-e 上的 flanneld 失败，是因为它的节点从未拿到 Pod CIDR。在怪罪 flanneld 之前，先检查 spec.podCIDR。',
      },
    },
  ],
};
