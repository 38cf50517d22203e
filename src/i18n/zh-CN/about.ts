import type { Translation } from '../catalog.ts';
import type { about as en } from '../en/about.ts';

export const about: Translation<typeof en> = {
  title: '关于 PodPath',
  intro:
    'PodPath 在阿里云专有网络 VPC 上逐步搭建一个使用 Flannel（VPC 路由模式）的 Kubernetes 集群，并逐跳跟踪数据包在其中的转发路径。它展示的每个文件、每张表和每条消息，都与真实组件写出的内容一致，全部在你的浏览器中计算得出。',
  versionsTitle: '复现的版本',
  routeQuota: '每张路由表 {quota} 条自定义路由条目的 VPC 路由配额',
  articleRouteQuota: '路由配额 {quota} 条',
  article:
    '本工具所依据的文章描述的是一个 2019 年的集群：{versions}。凡是与之不同的地方，“原文”预设都会在旁边注明。',
  sources: '每个产物和每个转发决定的出处，都列在 PodPath 代码仓库的 docs/sources.md 中。',
};
