import type { Translation } from '../catalog.ts';
import type { tour as en } from '../en/tour.ts';

export const tour: Translation<typeof en> = {
  counter: '导览 · {n} / {total}',
  skip: '跳过导览',
  back: '上一页',
  next: '下一页',
  done: '完成',
  stepsTitle: '步骤',
  stepsText:
    '集群一步一步搭建起来：从空的专有网络 VPC 到运行中的 Pod。点击“播放”，或按 → 和 ← 逐步浏览；每一步都会说明由谁做了什么。',
  diagramTitle: '拓扑图',
  diagramText: '当前步骤下的网络状态。点击任意元素（节点、cni0、vRouter），即可在检查器中查看它的文件和表。',
  trafficTitle: '流量',
  trafficText: '在两个 Pod 之间发送数据包，或发往公网，逐跳跟踪：每一跳都会显示做出转发决定的那一行表项。',
  whatIfTitle: '假设分析',
  whatIfText:
    '故意制造故障（flanneld 停止、删除一条 VPC 路由条目、路由表已满），看看哪些步骤失败、数据包在哪里被丢弃。',
  lessonsTitle: '课程',
  lessonsText:
    '带问题的引导式课程：数据包路径、搭建阶段、故障排查。如果你刚接触 VPC 上的 Flannel，可以从这里开始。',
};
